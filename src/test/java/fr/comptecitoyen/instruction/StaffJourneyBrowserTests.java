package fr.comptecitoyen.instruction;

import java.util.Set;
import java.util.UUID;

import fr.comptecitoyen.instruction.internal.StaffMember;
import fr.comptecitoyen.instruction.internal.StaffRepository;
import fr.comptecitoyen.security.TotpCodes;
import fr.comptecitoyen.support.BrowserTest;
import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import fr.comptecitoyen.support.Mailbox;
import fr.comptecitoyen.support.MutableClock;
import fr.comptecitoyen.support.TestMail;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser, axe on every page: an administrator signs in and enrols an
 * authenticator app, invites an agent of Éducation, who follows the emailed link, chooses
 * a password and enrols too; the account validator validates Jean Dupont's pending
 * account, and Jean then adds a child to his household. Codes are computed by the test
 * from the key each enrolment page shows.
 */
class StaffJourneyBrowserTests extends BrowserTest {

	private static final String PASSWORD = "trois chevaux bleus dans la prairie";

	@Autowired
	StaffRepository staff;

	@Autowired
	Citizens citizens;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	Mailbox mailbox;

	@Autowired
	MutableClock clock;

	@Test
	void adminInvitesAnAgentWhoEnrolsAndTheValidatorValidatesACitizenWhoThenChangesHisHousehold() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		StaffMember admin = member("admin" + suffix, Set.of(StaffRole.ADMINISTRATOR), Set.of());
		StaffMember validator = member("accueil" + suffix, Set.of(StaffRole.ACCOUNT_VALIDATOR), Set.of("citoyennete"));
		Citizen jean = this.citizens.pending("Jean", "Dupont");

		visit("/agent");
		signInAndEnrol(admin.getUsername(), PASSWORD);
		follow("Administration");
		follow("Personnel de la mairie");
		follow("Inviter une personne");
		String newcomer = "agent.ecole" + suffix;
		type("username", newcomer);
		type("email", newcomer + "@mairie.test");
		type("displayName", "Agent École");
		browser.findElement(By.id("role-AGENT")).click();
		browser.findElement(By.id("department-education")).click();
		press("Envoyer l’invitation");
		assertThat(pageText()).contains("L’invitation est envoyée à " + newcomer);
		press("Déconnexion");

		String mail = TestMail.plainText(this.mailbox.messages(newcomer + "@mairie.test").get(0));
		visit(Mailbox.linkPath(mail, "/agent/invitation/"));
		type("password", PASSWORD);
		type("confirmation", PASSWORD);
		press("Enregistrer mon mot de passe");
		assertThat(pageText()).contains("Votre mot de passe est enregistré");
		signInAndEnrol(newcomer, PASSWORD);
		assertThat(pageText()).contains("Éducation").doesNotContain("Comptes à valider");
		press("Déconnexion");

		signInAndEnrol(validator.getUsername(), PASSWORD);
		follow("Comptes à valider");
		follow(jean.getUsername());
		assertThat(pageText()).contains("Dupont", "Jean", "Doublons possibles");
		press("Valider le compte");
		assertThat(pageText()).contains("Le compte " + jean.getUsername() + " est validé");
		press("Déconnexion");

		visit("/connexion");
		type("username", jean.getUsername());
		type("password", Citizens.PASSWORD);
		press("Connexion");
		visit("/compte/foyer/enfants/ajouter");
		type("lastName", "Dupont");
		type("firstNames", "Léa");
		clickInPlace("input[name='sex'][value='F']");
		type("birthDate", "01/06/2017");
		press("Ajouter cet enfant");
		assertThat(pageText()).contains("Léa Dupont a été ajoutée aux enfants de votre foyer.");
	}

	private void signInAndEnrol(String username, String password) {
		assertThat(browser.getCurrentUrl()).contains("/agent/connexion");
		type("username", username);
		type("password", password);
		press("Connexion");
		assertThat(browser.getCurrentUrl()).endsWith("/agent/enrolement");
		String secret = find("#totp-secret").getText().replace(" ", "");
		assertThat(find("#totp-secret").getText()).matches("([A-Z2-7]{4} )+[A-Z2-7]{1,4}");
		type("code", TotpCodes.at(secret, this.clock.instant()));
		press("Activer");
		assertThat(browser.findElements(By.cssSelector(".recovery-codes li"))).hasSize(10);
		follow("J’ai noté mes codes");
		assertThat(browser.getCurrentUrl()).endsWith("/agent");
	}

	private StaffMember member(String username, Set<StaffRole> roles, Set<String> departments) {
		StaffMember member = new StaffMember(username, username + "@mairie.test", "Agent " + username, roles,
				departments, "test", this.clock.instant());
		member.choosePassword(this.encoder.encode(PASSWORD));
		return this.staff.save(member);
	}

}
