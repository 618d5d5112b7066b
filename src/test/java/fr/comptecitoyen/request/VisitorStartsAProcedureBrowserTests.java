package fr.comptecitoyen.request;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import fr.comptecitoyen.account.Civility;
import fr.comptecitoyen.account.internal.Account;
import fr.comptecitoyen.account.internal.AccountRepository;
import fr.comptecitoyen.support.BrowserTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor who clicks "Commencer" on a procedure that needs an account is offered to
 * sign in (or create an account), then lands on the procedure's first step, prefilled.
 */
class VisitorStartsAProcedureBrowserTests extends BrowserTest {

	private static final String PASSWORD = "des pommes et des poires";

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	Clock clock;

	@Test
	void visitorSignsInFromTheAccountNeededPageAndComesBackToTheProcedure() {
		String username = "odile.visite" + UUID.randomUUID().toString().substring(0, 6);
		Account account = new Account(username, username + "@example.org", this.encoder.encode(PASSWORD),
				Civility.MADAME, "Visite", "Odile", LocalDate.of(1970, 5, 5), this.clock.instant());
		this.accounts.save(account);

		visit("/services/encombrants");
		follow("Commencer");
		assertThat(browser.getCurrentUrl()).contains("/compte-requis");
		assertThat(pageText()).contains("Cette démarche demande un Compte Citoyen");
		type("username", username);
		type("password", PASSWORD);
		press("Connexion");
		assertThat(browser.getCurrentUrl()).contains("/demarches/brouillons/");
		assertThat(pageText()).contains("Enlèvement des encombrants", "Compte connecté : " + username);
	}

}
