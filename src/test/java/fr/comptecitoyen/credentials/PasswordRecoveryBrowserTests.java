package fr.comptecitoyen.credentials;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import fr.comptecitoyen.account.Civility;
import fr.comptecitoyen.account.internal.Account;
import fr.comptecitoyen.account.internal.AccountRepository;
import fr.comptecitoyen.notification.internal.OutboxRelay;
import fr.comptecitoyen.support.BrowserTest;
import fr.comptecitoyen.support.TestMail;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser, axe on every page: a citizen visits the credential pages, signs out,
 * uses "Mot de passe oublié ?", opens the emailed link, chooses a new password and signs
 * in with it.
 */
class PasswordRecoveryBrowserTests extends BrowserTest {

	private static final String NEW_PASSWORD = "une nouvelle phrase bien à moi";

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	OutboxRelay relay;

	@Autowired
	Clock clock;

	@Test
	void lostPasswordJourneyFromTheEmailedLinkToSigningInAgain() throws Exception {
		String username = "lucie.parcours" + UUID.randomUUID().toString().substring(0, 6);
		String email = username + "@example.test";
		this.accounts.save(new Account(username, email, this.encoder.encode(Citizens.PASSWORD), Civility.MADAME,
				"Parcours", "Lucie", LocalDate.of(1990, 2, 3), this.clock.instant()));

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

		this.relay.drain();
		String mail = Citizens.textPart(TestMail.to(email).get(0));
		String link = Citizens.linkPath(mail, "/mot-de-passe-oublie/");
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

	private void signIn(String username, String password) {
		type("username", username);
		type("password", password);
		press("Connexion");
	}

}
