package fr.comptecitoyen.credentials;

import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import fr.comptecitoyen.support.Client;
import fr.comptecitoyen.support.Mailbox;
import fr.comptecitoyen.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Modifier mon mot de passe": the current password is needed, the new one follows the
 * policy, the other sessions end, the current one goes on under a new id.
 */
@PortalTest
class PasswordChangeTests {

	@Autowired
	Mailbox mailbox;

	private static final String NEW_PASSWORD = "le printemps revient toujours";

	@Autowired
	Citizens citizens;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void wrongCurrentPasswordIsToldNextToTheFieldAndChangesNothing() throws Exception {
		Citizen account = this.citizens.validated().create();
		Client browser = this.citizens.signedIn(account);
		String page = browser
			.post("/compte/mot-de-passe", "current", "pas le mien", "password", NEW_PASSWORD, "confirmation",
					NEW_PASSWORD)
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Le formulaire contient des erreurs", "href=\"#current\"", "id=\"current-error\"",
				"Le mot de passe actuel est incorrect");
		assertThat(this.encoder.matches(Citizens.PASSWORD, this.citizens.reload(account).passwordHash())).isTrue();
	}

	@Test
	void aCurrentPasswordLeftEmptyIsAskedForOnEveryFormThatConfirmsOne() throws Exception {
		Citizen account = this.citizens.validated().create();
		Client browser = this.citizens.signedIn(account);
		assertThat(browser
			.post("/compte/mot-de-passe", "current", "", "password", NEW_PASSWORD, "confirmation", NEW_PASSWORD)
			.getResponse()
			.getContentAsString()).contains("Saisissez votre mot de passe actuel.")
			.doesNotContain("Le mot de passe actuel est incorrect");
		assertThat(browser.post("/compte/securite/courriel", "email", "nouvelle@example.test", "currentPassword", "")
			.getResponse()
			.getContentAsString()).contains("Saisissez votre mot de passe actuel.");
		browser.get("/compte/securite/application");
		assertThat(browser.post("/compte/securite/application", "code", "", "currentPassword", "")
			.getResponse()
			.getContentAsString())
			.contains("Saisissez le code affiché par votre application", "Saisissez votre mot de passe actuel.")
			.doesNotContain("est incorrect");
		assertThat(browser.post("/compte/fermer", "password", "").getResponse().getContentAsString())
			.contains("Saisissez votre mot de passe actuel.");
		assertThat(this.jdbc.queryForList("select failures from sign_in_throttle where throttle_key = ?", Integer.class,
				"u:" + account.getUsername()))
			.as("nothing typed, nothing counted")
			.isEmpty();
	}

	@Test
	void policyProblemsAreExplainedInFrench() throws Exception {
		Citizen account = this.citizens.validated().create();
		Client browser = this.citizens.signedIn(account);
		String tooShort = browser
			.post("/compte/mot-de-passe", "current", Citizens.PASSWORD, "password", "court", "confirmation", "court")
			.getResponse()
			.getContentAsString();
		assertThat(tooShort).contains("Le mot de passe doit comporter au moins 12 caractères");
		String common = browser
			.post("/compte/mot-de-passe", "current", Citizens.PASSWORD, "password", "azertyuiop123", "confirmation",
					"azertyuiop123")
			.getResponse()
			.getContentAsString();
		assertThat(common).contains("fait partie des plus utilisés");
		String mismatch = browser
			.post("/compte/mot-de-passe", "current", Citizens.PASSWORD, "password", NEW_PASSWORD, "confirmation",
					NEW_PASSWORD + "!")
			.getResponse()
			.getContentAsString();
		assertThat(mismatch).contains("La confirmation ne correspond pas");
	}

	@Test
	void theNewPasswordMustDifferFromTheCurrentOneWhichIsToldOnlyToWhoeverTypedTheCurrentOne() throws Exception {
		Citizen account = this.citizens.validated().create();
		Client browser = this.citizens.signedIn(account);
		String same = browser
			.post("/compte/mot-de-passe", "current", Citizens.PASSWORD, "password", Citizens.PASSWORD, "confirmation",
					Citizens.PASSWORD)
			.getResponse()
			.getContentAsString();
		assertThat(same).contains("Ce mot de passe est celui que le compte avait jusqu’ici", "href=\"#password\"");
		String guess = browser
			.post("/compte/mot-de-passe", "current", "pas le mien", "password", Citizens.PASSWORD, "confirmation",
					Citizens.PASSWORD)
			.getResponse()
			.getContentAsString();
		assertThat(guess).as("no oracle for the current password")
			.contains("Le mot de passe actuel est incorrect")
			.doesNotContain("celui que le compte avait jusqu’ici");
		assertThat(browser.get("/").getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void changeEndsTheOtherSessionsKeepsThisOneUnderANewIdAndSendsAnEmail() throws Exception {
		Citizen account = this.citizens.pending().create();
		Client here = this.citizens.signedIn(account);
		Client elsewhere = this.citizens.signedIn(account);
		assertThat(elsewhere.get("/compte/mot-de-passe").getResponse().getStatus()).isEqualTo(200);
		String before = here.sessionId();
		MvcResult changed = here.post("/compte/mot-de-passe", "current", Citizens.PASSWORD, "password", NEW_PASSWORD,
				"confirmation", NEW_PASSWORD);
		assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/compte/mot-de-passe?modifie");
		assertThat(here.sessionId()).isNotEqualTo(before);
		assertThat(here.get("/compte/mot-de-passe?modifie").getResponse().getContentAsString())
			.contains("Votre mot de passe a été modifié");
		assertThat(elsewhere.get("/compte/mot-de-passe").getResponse().getRedirectedUrl())
			.isEqualTo("/connexion?inactive");
		assertThat(this.encoder.matches(NEW_PASSWORD, this.citizens.reload(account).passwordHash())).isTrue();
		assertThat(this.mailbox.mails(account.getEmail())).singleElement()
			.asString()
			.contains("Votre mot de passe a été modifié", account.getUsername(), "Si ce n’est pas vous");
	}

}
