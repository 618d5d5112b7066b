package fr.comptecitoyen.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import fr.comptecitoyen.account.Accounts;
import fr.comptecitoyen.account.Civility;
import fr.comptecitoyen.account.internal.Account;
import fr.comptecitoyen.account.internal.AccountRepository;
import fr.comptecitoyen.notification.internal.OutboxRelay;
import fr.comptecitoyen.support.BrowserTest;
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
	Accounts accounts;

	@Autowired
	AccountRepository repository;

	@Autowired
	OutboxRelay relay;

	@Autowired
	Clock clock;

	@Test
	void demoCitizenSignsInWithThePrintedCredentials() {
		visit("/");
		assertThat(pageText()).contains("Val-d'Aubrac-sur-Mer");
		type("username", "camille.martin");
		type("password", "demo-citoyen-2026");
		press("Connexion");
		assertThat(pageText()).contains("Compte connecté : camille.martin");
	}

	@Test
	void everyEmailSentIsReadableInTheDemoMailboxAndNoneLeaves() {
		String email = "demo-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		Account account = this.repository.save(new Account("demo." + UUID.randomUUID().toString().substring(0, 6),
				email, "{noop}x", Civility.MONSIEUR, "Durand", "Paul", LocalDate.of(1970, 1, 1), this.clock.instant()));
		this.accounts.validate(account.getId());
		this.relay.drain();
		assertThat(TestMail.to(email)).as("demo mode sends nothing by SMTP").isEmpty();

		visit("/demo/courriels");
		assertThat(pageText()).contains(email, "Votre compte a été validé", "Envoyé");
		browser.findElement(By.partialLinkText("Votre compte a été validé")).click();
		assertAccessible();
		assertThat(pageText()).contains("Bonjour Monsieur Paul Durand,", "Votre compte a été validé par la mairie");

		follow("Voir la version mise en page");
		assertThat(browser.findElement(By.className("head")).getCssValue("font-weight")).isEqualTo("700");
	}

}
