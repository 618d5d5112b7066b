package fr.comptecitoyen.notification;

import fr.comptecitoyen.support.Citizens;
import java.util.UUID;

import fr.comptecitoyen.account.Accounts;
import fr.comptecitoyen.notification.internal.OutboxRelay;
import fr.comptecitoyen.support.BrowserTest;
import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.TestMail;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Demo mode: the fictional commune, its demo citizens, and the demo mailbox where every
 * email the portal sent can be read, while nothing reaches a real mail server.
 */
@ActiveProfiles("demo")
class DemoModeBrowserTests extends BrowserTest {

	@Autowired
	Citizens citizens;

	@Autowired
	Accounts accounts;

	@Autowired
	OutboxRelay relay;

	@Test
	void demoCitizenSignsInWithThePrintedCredentials() {
		visit("/");
		assertThat(pageText()).contains("Val-d’Aubrac-sur-Mer");
		type("username", "camille.martin");
		type("password", "demo-citoyen-2026");
		press("Connexion");
		assertThat(pageText()).contains("Compte connecté : camille.martin");
	}

	@Test
	void everyEmailSentIsReadableInTheDemoMailboxAndNoneLeaves() {
		String email = "demo-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		Citizen account = this.citizens.pending().named("Camille", "Durand").email(email).create();
		this.accounts.validate(account.getId(), "Agent");
		this.relay.drain();
		assertThat(TestMail.to(email)).as("demo mode sends nothing by SMTP").isEmpty();

		visit("/demo/courriels");
		assertThat(pageText()).contains(email, "Votre compte a été validé", "Envoyé");
		clickAndWaitForTheNextPage(browser.findElement(By.partialLinkText("Votre compte a été validé")));
		assertAccessible();
		assertThat(pageText()).contains("Bonjour Madame Camille Durand,", "Votre compte a été validé par la mairie");

		follow("Voir la version mise en page");
		assertThat(browser.findElement(By.className("head")).getCssValue("font-weight")).isEqualTo("700");
	}

}
