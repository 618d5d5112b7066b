package fr.comptecitoyen.credentials;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.comptecitoyen.security.TotpCodes;
import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import fr.comptecitoyen.support.Client;
import fr.comptecitoyen.support.Mailbox;
import fr.comptecitoyen.support.MutableClock;
import fr.comptecitoyen.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The optional authenticator app: enrolment with a first code and ten recovery codes,
 * then a password alone no longer opens the account; a code (never twice) or a recovery
 * code (once) does.
 */
@PortalTest
class SecondFactorTests {

	@Autowired
	Mailbox mailbox;

	private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\"[^>]*>([A-Z2-7 ]+)<");

	private static final Pattern CODE = Pattern.compile("<code>([a-z2-9]{5}-[a-z2-9]{5})</code>");

	@Autowired
	Citizens citizens;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void enrolmentNeedsARightCodeThenShowsTenRecoveryCodesOnceAndKeepsTheSecretHidden() throws Exception {
		Citizen account = this.citizens.pending().create();
		Client browser = this.citizens.signedIn(account);
		String page = browser.get("/compte/securite/application").getResponse().getContentAsString();
		assertThat(page).contains("data:image/svg+xml;base64,");
		assertThat(page).as("the phones' numeric keyboard for the code")
			.containsPattern("id=\"code\"[^>]*inputmode=\"numeric\"");
		String secret = secretOn(page);
		assertThat(secretOn(browser.get("/compte/securite/application").getResponse().getContentAsString()))
			.as("a reload shows the same key until a code confirms it")
			.isEqualTo(secret);
		String wrong = browser
			.post("/compte/securite/application", "code", "000000", "currentPassword", Citizens.PASSWORD)
			.getResponse()
			.getContentAsString();
		assertThat(wrong).contains("Ce code est incorrect", "aria-invalid=\"true\"");
		assertThat(browser.post("/compte/securite/application", "code", "12345", "currentPassword", Citizens.PASSWORD)
			.getResponse()
			.getContentAsString()).contains("Le code de l’application a six chiffres")
			.doesNotContain("Ce code est incorrect");
		String noPassword = browser
			.post("/compte/securite/application", "code", TotpCodes.at(secret, this.clock.instant()), "currentPassword",
					"pas le bon")
			.getResponse()
			.getContentAsString();
		assertThat(noPassword).contains("Le mot de passe actuel est incorrect").doesNotContain("Vos codes de secours");
		List<String> codes = enable(browser, secret);
		assertThat(codes).hasSize(10).doesNotHaveDuplicates();
		String stored = this.jdbc.queryForObject("select secret from second_factor_credential where owner_id = ?",
				String.class, account.getId());
		assertThat(stored).startsWith("v1:").doesNotContain(secret.replace(" ", ""));
		assertThat(this.jdbc.queryForList("select code_hash from second_factor_recovery_code where owner_id = ?",
				String.class, account.getId()))
			.hasSize(10)
			.doesNotContainAnyElementsOf(codes);
		assertThat(browser.get("/compte/securite").getResponse().getContentAsString()).contains("Activée")
			.doesNotContain(secret);
		assertThat(this.mailbox.mails(account.getEmail()).get(0)).contains("Application d’authentification activée");
	}

	@Test
	void withTheAppAPasswordAloneGivesNoAccessUntilARightCode() throws Exception {
		Citizen account = this.citizens.validated().create();
		String secret = enrolled(account).secret();
		Client browser = this.citizens.client();
		MvcResult password = browser.signIn(account.getUsername(), Citizens.PASSWORD);
		assertThat(password.getResponse().getRedirectedUrl()).isEqualTo("/connexion/code");
		assertThat(browser.get("/compte/securite").getResponse().getRedirectedUrl()).isEqualTo("/connexion/code");
		assertThat(browser.get("/connexion/code").getResponse().getContentAsString()).contains("Code de vérification");
		MvcResult refused = browser.post("/connexion/code", "code", "123456");
		assertThat(refused.getResponse().getContentAsString()).contains("Ce code n’est pas accepté");
		String before = browser.sessionId();
		this.clock.advance(Duration.ofSeconds(31));
		MvcResult accepted = browser.post("/connexion/code", "code", TotpCodes.at(secret, this.clock.instant()));
		assertThat(accepted.getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(browser.sessionId()).isNotEqualTo(before);
		assertThat(browser.get("/compte/securite").getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void theCodePageSaysWhenTooManyWrongCodesSuspendTheCheckAndUntilWhen() throws Exception {
		Citizen account = this.citizens.validated().create();
		String secret = enrolled(account).secret();
		this.clock.advance(Duration.ofSeconds(31));
		Client browser = this.citizens.client();
		browser.signIn(account.getUsername(), Citizens.PASSWORD);
		assertThat(browser.post("/connexion/code", "code", " ").getResponse().getContentAsString())
			.as("an empty code is asked for, not counted")
			.contains("Saisissez le code affiché par votre application");
		assertThat(browser.post("/connexion/code", "code", "", "secours", "1").getResponse().getContentAsString())
			.contains("Saisissez l’un de vos codes de secours", "Saisissez l’un des dix codes de secours reçus");
		for (int i = 0; i < 4; i++) {
			assertThat(browser.post("/connexion/code", "code", "000000").getResponse().getContentAsString())
				.contains("Ce code n’est pas accepté")
				.doesNotContain("suspendue");
		}
		String fifth = browser.post("/connexion/code", "code", "000000").getResponse().getContentAsString();
		String until = heldUntil("u:" + account.getUsername());
		assertThat(fifth).contains("Ce code n’est pas accepté", "la vérification est suspendue jusqu’à " + until);
		String right = browser.post("/connexion/code", "code", TotpCodes.at(secret, this.clock.instant()))
			.getResponse()
			.getContentAsString();
		assertThat(right).contains("la vérification est suspendue jusqu’à " + until, "ce code n’a pas été vérifié");
		assertThat(heldUntil("u:" + account.getUsername())).as("a code not checked is not counted").isEqualTo(until);
		// At the minute shown (the end rounded up), the check is back.
		Instant end = this.jdbc
			.queryForObject("select blocked_until from sign_in_throttle where throttle_key = ?", Timestamp.class,
					"u:" + account.getUsername())
			.toInstant();
		this.clock.advance(Duration.between(this.clock.instant(),
				end.minusNanos(1).truncatedTo(ChronoUnit.MINUTES).plusSeconds(60)));
		assertThat(browser.post("/connexion/code", "code", TotpCodes.at(secret, this.clock.instant()))
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/");
	}

	/**
	 * The end of the hold on a throttle key, as the code page shows it today ("14:05").
	 */
	private String heldUntil(String key) {
		Timestamp until = this.jdbc.queryForObject("select blocked_until from sign_in_throttle where throttle_key = ?",
				Timestamp.class, key);
		return DateTimeFormatter.ofPattern("HH:mm")
			.format(until.toInstant()
				.minusNanos(1)
				.truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
				.plusSeconds(60)
				.atZone(ZoneId.of("Europe/Paris")));
	}

	@Test
	void wrongCodesKeepCountingAcrossPasswordEntriesUntilTheAccountIsBlocked() throws Exception {
		Citizen account = this.citizens.validated().create();
		String secret = enrolled(account).secret();
		for (int i = 0; i < 20; i++) {
			// Past any delay: each round is a right password, then a wrong code.
			this.clock.advance(Duration.ofMinutes(31));
			Client browser = this.citizens.client();
			assertThat(browser.signIn(account.getUsername(), Citizens.PASSWORD).getResponse().getRedirectedUrl())
				.as("password entry %d", i)
				.isEqualTo("/connexion/code");
			assertThat(browser.post("/connexion/code", "code", "000000").getResponse().getContentAsString())
				.contains("Ce code n’est pas accepté");
		}
		assertThat(this.jdbc.queryForObject("select failures from sign_in_throttle where throttle_key = ?",
				Integer.class, "u:" + account.getUsername()))
			.isEqualTo(20);
		// Blocked after the 20th wrong code: even the right password is refused now.
		assertThat(
				this.citizens.client().signIn(account.getUsername(), Citizens.PASSWORD).getResponse().getForwardedUrl())
			.isEqualTo("/connexion/echec");
		this.clock.advance(Duration.ofMinutes(31));
		Client browser = this.citizens.client();
		browser.signIn(account.getUsername(), Citizens.PASSWORD);
		assertThat(browser.post("/connexion/code", "code", TotpCodes.at(secret, this.clock.instant()))
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/");
		assertThat(this.jdbc.queryForList("select failures from sign_in_throttle where throttle_key = ?", Integer.class,
				"u:" + account.getUsername()))
			.as("a completed sign-in clears the failures")
			.isEmpty();
	}

	@Test
	void completingOnesOwnSignInNeverClearsAnotherAccountsFailures() throws Exception {
		Citizen attacker = this.citizens.validated().create();
		String secret = enrolled(attacker).secret();
		Citizen victim = this.citizens.validated().create();
		for (int i = 0; i < 5; i++) {
			this.citizens.client().signIn(victim.getUsername(), "mauvais " + i);
		}
		// A sixth failure once the first minute's wait is over: the account waits 2
		// minutes.
		this.clock.advance(Duration.ofSeconds(61));
		this.citizens.client().signIn(victim.getUsername(), "mauvais encore");
		for (String named : new String[] { victim.getUsername(), victim.getEmail() }) {
			this.clock.advance(Duration.ofSeconds(31));
			Client browser = this.citizens.client();
			browser.signIn(attacker.getUsername(), Citizens.PASSWORD);
			assertThat(browser
				.post("/connexion/code", "code", TotpCodes.at(secret, this.clock.instant()), "username", named)
				.getResponse()
				.getRedirectedUrl()).isEqualTo("/");
		}
		assertThat(this.jdbc.queryForObject("select failures from sign_in_throttle where throttle_key = ?",
				Integer.class, "u:" + victim.getUsername()))
			.isEqualTo(6);
		assertThat(
				this.citizens.client().signIn(victim.getUsername(), Citizens.PASSWORD).getResponse().getForwardedUrl())
			.isEqualTo("/connexion/echec");
	}

	@Test
	void aCodeIsNotAcceptedTwiceAndARecoveryCodeOnlyOnce() throws Exception {
		Citizen account = this.citizens.validated().create();
		Enrolled enrolled = enrolled(account);
		this.clock.advance(Duration.ofSeconds(31));
		String code = TotpCodes.at(enrolled.secret(), this.clock.instant());
		Client first = this.citizens.client();
		first.signIn(account.getUsername(), Citizens.PASSWORD);
		assertThat(first.post("/connexion/code", "code", code).getResponse().getRedirectedUrl()).isEqualTo("/");
		Client replay = this.citizens.client();
		replay.signIn(account.getUsername(), Citizens.PASSWORD);
		assertThat(replay.post("/connexion/code", "code", code).getResponse().getContentAsString())
			.contains("Ce code n’est pas accepté");

		String recovery = enrolled.recoveryCodes().get(3);
		Client lostPhone = this.citizens.client();
		lostPhone.signIn(account.getUsername(), Citizens.PASSWORD);
		// The app's code: a numeric keyboard; a link to the recovery-code mode, with a
		// text keyboard.
		String appMode = lostPhone.get("/connexion/code").getResponse().getContentAsString();
		assertThat(appMode).contains("inputmode=\"numeric\"", "autocomplete=\"one-time-code\"",
				"href=\"/connexion/code?secours=1\"", "Je n’ai pas mon application : utiliser un code de secours");
		String recoveryMode = lostPhone.get("/connexion/code?secours=1").getResponse().getContentAsString();
		assertThat(recoveryMode)
			.contains(">Code de secours<", "inputmode=\"text\"", "name=\"secours\"", "href=\"/connexion/code\"")
			.doesNotContain("inputmode=\"numeric\"");
		assertThat(lostPhone.post("/connexion/code", "code", recovery.toUpperCase(), "secours", "1")
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/");
		Client again = this.citizens.client();
		again.signIn(account.getUsername(), Citizens.PASSWORD);
		assertThat(again.post("/connexion/code", "code", recovery, "secours", "1").getResponse().getContentAsString())
			.contains("Ce code de secours n’est pas accepté", "inputmode=\"text\"");
		// Either code is accepted in either mode: the mode only sets the keyboard.
		assertThat(
				again.post("/connexion/code", "code", enrolled.recoveryCodes().get(4)).getResponse().getRedirectedUrl())
			.isEqualTo("/");
	}

	@Test
	void theAppIsTurnedOffWithThePasswordOnly() throws Exception {
		Citizen account = this.citizens.validated().create();
		Enrolled enrolled = enrolled(account);
		Client browser = this.citizens.client();
		browser.signIn(account.getUsername(), Citizens.PASSWORD);
		this.clock.advance(Duration.ofSeconds(31));
		browser.post("/connexion/code", "code", TotpCodes.at(enrolled.secret(), this.clock.instant()));
		assertThat(browser.post("/compte/securite/application/desactiver", "password", "pas le bon")
			.getResponse()
			.getContentAsString()).contains("Le mot de passe ou le code est incorrect");
		assertThat(browser.post("/compte/securite/application/desactiver", "password", Citizens.PASSWORD)
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/compte/securite?application-desactivee");
		assertThat(this.citizens.client()
			.signIn(account.getUsername(), Citizens.PASSWORD)
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/");
		assertThat(this.mailbox.mails(account.getEmail()).get(1)).contains("Application d’authentification désactivée");
	}

	@Test
	void aCitizenBuiltWithTheAppSignsInWithItsCodeAndKeepsTenRecoveryCodes() throws Exception {
		Citizen secured = this.citizens.validated().withAuthenticator().create();
		assertThat(secured.recoveryCodes()).hasSize(10);
		assertThat(
				this.citizens.client().signIn(secured.username(), Citizens.PASSWORD).getResponse().getRedirectedUrl())
			.isEqualTo("/connexion/code");
		Client client = this.citizens.signedIn(secured);
		assertThat(client.get("/compte/securite").getResponse().getContentAsString()).contains("Activée",
				"Codes de secours restants : 10");
	}

	private Enrolled enrolled(Citizen account) throws Exception {
		Client browser = this.citizens.signedIn(account);
		String secret = secretOn(browser.get("/compte/securite/application").getResponse().getContentAsString());
		return new Enrolled(secret, enable(browser, secret));
	}

	private List<String> enable(Client browser, String secret) throws Exception {
		String page = browser
			.post("/compte/securite/application", "code", TotpCodes.at(secret, this.clock.instant()), "currentPassword",
					Citizens.PASSWORD)
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Vos codes de secours");
		List<String> codes = new ArrayList<>();
		Matcher matcher = CODE.matcher(page);
		while (matcher.find()) {
			codes.add(matcher.group(1));
		}
		return codes;
	}

	private static String secretOn(String page) {
		Matcher matcher = SECRET.matcher(page);
		assertThat(matcher.find()).as("secret shown on the page").isTrue();
		return matcher.group(1).trim();
	}

	record Enrolled(String secret, List<String> recoveryCodes) {
	}

}
