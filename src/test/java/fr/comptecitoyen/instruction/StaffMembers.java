package fr.comptecitoyen.instruction;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.comptecitoyen.instruction.internal.StaffMember;
import fr.comptecitoyen.instruction.internal.StaffRepository;
import fr.comptecitoyen.security.TotpCodes;
import fr.comptecitoyen.support.Citizens;
import fr.comptecitoyen.support.Client;
import fr.comptecitoyen.support.MutableClock;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Test staff: members created directly in the database, signed in through the real pages
 * (password, enrolment of an app whose codes the test computes from the key shown).
 */
@TestComponent
public class StaffMembers {

	/** The password of every test staff member. */
	public static final String PASSWORD = "trois chevaux bleus dans la prairie";

	private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\"[^>]*>([A-Z2-7 ]+)<");

	private final StaffRepository staff;

	private final PasswordEncoder encoder;

	private final Citizens citizens;

	private final MutableClock clock;

	StaffMembers(StaffRepository staff, PasswordEncoder encoder, Citizens citizens, MutableClock clock) {
		this.staff = staff;
		this.encoder = encoder;
		this.citizens = citizens;
		this.clock = clock;
	}

	/** A new staff member with these roles and departments, a password and no app. */
	public StaffMember create(Set<StaffRole> roles, String... departments) {
		String username = "agent.essai" + UUID.randomUUID().toString().substring(0, 8);
		StaffMember member = new StaffMember(username, username + "@mairie.test", "Agent " + username, roles,
				Set.of(departments), "test", this.clock.instant());
		member.choosePassword(this.encoder.encode(PASSWORD));
		return this.staff.save(member);
	}

	/** A client with no session yet. */
	public Client client() {
		return this.citizens.client();
	}

	/** Password then enrolment: a fully signed-in client, with the app's key. */
	public Signed enrolled(StaffMember member) throws Exception {
		Client client = client();
		MvcResult password = client.post("/agent/connexion", "username", member.getUsername(), "password", PASSWORD);
		if (!"/agent/enrolement".equals(password.getResponse().getRedirectedUrl())) {
			throw new IllegalStateException("Not sent to enrolment: " + password.getResponse().getRedirectedUrl());
		}
		String secret = secretOn(client.get("/agent/enrolement").getResponse().getContentAsString());
		String page = client.post("/agent/enrolement", "code", code(secret, this.clock.instant()))
			.getResponse()
			.getContentAsString();
		if (!page.contains("recovery-codes")) {
			throw new IllegalStateException("Enrolment refused");
		}
		return new Signed(client, secret, page);
	}

	/** The key shown on the enrolment page, without spaces. */
	public static String secretOn(String page) {
		Matcher matcher = SECRET.matcher(page);
		if (!matcher.find()) {
			throw new AssertionError("No key on the page:\n" + page);
		}
		return matcher.group(1).replace(" ", "");
	}

	/** What the app shows at that time. */
	public static String code(String secret, Instant at) {
		return TotpCodes.at(secret, at);
	}

	/** The application's clock. */
	public MutableClock clock() {
		return this.clock;
	}

	/**
	 * A signed-in staff client, the app's key, and the page that showed the recovery
	 * codes.
	 */
	public record Signed(Client client, String secret, String codesPage) {
	}

}
