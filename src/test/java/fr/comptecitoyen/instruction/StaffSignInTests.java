package fr.comptecitoyen.instruction;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.comptecitoyen.instruction.StaffMembers.Signed;
import fr.comptecitoyen.instruction.internal.StaffMember;
import fr.comptecitoyen.security.SignInRefused;
import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import fr.comptecitoyen.support.Client;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

@StaffTest
class StaffSignInTests {

	private static final Pattern RECOVERY = Pattern.compile("<code>([a-z2-9]{5}-[a-z2-9]{5})</code>");

	@Autowired
	StaffMembers staff;

	@Autowired
	Citizens citizens;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void firstSignInEnrolsTheAppWithTheKeyInGroupsOfFourThenShowsTenRecoveryCodesOnce() throws Exception {
		StaffMember member = this.staff.create(Set.of(StaffRole.AGENT), "education");
		Client browser = this.staff.client();
		assertThat(browser.get("/agent").getResponse().getRedirectedUrl()).endsWith("/agent/connexion");
		String anonymous = browser.sessionId();
		MvcResult password = browser.post("/agent/connexion", "username", member.getEmail(), "password",
				StaffMembers.PASSWORD);
		assertThat(password.getResponse().getRedirectedUrl()).isEqualTo("/agent/enrolement");
		String afterPassword = browser.sessionId();
		assertThat(afterPassword).isNotEqualTo(anonymous);
		assertThat(browser.get("/agent").getResponse().getRedirectedUrl()).endsWith("/agent/connexion");
		String page = browser.get("/agent/enrolement").getResponse().getContentAsString();
		assertThat(page).contains("data:image/svg+xml;base64,").containsPattern("totp-secret[^>]*>([A-Z2-7]{4} )+");
		String secret = StaffMembers.secretOn(page);
		assertThat(StaffMembers.secretOn(browser.get("/agent/enrolement").getResponse().getContentAsString()))
			.as("a reload shows the same key until a code confirms it")
			.isEqualTo(secret);
		for (String notACode : new String[] { "12", "abcdef", "1234567" }) {
			assertThat(browser.post("/agent/enrolement", "code", notACode).getResponse().getContentAsString())
				.as(notACode)
				.contains("Le code de l’application a six chiffres", "Ce code n’a pas été vérifié")
				.doesNotContain("Ce code est incorrect");
		}
		assertThat(this.jdbc.queryForList("select failures from sign_in_throttle where throttle_key like ?",
				Integer.class, "s:%" + member.getUsername()))
			.as("a typing slip is not counted")
			.isEmpty();
		String wrong = browser.post("/agent/enrolement", "code", "000 000").getResponse().getContentAsString();
		assertThat(wrong).contains("Ce code est incorrect", "aria-invalid=\"true\"", "error-summary");
		String codes = browser
			.post("/agent/enrolement", "code", StaffMembers.code(secret, this.staff.clock().instant()))
			.getResponse()
			.getContentAsString();
		assertThat(recoveryCodes(codes)).hasSize(10).doesNotHaveDuplicates();
		assertThat(browser.sessionId()).isNotEqualTo(afterPassword);
		MvcResult home = browser.get("/agent");
		assertThat(home.getResponse().getStatus()).isEqualTo(200);
		assertThat(home.getResponse().getContentAsString()).contains(member.getDisplayName());
		assertThat(browser.get("/agent/enrolement").getResponse().getRedirectedUrl()).isEqualTo("/agent/connexion");
		assertThat(this.jdbc.queryForObject("select secret from second_factor_credential where owner_id = ?",
				String.class, member.getId()))
			.startsWith("v1:");
		assertThat(audit(member)).contains("STAFF_SECOND_FACTOR_FAILED", "STAFF_SECOND_FACTOR_ENROLLED",
				"STAFF_SIGN_IN_SUCCEEDED");
	}

	@Test
	void aCodeOfThePreviousOrNextStepIsAcceptedTwoStepsAwayAndReplaysAreRefused() throws Exception {
		StaffMember member = this.staff.create(Set.of(StaffRole.AGENT), "education");
		String secret = this.staff.enrolled(member).secret();
		// Start the checks just after a step begins, so that the clock (which keeps
		// flowing) stays in that step while the six sign-ins below run.
		long intoStep = this.staff.clock().millis() % 30_000;
		this.staff.clock().advance(Duration.ofSeconds(60).plusMillis(30_000 - intoStep + 500));
		Instant now = this.staff.clock().instant();
		assertThat(codeAccepted(member, StaffMembers.code(secret, now.minusSeconds(60)))).isFalse();
		assertThat(codeAccepted(member, StaffMembers.code(secret, now.plusSeconds(60)))).isFalse();
		assertThat(codeAccepted(member, StaffMembers.code(secret, now.minusSeconds(30)))).isTrue();
		String next = StaffMembers.code(secret, now.plusSeconds(30));
		assertThat(codeAccepted(member, next)).isTrue();
		assertThat(codeAccepted(member, next)).as("the same code a second time").isFalse();
		assertThat(codeAccepted(member, StaffMembers.code(secret, now))).as("an older step after a newer one")
			.isFalse();
	}

	@Test
	void aRecoveryCodeOpensTheSignInOnce() throws Exception {
		StaffMember member = this.staff.create(Set.of(StaffRole.AGENT), "education");
		String recovery = recoveryCodes(this.staff.enrolled(member).codesPage()).get(3);
		Client browser = passwordGiven(member);
		assertThat(browser.get("/agent/code").getResponse().getContentAsString()).contains("inputmode=\"numeric\"",
				"href=\"/agent/code?secours=1\"");
		assertThat(browser.get("/agent/code?secours=1").getResponse().getContentAsString())
			.contains(">Code de secours<", "inputmode=\"text\"", "href=\"/agent/code\"");
		assertThat(
				browser.post("/agent/code", "code", "zzzzz-zzzzz", "secours", "1").getResponse().getContentAsString())
			.contains("Ce code de secours n’est pas accepté", "inputmode=\"text\"");
		assertThat(codeAccepted(member, recovery.toUpperCase())).isTrue();
		assertThat(codeAccepted(member, recovery)).isFalse();
		assertThat(audit(member)).contains("STAFF_RECOVERY_CODE_USED");
	}

	@Test
	void wrongCodesSlowDownTheSecondStepUntilEvenTheRightCodeIsRefused() throws Exception {
		StaffMember member = this.staff.create(Set.of(StaffRole.AGENT), "education");
		String secret = this.staff.enrolled(member).secret();
		this.staff.clock().advance(Duration.ofSeconds(60));
		Client browser = passwordGiven(member);
		assertThat(browser.post("/agent/code", "code", "").getResponse().getContentAsString())
			.contains("Saisissez le code affiché par votre application");
		for (int i = 0; i < 5; i++) {
			browser.post("/agent/code", "code", "000000");
		}
		Timestamp held = this.jdbc.queryForObject("select blocked_until from sign_in_throttle where throttle_key = ?",
				Timestamp.class, "s:" + member.getUsername());
		String until = DateTimeFormatter.ofPattern("HH:mm")
			.format(held.toInstant()
				.minusNanos(1)
				.truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
				.plusSeconds(60)
				.atZone(ZoneId.of("Europe/Paris")));
		String right = StaffMembers.code(secret, this.staff.clock().instant());
		assertThat(browser.post("/agent/code", "code", right).getResponse().getContentAsString())
			.contains("la vérification est suspendue jusqu’à " + until, "ce code n’a pas été vérifié");
		this.staff.clock().advance(Duration.ofMinutes(2));
		assertThat(browser.post("/agent/code", "code", StaffMembers.code(secret, this.staff.clock().instant()))
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/agent");
	}

	@Test
	void wrongPasswordsAreRefusedAlikeAndJournalled() throws Exception {
		StaffMember member = this.staff.create(Set.of(StaffRole.AGENT), "education");
		Client browser = this.staff.client();
		MvcResult wrong = browser.post("/agent/connexion", "username", member.getUsername(), "password", "pas le bon");
		MvcResult unknown = browser.post("/agent/connexion", "username", "personne.inconnue", "password", "pas le bon");
		assertThat(wrong.getResponse().getForwardedUrl()).isEqualTo("/agent/connexion/refusee");
		assertThat(unknown.getResponse().getForwardedUrl()).isEqualTo("/agent/connexion/refusee");
		assertThat(wrong.getResponse().getStatus()).isEqualTo(unknown.getResponse().getStatus());
		assertThat(browser.post("/agent/connexion/refusee", "username", member.getUsername())
			.getResponse()
			.getContentAsString()).contains("La connexion a échoué", "value=\"" + member.getUsername() + "\"");
		assertThat(audit(member)).containsExactly("STAFF_SIGN_IN_FAILED");
	}

	@Test
	void aRefusedStaffIdentifierComesBackNoLongerThanTheField() throws Exception {
		Client browser = this.staff.client();
		String typed = "x".repeat(10_000);
		String page = browser.post("/agent/connexion/refusee", "username", typed).getResponse().getContentAsString();
		assertThat(page).contains("value=\"" + "x".repeat(SignInRefused.IDENTIFIER_MAX_LENGTH) + "\"")
			.doesNotContain("x".repeat(SignInRefused.IDENTIFIER_MAX_LENGTH + 1));
	}

	/**
	 * A staff member's refused sign-in is journalled under the identifier of the staff
	 * member it designates (typed by email address or in capitals alike), never as typed:
	 * a password typed in the wrong field stays out of the journal.
	 */
	@Test
	void theJournalKeepsARefusedStaffIdentifierOnlyWhenItDesignatesAStaffMember() throws Exception {
		StaffMember member = this.staff.create(Set.of(StaffRole.AGENT), "education");
		Client browser = this.staff.client();
		String typedInTheWrongField = "mon mot de passe secret " + member.getId();
		browser.post("/agent/connexion", "username", typedInTheWrongField, "password", "x");
		browser.post("/agent/connexion", "username", member.getEmail().toUpperCase(), "password", "pas le bon");
		assertThat(this.jdbc.queryForList(
				"select actor from audit_event where action = 'STAFF_SIGN_IN_FAILED' and client_address = ? order by occurred_at",
				String.class, browser.address()))
			.containsExactly("", member.getUsername());
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where actor like ?", Integer.class,
				"%" + member.getId() + "%"))
			.isZero();
	}

	@Test
	void theIdentifierAndTheEmailAddressOfAStaffMemberShareOneAllowance() throws Exception {
		StaffMember byName = this.staff.create(Set.of(StaffRole.AGENT), "education");
		Client browser = this.staff.client();
		for (int i = 0; i < 5; i++) {
			browser.post("/agent/connexion", "username", byName.getUsername(), "password", "pas le bon " + i);
		}
		assertThat(passwordAccepted(browser, " " + byName.getEmail().toUpperCase(Locale.ROOT))).isFalse();
		assertThat(passwordAccepted(browser, byName.getEmail())).isFalse();
		// The refused page says the account is held back, not to check the password.
		assertThat(this.staff.client()
			.post("/agent/connexion/refusee", "username", byName.getUsername())
			.getResponse()
			.getContentAsString()).contains("Trop d’essais ont échoué pour ce compte", "elle prend fin d’elle-même")
			.doesNotContain("Vérifiez votre identifiant");

		StaffMember byEmail = this.staff.create(Set.of(StaffRole.AGENT), "education");
		for (int i = 0; i < 5; i++) {
			browser.post("/agent/connexion", "username", byEmail.getEmail(), "password", "pas le bon " + i);
		}
		assertThat(passwordAccepted(browser, byEmail.getUsername())).isFalse();
		this.staff.clock().advance(Duration.ofSeconds(61));
		assertThat(passwordAccepted(browser, byEmail.getUsername())).isTrue();
	}

	@Test
	void aCitizenOfTheSameIdentifierHasCountsOfItsOwn() throws Exception {
		StaffMember member = this.staff.create(Set.of(StaffRole.AGENT), "education");
		Citizen namesake = this.citizens.validated().username(member.getUsername()).create();
		Client browser = this.staff.client();
		for (int i = 0; i < 5; i++) {
			browser.post("/connexion", "username", namesake.getUsername(), "password", "pas le bon " + i);
		}
		for (int i = 0; i < 5; i++) {
			browser.post("/connexion", "username", "agent:" + member.getUsername(), "password", "pas le bon " + i);
		}
		assertThat(passwordAccepted(browser, member.getUsername()))
			.as("the citizen's failures do not hold back the agent")
			.isTrue();
		for (int i = 0; i < 4; i++) {
			browser.post("/agent/connexion", "username", member.getUsername(), "password", "pas le bon " + i);
		}
		this.staff.clock().advance(Duration.ofMinutes(31));
		browser.post("/connexion", "username", namesake.getUsername(), "password", Citizens.PASSWORD);
		browser.post("/agent/connexion", "username", member.getUsername(), "password", "encore faux");
		assertThat(passwordAccepted(browser, member.getUsername()))
			.as("a citizen's sign-in does not clear the agent's failures")
			.isFalse();
	}

	private boolean passwordAccepted(Client browser, String username) throws Exception {
		MvcResult result = browser.post("/agent/connexion", "username", username, "password", StaffMembers.PASSWORD);
		return result.getResponse().getRedirectedUrl() != null;
	}

	@Test
	void aCitizenSessionNeverOpensAStaffPageAndAStaffSessionNeverActsAsACitizen() throws Exception {
		Citizen account = this.citizens.validated().create();
		Client citizen = this.citizens.signedIn(account);
		assertThat(citizen.get("/compte").getResponse().getStatus()).isEqualTo(200);
		assertThat(citizen.get("/agent").getResponse().getRedirectedUrl()).endsWith("/agent/connexion");
		assertThat(citizen.get("/agent/comptes").getResponse().getRedirectedUrl())
			.isEqualTo("/agent/connexion?retour=%2Fagent%2Fcomptes");
		MvcResult citizenPassword = citizen.post("/agent/connexion", "username", account.getUsername(), "password",
				Citizens.PASSWORD);
		assertThat(citizenPassword.getResponse().getForwardedUrl()).isEqualTo("/agent/connexion/refusee");

		StaffMember member = this.staff.create(Set.of(StaffRole.ACCOUNT_VALIDATOR, StaffRole.ADMINISTRATOR));
		Client staffBrowser = this.staff.enrolled(member).client();
		assertThat(staffBrowser.get("/agent").getResponse().getStatus()).isEqualTo(200);
		assertThat(staffBrowser.get("/compte").getResponse().getRedirectedUrl()).contains("/connexion");
		assertThat(staffBrowser.get("/demandes").getResponse().getRedirectedUrl()).contains("/connexion");
		MvcResult staffPasswordOnCitizenSide = staffBrowser.post("/connexion", "username", member.getUsername(),
				"password", StaffMembers.PASSWORD);
		assertThat(staffPasswordOnCitizenSide.getResponse().getRedirectedUrl()).isNotEqualTo("/");
	}

	@Test
	void aStaffSessionEndsAfterThirtyIdleMinutesOrTenHoursInAll() throws Exception {
		StaffMember member = this.staff.create(Set.of(StaffRole.AGENT), "education");
		Client browser = this.staff.enrolled(member).client();
		assertThat(browser.get("/agent").getResponse().getStatus()).isEqualTo(200);
		String sessionId = new String(Base64.getDecoder().decode(browser.sessionId()), StandardCharsets.UTF_8);
		assertThat(this.jdbc.queryForObject("select max_inactive_interval from spring_session where session_id = ?",
				Integer.class, sessionId))
			.isEqualTo(30 * 60);
		this.staff.clock().advance(Duration.ofHours(10));
		assertThat(browser.get("/agent").getResponse().getRedirectedUrl()).isEqualTo("/agent/connexion?expiree");
		assertThat(browser.get("/agent").getResponse().getRedirectedUrl()).endsWith("/agent/connexion");
		assertThat(browser.get("/agent/connexion").getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void signingOutEndsTheStaffSession() throws Exception {
		StaffMember member = this.staff.create(Set.of(StaffRole.AGENT), "education");
		Client browser = this.staff.enrolled(member).client();
		// Signed in, the sign-in page goes on to the back office instead of a second
		// form.
		assertThat(browser.get("/agent/connexion").getResponse().getRedirectedUrl()).isEqualTo("/agent");
		assertThat(browser.post("/agent/deconnexion").getResponse().getRedirectedUrl())
			.isEqualTo("/agent/connexion?deconnecte");
		assertThat(browser.get("/agent").getResponse().getRedirectedUrl()).endsWith("/agent/connexion");
		assertThat(browser.get("/agent/connexion").getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void afterAnIdleStaffSessionEndedPagesFormsAndSignOutSaySoInsteadOfRefusingAccess() throws Exception {
		StaffMember member = this.staff.create(Set.of(StaffRole.AGENT), "education");
		Signed signed = this.staff.enrolled(member);
		Client browser = signed.client();
		assertThat(browser.get("/agent/preferences").getResponse().getStatus()).isEqualTo(200);
		browser.expireSession(this.jdbc);
		// A page: the sign-in page says the session ended.
		assertThat(browser.get("/agent/demandes?onglet=decidees").getResponse().getRedirectedUrl())
			.isEqualTo("/agent/connexion?inactive&retour=%2Fagent%2Fdemandes%3Fonglet%3Ddecidees");
		// Signing in again goes on to that page.
		assertThat(browser
			.perform(MockMvcRequestBuilders
				.get(java.net.URI.create("/agent/connexion?inactive&retour=%2Fagent%2Fdemandes%3Fonglet%3Ddecidees")))
			.getResponse()
			.getContentAsString()).contains("name=\"retour\" value=\"/agent/demandes?onglet=decidees\"");
		assertThat(browser
			.post("/agent/connexion", "username", member.getUsername(), "password", StaffMembers.PASSWORD, "retour",
					"/agent/demandes?onglet=decidees")
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/agent/code");
		this.staff.clock().advance(Duration.ofSeconds(60));
		assertThat(browser.post("/agent/code", "code", StaffMembers.code(signed.secret(), this.staff.clock().instant()))
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/agent/demandes?onglet=decidees");
		browser.expireSession(this.jdbc);
		assertThat(browser.get("/agent/connexion?inactive").getResponse().getContentAsString())
			.contains("Votre session a pris fin")
			.doesNotContain("n’a pas été enregistré");
		// A form posted into the ended session (its token is gone with it): the same
		// page,
		// saying the form was not saved, instead of « Accès refusé ».
		browser.expireSession(this.jdbc);
		assertThat(browser
			.perform(MockMvcRequestBuilders.post("/agent/preferences")
				.param("_csrf", "jeton-de-la-session-finie")
				.param("digest", "true"))
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/agent/connexion?inactive&envoi");
		assertThat(browser.get("/agent/connexion?inactive&envoi").getResponse().getContentAsString())
			.contains("Le formulaire que vous venez d’envoyer n’a pas été enregistré");
		// Signed in again in another tab, a form of the older page: a page saying it was
		// not
		// saved, with a link back; « Déconnexion » from it: a page to confirm.
		Client again = passwordGiven(member);
		this.staff.clock().advance(Duration.ofSeconds(60));
		assertThat(again.post("/agent/code", "code", StaffMembers.code(signed.secret(), this.staff.clock().instant()))
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/agent");
		String stale = again
			.perform(MockMvcRequestBuilders.post("/agent/preferences").param("_csrf", "jeton-d-une-page-ancienne"))
			.getResponse()
			.getRedirectedUrl();
		assertThat(stale).isEqualTo("/agent/formulaire-expire?retour=%2Fagent%2Fpreferences");
		assertThat(again.perform(MockMvcRequestBuilders.get(java.net.URI.create(stale)))
			.getResponse()
			.getContentAsString()).contains("Formulaire expiré", "href=\"/agent/preferences\"");
		assertThat(again
			.perform(MockMvcRequestBuilders.post("/agent/deconnexion").param("_csrf", "jeton-d-une-page-ancienne"))
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/agent/deconnexion");
		assertThat(again.get("/agent/deconnexion").getResponse().getContentAsString()).contains("Me déconnecter",
				"action=\"/agent/deconnexion\"");
		// « Déconnexion » from the ended session: signed out.
		browser.expireSession(this.jdbc);
		assertThat(browser
			.perform(MockMvcRequestBuilders.post("/agent/deconnexion").param("_csrf", "jeton-de-la-session-finie"))
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/agent/connexion?deconnecte");
		// Signed out in another tab (the session cookie deleted): a form of an older tab
		// of the back office is one of an ended session, « Déconnexion » is done; a form
		// of another site stays refused.
		assertThat(this.staff.client()
			.perform(MockMvcRequestBuilders.post("/agent/preferences")
				.param("_csrf", "jeton-d-un-onglet-deconnecte")
				.header("Origin", "http://localhost"))
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/agent/connexion?inactive&envoi");
		// Signed out, then the sign-in page opened (a new session, nobody signed in): the
		// same, not the stale-form page that only a signed-in agent may see.
		Client signInPageOpened = this.staff.client();
		signInPageOpened.get("/agent/connexion");
		assertThat(signInPageOpened
			.perform(MockMvcRequestBuilders.post("/agent/preferences").param("_csrf", "jeton-d-un-onglet-deconnecte"))
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/agent/connexion?inactive&envoi");
		assertThat(this.staff.client()
			.perform(MockMvcRequestBuilders.post("/agent/deconnexion")
				.param("_csrf", "jeton-d-un-onglet-deconnecte")
				.header("Origin", "http://localhost"))
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/agent/connexion?deconnecte");
		assertThat(this.staff.client()
			.perform(MockMvcRequestBuilders.post("/agent/preferences")
				.param("_csrf", "jeton-force")
				.header("Origin", "https://autre-site.example"))
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

	@Test
	void fromAnAddressHeldBackAStaffMemberSignsInWithTheCaptchaAndTheCodeIsStillChecked() throws Exception {
		StaffMember member = this.staff.create(Set.of(StaffRole.AGENT), "education");
		String secret = this.staff.enrolled(member).secret();
		Client counter = this.staff.client();
		for (int i = 0; i < 20; i++) {
			counter.post("/agent/connexion", "username", Citizens.unique("devinette"), "password", "faux " + i);
		}
		Client colleague = this.citizens.client(counter.address());
		String form = colleague.get("/agent/connexion").getResponse().getContentAsString();
		assertThat(form).contains("name=\"captchaAnswer\"", "passez aussi la vérification anti-robot ci-dessous");
		assertThat(
				colleague.post("/agent/connexion", "username", member.getUsername(), "password", StaffMembers.PASSWORD)
					.getResponse()
					.getForwardedUrl())
			.isEqualTo("/agent/connexion/refusee");
		String question = form.substring(form.indexOf("<label for=\"captchaAnswer\">") + 27,
				form.indexOf("</label>", form.indexOf("<label for=\"captchaAnswer\">")));
		String token = form.replaceAll("(?s).*name=\"captchaToken\" value=\"([^\"]*)\".*", "$1");
		assertThat(colleague
			.post("/agent/connexion", "username", member.getUsername(), "password", StaffMembers.PASSWORD,
					"captchaToken", token, "captchaAnswer", fr.comptecitoyen.security.CaptchaSolver.answer(question))
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/agent/code");
		// The code step is not held back by the address: the password was given.
		this.staff.clock().advance(Duration.ofSeconds(60));
		assertThat(colleague.post("/agent/code", "code", StaffMembers.code(secret, this.staff.clock().instant()))
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/agent");
	}

	private Client passwordGiven(StaffMember member) throws Exception {
		Client browser = this.staff.client();
		MvcResult password = browser.post("/agent/connexion", "username", member.getUsername(), "password",
				StaffMembers.PASSWORD);
		assertThat(password.getResponse().getRedirectedUrl()).isEqualTo("/agent/code");
		return browser;
	}

	private boolean codeAccepted(StaffMember member, String code) throws Exception {
		Client browser = passwordGiven(member);
		String before = browser.sessionId();
		MvcResult result = browser.post("/agent/code", "code", code);
		boolean accepted = "/agent".equals(result.getResponse().getRedirectedUrl());
		if (accepted) {
			assertThat(browser.sessionId()).isNotEqualTo(before);
		}
		return accepted;
	}

	private List<String> audit(StaffMember member) {
		return this.jdbc.queryForList(
				"select action from audit_event where actor = ? and actor_kind = 'STAFF' order by occurred_at",
				String.class, member.getUsername());
	}

	static List<String> recoveryCodes(String page) {
		List<String> codes = new ArrayList<>();
		Matcher matcher = RECOVERY.matcher(page);
		while (matcher.find()) {
			codes.add(matcher.group(1));
		}
		return codes;
	}

}
