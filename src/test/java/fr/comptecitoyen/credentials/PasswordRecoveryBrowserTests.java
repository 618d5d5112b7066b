package fr.comptecitoyen.credentials;

import fr.comptecitoyen.support.BrowserTest;
import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import fr.comptecitoyen.support.Mailbox;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser, axe on every page: a citizen visits the credential pages, signs out,
 * uses "Mot de passe oublié ?", opens the emailed link, chooses a new password and signs
 * in with it.
 */
class PasswordRecoveryBrowserTests extends BrowserTest {

	@Autowired
	Citizens citizens;

	@Autowired
	Mailbox mailbox;

	private static final String NEW_PASSWORD = "une nouvelle phrase bien à moi";

	@Test
	void lostPasswordJourneyFromTheEmailedLinkToSigningInAgain() throws Exception {
		Citizen lucie = this.citizens.pending().named("Lucie", "Parcours").create();
		String username = lucie.username();
		String email = lucie.email();

		visit("/");
		signIn(username, Citizens.PASSWORD);
		assertThat(pageText()).contains("Compte connecté : " + username);
		for (String page : new String[] { "/compte/securite", "/compte/mot-de-passe", "/compte/donnees",
				"/compte/fermer", "/compte/securite/application" }) {
			visit(page);
		}
		press("Déconnexion");

		follow("Mot de passe oublié ?");
		type("identifier", username);
		press("Confirmer");
		assertThat(pageText()).contains("Si un compte correspond, un courriel vient d’être envoyé");

		String mail = this.mailbox.mails(email).get(0);
		String link = Mailbox.linkPath(mail, "/mot-de-passe-oublie/");
		visit(link);
		type("password", "court");
		type("confirmation", "court");
		press("Enregistrer");
		assertThat(pageText()).contains("au moins 12 caractères");
		type("password", NEW_PASSWORD);
		type("confirmation", NEW_PASSWORD);
		press("Enregistrer");
		assertThat(pageText()).contains("Votre mot de passe a été modifié");

		follow("Me connecter");
		signIn(username, NEW_PASSWORD);
		assertThat(pageText()).contains("Compte connecté : " + username);

		visit(link);
		assertThat(pageText()).contains("Ce lien ne fonctionne plus");
	}

}
