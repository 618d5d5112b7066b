package fr.comptecitoyen.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import fr.comptecitoyen.support.Client;
import fr.comptecitoyen.support.MutableClock;
import fr.comptecitoyen.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in throttling with a moved clock: five free failures, then growing delays, at most
 * 25 attempts a day, and one refusal whatever the cause.
 */
@PortalTest
class SignInThrottleTests {

	@Autowired
	Citizens citizens;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SignInThrottle throttle;

	@Test
	void afterFiveFailuresEvenTheRightPasswordWaitsAndTheDelayGrows() throws Exception {
		Citizen account = this.citizens.validated().create();
		Client browser = this.citizens.client();
		for (int i = 0; i < 5; i++) {
			assertRefused(browser.signIn(account.getUsername(), "mauvais mot de passe " + i));
		}
		assertRefused(browser.signIn(account.getUsername(), Citizens.PASSWORD));
		this.clock.advance(Duration.ofSeconds(61));
		assertRefused(browser.signIn(account.getUsername(), "encore faux"));
		this.clock.advance(Duration.ofSeconds(61));
		assertRefused(browser.signIn(account.getUsername(), Citizens.PASSWORD));
		this.clock.advance(Duration.ofSeconds(60));
		assertThat(browser.signIn(account.getUsername(), Citizens.PASSWORD).getResponse().getRedirectedUrl())
			.isEqualTo("/");
	}

	@Test
	void theRightPasswordStillWorksAfterFourFailures() throws Exception {
		Citizen account = this.citizens.validated().create();
		Client browser = this.citizens.client();
		for (int i = 0; i < 4; i++) {
			assertRefused(browser.signIn(account.getUsername(), "mauvais mot de passe " + i));
		}
		assertThat(browser.signIn(account.getUsername(), Citizens.PASSWORD).getResponse().getRedirectedUrl())
			.isEqualTo("/");
	}

	@Test
	void failuresByIdentifierBlockTheEmailAddressOfTheSameAccount() throws Exception {
		Citizen account = this.citizens.validated().create();
		Client browser = this.citizens.client();
		for (int i = 0; i < 5; i++) {
			assertRefused(browser.signIn(account.getUsername(), "mauvais mot de passe " + i));
		}
		assertRefused(browser.signIn(account.getEmail(), Citizens.PASSWORD));
		assertRefused(browser.signIn(account.getEmail().toUpperCase(Locale.ROOT), Citizens.PASSWORD));
		assertRefused(browser.signIn(" " + account.getUsername().toUpperCase(Locale.ROOT), Citizens.PASSWORD));
		this.clock.advance(Duration.ofSeconds(61));
		assertThat(browser.signIn(account.getEmail(), Citizens.PASSWORD).getResponse().getRedirectedUrl())
			.isEqualTo("/");
	}

	@Test
	void failuresByEmailAddressCountAgainstEveryAccountUsingIt() throws Exception {
		String shared = "foyer-" + UUID.randomUUID() + "@example.org";
		Citizen first = this.citizens.validated().email(shared).create();
		Citizen second = this.citizens.validated().email(shared).create();
		Client browser = this.citizens.client();
		for (int i = 0; i < 5; i++) {
			assertRefused(browser.signIn(shared, "mauvais mot de passe " + i));
		}
		assertThat(failures("u:" + first.getUsername())).isEqualTo(5);
		assertThat(failures("u:" + second.getUsername())).isEqualTo(5);
		assertRefused(browser.signIn(first.getUsername(), Citizens.PASSWORD));
		assertRefused(browser.signIn(second.getUsername(), Citizens.PASSWORD));
	}

	@Test
	void eachRefusedAttemptCountsOnceForTheAccountAndOnceForTheAddress() throws Exception {
		Citizen account = this.citizens.validated().create();
		Client browser = this.citizens.client();
		for (int i = 0; i < 3; i++) {
			assertRefused(browser.signIn(account.getUsername(), "mauvais mot de passe " + i));
		}
		assertThat(failures("u:" + account.getUsername())).isEqualTo(3);
		assertThat(failures("ip:" + browser.address())).isEqualTo(3);
	}

	@Test
	void theJournalKeepsARefusedIdentifierOnlyWhenItDesignatesAnAccount() throws Exception {
		Citizen account = this.citizens.validated().create();
		Client browser = this.citizens.client();
		String typedInTheWrongField = "mon mot de passe secret " + account.getId();
		assertRefused(browser.signIn(typedInTheWrongField, "x"));
		assertRefused(browser.signIn(account.getUsername().toUpperCase(), "pas le bon"));
		assertThat(this.jdbc.queryForList(
				"select actor from audit_event where action = 'SIGN_IN_FAILED' and client_address = ? order by occurred_at",
				String.class, browser.address()))
			.containsExactly("", account.getUsername());
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where actor like ?", Integer.class,
				"%" + account.getId() + "%"))
			.isZero();
	}

	/**
	 * Failures at the same moment on keys not counted yet (a town hall's counter sharing
	 * one address): each is counted, none fails (on PostgreSQL, the insert that lost the
	 * race aborted its transaction, and the sign-in answered 500).
	 */
	@Test
	void concurrentFirstFailuresAreAllCounted() throws Exception {
		int threads = 8;
		for (int round = 0; round < 5; round++) {
			String identifier = "concurrent-" + UUID.randomUUID();
			String address = "198.51.100." + round;
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService pool = Executors.newFixedThreadPool(threads);
			try {
				List<Future<?>> done = new ArrayList<>();
				for (int i = 0; i < threads; i++) {
					done.add(pool.submit(() -> {
						start.await();
						this.throttle.failed(identifier, address);
						return null;
					}));
				}
				start.countDown();
				for (Future<?> each : done) {
					each.get(30, TimeUnit.SECONDS);
				}
			}
			finally {
				pool.shutdownNow();
			}
			assertThat(failures("u:" + identifier)).isEqualTo(threads);
			assertThat(failures("ip:" + address)).isEqualTo(threads);
		}
	}

	private int failures(String key) {
		return this.jdbc.queryForObject("select failures from sign_in_throttle where throttle_key = ?", Integer.class,
				key);
	}

	@Test
	void atMostTwentyFiveAttemptsADayPerAccount() throws Exception {
		Citizen account = this.citizens.validated().create();
		for (int i = 0; i < 25; i++) {
			assertRefused(this.citizens.client().signIn(account.getUsername(), "faux " + i));
			this.clock.advance(Duration.ofMinutes(31));
		}
		assertRefused(this.citizens.client().signIn(account.getUsername(), Citizens.PASSWORD));
		this.clock.advance(Duration.ofHours(24).minus(Duration.ofMinutes(31 * 25)));
		assertThat(this.citizens.client()
			.signIn(account.getUsername(), Citizens.PASSWORD)
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void unknownLockedAndWrongGetTheSameRefusal() throws Exception {
		Citizen locked = this.citizens.validated().create();
		Citizen wrong = this.citizens.validated().create();
		String unknown = Citizens.unique("personne.inconnue");
		for (int i = 0; i < 5; i++) {
			this.citizens.client().signIn(locked.getUsername(), "faux " + i);
			this.citizens.client().signIn(unknown, "faux " + i);
		}
		MvcResult unknownResult = this.citizens.client().signIn(unknown, Citizens.PASSWORD);
		MvcResult lockedResult = this.citizens.client().signIn(locked.getUsername(), Citizens.PASSWORD);
		MvcResult wrongResult = this.citizens.client().signIn(wrong.getUsername(), "pas le bon");
		for (MvcResult result : new MvcResult[] { unknownResult, lockedResult, wrongResult }) {
			assertRefused(result);
		}
		// Held back after five failures, whether the identifier designates an account or
		// not: the page says the attempts are suspended, the same for both, and does not
		// send the person to check a password that was not checked.
		Client reader = this.citizens.client();
		String unknownPage = page(reader, unknown);
		String lockedPage = page(reader, locked.getUsername());
		assertThat(unknownPage).contains("Trop d’essais ont échoué pour ce compte")
			.contains("tant qu’elle dure, aucun mot de passe n’est vérifié")
			.doesNotContain("Vérifiez votre identifiant");
		assertThat(unknownPage.replace(unknown, "X")).isEqualTo(lockedPage.replace(locked.getUsername(), "X"));
		// A wrong password once: check what was typed.
		assertThat(page(reader, wrong.getUsername())).contains("La connexion a échoué. Vérifiez votre identifiant")
			.doesNotContain("Trop d’essais");
	}

	@Test
	void anAddressHeldBackAsksForACaptchaInsteadOfLockingEveryoneBehindItOut() throws Exception {
		Citizen account = this.citizens.validated().create();
		Client shared = this.citizens.client();
		assertThat(shared.get("/connexion").getResponse().getContentAsString()).doesNotContain("captchaAnswer");
		for (int i = 0; i < 20; i++) {
			assertRefused(shared.signIn(Citizens.unique("devinette"), "faux " + i));
		}
		// Someone else behind the same address (a town-hall counter): the sign-in page
		// asks the captcha, and says why.
		String form = shared.get("/connexion").getResponse().getContentAsString();
		assertThat(form).contains("name=\"captchaAnswer\"", "passez aussi la vérification anti-robot ci-dessous");
		// Without it, the right password is refused unchecked, and the page says why
		// (the connection, not the account: no promise that a new password lifts it).
		assertRefused(shared.signIn(account.getUsername(), Citizens.PASSWORD));
		String html = page(shared, account.getUsername());
		assertThat(html)
			.contains("Trop d’essais ont échoué depuis votre connexion à Internet",
					"votre mot de passe n’a pas été vérifié", "name=\"captchaAnswer\"", "<a href=\"#captcha\">")
			.doesNotContain("Vérifiez votre identifiant")
			.doesNotContain("lève aussitôt");
		// A wrong answer: refused unchecked too, and the page says the answer was wrong;
		// an
		// answer left empty is asked for.
		MvcResult wrong = withCaptcha(shared, form, 1, account.getUsername(), Citizens.PASSWORD);
		assertRefused(wrong);
		assertThat(rendered(shared, wrong)).contains("Ce n’est pas la bonne réponse", "aria-invalid=\"true\"")
			.doesNotContain("n’a pas été faite");
		String token = between(form, "name=\"captchaToken\" value=\"", "\"");
		MvcResult empty = shared.post("/connexion", "username", account.getUsername(), "password", Citizens.PASSWORD,
				"captchaToken", token, "captchaAnswer", "");
		assertRefused(empty);
		assertThat(rendered(shared, empty)).contains("La vérification anti-robot n’a pas été faite")
			.doesNotContain("pas la bonne réponse", "anti-robot n’a pas abouti");
		// With the captcha solved, the right password signs in; the answer serves once.
		String again = shared.get("/connexion").getResponse().getContentAsString();
		assertThat(withCaptcha(shared, again, 0, account.getUsername(), Citizens.PASSWORD).getResponse()
			.getRedirectedUrl()).isEqualTo("/");
		assertRefused(withCaptcha(this.citizens.client(shared.address()), again, 0, account.getUsername(),
				Citizens.PASSWORD));
		// A hold on the account is not lifted by a captcha.
		Citizen guessed = this.citizens.validated().create();
		for (int i = 0; i < 5; i++) {
			this.citizens.client().signIn(guessed.getUsername(), "faux " + i);
		}
		Client other = this.citizens.client(shared.address());
		assertRefused(withCaptcha(other, other.get("/connexion").getResponse().getContentAsString(), 0,
				guessed.getUsername(), Citizens.PASSWORD));
		// From another address the account signs in without a captcha.
		assertThat(this.citizens.client()
			.signIn(account.getUsername(), Citizens.PASSWORD)
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/");
	}

	/**
	 * Posts the sign-in form with the captcha of the page given, answered right
	 * ({@code offset} 0) or wrong.
	 */
	private static MvcResult withCaptcha(Client browser, String page, int offset, String username, String password)
			throws Exception {
		String question = between(page, "<label for=\"captchaAnswer\">", "</label>");
		String token = between(page, "name=\"captchaToken\" value=\"", "\"");
		return browser.post("/connexion", "username", username, "password", password, "captchaToken", token,
				"captchaAnswer", String.valueOf(Integer.parseInt(CaptchaSolver.answer(question)) + offset));
	}

	private static String between(String text, String before, String after) {
		int start = text.indexOf(before) + before.length();
		return text.substring(start, text.indexOf(after, start));
	}

	private static String page(Client browser, String username) throws Exception {
		String html = browser.post("/connexion/echec", "username", username).getResponse().getContentAsString();
		return html.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
	}

	/**
	 * The page a refused sign-in was forwarded to, rendered with what the attempt left in
	 * its request (MockMvc records a forward without following it).
	 */
	private static String rendered(Client browser, MvcResult refused) throws Exception {
		MockHttpServletRequestBuilder forward = MockMvcRequestBuilders.post(refused.getResponse().getForwardedUrl())
			.with(SecurityMockMvcRequestPostProcessors.csrf())
			.param("username", refused.getRequest().getParameter("username"));
		Collections.list(refused.getRequest().getAttributeNames())
			.stream()
			.filter((name) -> name.startsWith("fr.comptecitoyen."))
			.forEach((name) -> forward.requestAttr(name, refused.getRequest().getAttribute(name)));
		return browser.perform(forward).getResponse().getContentAsString();
	}

	private static void assertRefused(MvcResult result) {
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getForwardedUrl()).isEqualTo("/connexion/echec");
	}

}
