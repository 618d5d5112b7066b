package fr.comptecitoyen.account;

import java.time.Duration;
import java.util.UUID;

import fr.comptecitoyen.account.internal.AccountRepository;
import fr.comptecitoyen.support.BrowserTest;
import fr.comptecitoyen.support.Mailbox;
import fr.comptecitoyen.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole life of a new citizen account in a real browser, axe on every page: created
 * with the captcha, identifier shown, signed out, password lost and reset through the
 * emailed link, signed in again, household change refused while pending, account
 * validated by the town hall, household change accepted.
 */
class AccountJourneyBrowserTests extends BrowserTest {

	private static final String FIRST_PASSWORD = "cheval agrafe pile correcte";

	private static final String NEW_PASSWORD = "une toute nouvelle phrase secrète";

	@Autowired
	AccountRepository accounts;

	@Autowired
	Accounts decisions;

	@Autowired
	Mailbox mailbox;

	@Test
	void newCitizenFromRegistrationToAValidatedHousehold() throws Exception {
		String email = "parcours-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

		visit("/");
		follow("Créer mon compte");
		script("document.querySelector('input[name=civility][value=MADAME]').click()");
		type("lastName", "Le Goff");
		type("firstName", "Anaïs");
		type("birthDate", "14/02/1988");
		type("email", email);
		type("password", FIRST_PASSWORD);
		type("passwordConfirmation", FIRST_PASSWORD);
		script("document.getElementById('terms').click()");
		script("document.getElementById('captchaCheck').click()");
		new WebDriverWait(browser, Duration.ofSeconds(90)).until(
				(driver) -> !String.valueOf(script("return document.querySelector('input[name=captchaPayload]').value"))
					.isEmpty());
		press("Créer mon compte");
		String username = find("#identifiant").getText();
		assertThat(username).matches("anais\\.le-goff\\d*");
		assertThat(pageText()).contains("en attente de validation");

		this.mailbox.drain();
		MimeMessage welcome = TestMail.to(email).get(0);
		assertThat(TestMail.plainText(welcome)).contains(username);

		press("Déconnexion");
		follow("Mot de passe oublié ?");
		type("identifier", email);
		press("Confirmer");
		assertThat(pageText()).contains("Si un compte correspond, un courriel vient d’être envoyé");
		this.mailbox.drain();
		MimeMessage recovery = TestMail.to(email)
			.stream()
			.filter((mail) -> TestMail.plainText(mail).contains("/mot-de-passe-oublie/"))
			.findFirst()
			.orElseThrow();
		visit(Mailbox.linkPath(TestMail.plainText(recovery), "/mot-de-passe-oublie/"));
		type("password", NEW_PASSWORD);
		type("confirmation", NEW_PASSWORD);
		press("Enregistrer");
		assertThat(pageText()).contains("Votre mot de passe a été modifié");

		visit("/connexion");
		type("username", username);
		type("password", FIRST_PASSWORD);
		press("Connexion");
		assertThat(pageText()).contains("La connexion a échoué");
		type("password", NEW_PASSWORD);
		press("Connexion");
		assertThat(pageText()).contains("Compte connecté : " + username);

		visit("/compte");
		follow("Ajouter un enfant");
		assertThat(pageText()).contains("la personne ajoutée sera vérifiée par la mairie avec votre compte");

		fr.comptecitoyen.account.internal.Account account = this.accounts.findByUsername(username).orElseThrow();
		this.decisions.validate(account.getId(), "Agent");

		visit("/compte");
		follow("Ajouter un enfant");
		type("lastName", "Le Goff");
		type("firstNames", "Malo");
		script("document.querySelector('input[name=sex][value=M]').click()");
		type("birthDate", "03/09/2019");
		press("Ajouter cet enfant");
		assertThat(pageText()).contains("Malo Le Goff", "03/09/2019");
	}

}
