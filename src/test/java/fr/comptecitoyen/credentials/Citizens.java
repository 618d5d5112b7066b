package fr.comptecitoyen.credentials;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.comptecitoyen.account.Civility;
import fr.comptecitoyen.account.internal.Account;
import fr.comptecitoyen.account.internal.AccountRepository;
import fr.comptecitoyen.notification.internal.OutboxRelay;
import fr.comptecitoyen.support.TestMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Test citizens: accounts created directly in the database, browsers that keep their
 * session cookie, and the emails they receive.
 */
@TestComponent
public class Citizens {

	/** The password of every test account. */
	public static final String PASSWORD = "une phrase de passe tranquille";

	private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/[^\\s]*[A-Za-z0-9_-])");

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	private final MockMvc mvc;

	private final OutboxRelay relay;

	private final MovableClock clock;

	Citizens(AccountRepository accounts, PasswordEncoder encoder, MockMvc mvc, OutboxRelay relay, MovableClock clock) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.mvc = mvc;
		this.relay = relay;
		this.clock = clock;
	}

	/** A new account with a username and email of its own. */
	public Account create(boolean validated) {
		String username = "lucie.essai" + UUID.randomUUID().toString().substring(0, 8);
		return create(username, username + "@example.test", validated);
	}

	public Account create(String username, String email, boolean validated) {
		Account account = new Account(username, email, this.encoder.encode(PASSWORD), Civility.MADAME, "Essai", "Lucie",
				LocalDate.of(1985, 5, 17), this.clock.instant());
		if (validated) {
			account.validate(this.clock.instant());
		}
		return this.accounts.save(account);
	}

	public Account reload(Account account) {
		return this.accounts.findById(account.getId()).orElseThrow();
	}

	/** A browser with no session yet, from an address of its own. */
	public Browser browser() {
		return new Browser(this.mvc);
	}

	/** A browser signed in with the password (and no second factor). */
	public Browser signedIn(Account account) throws Exception {
		Browser browser = browser();
		MvcResult result = browser.signIn(account.getUsername(), PASSWORD);
		if (!"/".equals(result.getResponse().getRedirectedUrl())) {
			throw new IllegalStateException("Sign-in failed: " + result.getResponse().getRedirectedUrl());
		}
		return browser;
	}

	/**
	 * The text parts of the emails received at that address, once at least
	 * {@code atLeast} have arrived (the outbox is drained first).
	 */
	public List<String> mails(String address, int atLeast) throws Exception {
		this.relay.drain();
		long deadline = System.currentTimeMillis() + 10_000;
		List<MimeMessage> received = TestMail.to(address);
		while (received.size() < atLeast && System.currentTimeMillis() < deadline) {
			Thread.sleep(100);
			this.relay.drain();
			received = TestMail.to(address);
		}
		List<String> texts = new ArrayList<>();
		for (MimeMessage message : received) {
			texts.add(message.getSubject() + "\n" + textPart(message));
		}
		return texts;
	}

	/** The path of the first portal link in a text. */
	public static String linkPath(String text, String startingWith) {
		Matcher matcher = LINK.matcher(text);
		while (matcher.find()) {
			if (matcher.group(1).startsWith(startingWith)) {
				return matcher.group(1);
			}
		}
		throw new AssertionError("No link to " + startingWith + " in:\n" + text);
	}

	public static String textPart(Part part) throws Exception {
		if (part.isMimeType("text/plain")) {
			return (String) part.getContent();
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart body = multipart.getBodyPart(i);
				String text = textPart(body);
				if (text != null) {
					return text;
				}
			}
		}
		return null;
	}

	/** A browser: keeps the session cookie between requests, from one client address. */
	public static final class Browser {

		private final MockMvc mvc;

		private final String address;

		private Cookie session;

		Browser(MockMvc mvc) {
			this.mvc = mvc;
			ThreadLocalRandom random = ThreadLocalRandom.current();
			this.address = "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
		}

		public MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
			if (this.session != null) {
				request.cookie(this.session);
			}
			request.with((r) -> {
				r.setRemoteAddr(this.address);
				return r;
			});
			MvcResult result = this.mvc.perform(request).andReturn();
			Cookie cookie = result.getResponse().getCookie("SESSION");
			if (cookie != null) {
				this.session = (cookie.getMaxAge() == 0) ? null : cookie;
			}
			return result;
		}

		public MvcResult get(String path) throws Exception {
			return perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path));
		}

		public MvcResult post(String path, String... params) throws Exception {
			MockHttpServletRequestBuilder request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post(path)
				.with(csrf());
			for (int i = 0; i < params.length; i += 2) {
				request.param(params[i], params[i + 1]);
			}
			return perform(request);
		}

		public MvcResult signIn(String username, String password) throws Exception {
			return post("/connexion", "username", username, "password", password);
		}

		/** The session cookie's value (changes when the session id rotates). */
		public String sessionId() {
			return (this.session != null) ? this.session.getValue() : null;
		}

		public String address() {
			return this.address;
		}

	}

}
