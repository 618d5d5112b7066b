package fr.comptecitoyen.request;

import fr.comptecitoyen.support.Citizens;

import fr.comptecitoyen.support.BrowserTest;
import fr.comptecitoyen.support.Citizen;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor who clicks "Commencer" on a procedure that needs an account is offered to
 * sign in (or create an account), then lands on the procedure's first step, prefilled.
 */
class VisitorStartsAProcedureBrowserTests extends BrowserTest {

	@Autowired
	Citizens citizens;

	@Test
	void visitorSignsInFromTheAccountNeededPageAndComesBackToTheProcedure() {
		Citizen account = this.citizens.pending().named("Odile", "Visite").create();
		String username = account.username();

		visit("/services/encombrants");
		press("Commencer");
		assertThat(browser.getCurrentUrl()).contains("/compte-requis");
		assertThat(pageText()).contains("Cette démarche demande un Compte Citoyen");
		type("username", username);
		type("password", Citizens.PASSWORD);
		press("Connexion");
		assertThat(browser.getCurrentUrl()).endsWith("/demarches/ENC/nouvelle");
		press("Commencer");
		assertThat(browser.getCurrentUrl()).contains("/demarches/brouillons/");
		assertThat(pageText()).contains("Enlèvement des encombrants", "Compte connecté : " + username);
	}

}
