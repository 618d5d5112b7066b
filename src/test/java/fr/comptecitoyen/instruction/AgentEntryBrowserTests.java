package fr.comptecitoyen.instruction;

import java.util.Set;
import java.util.UUID;

import fr.comptecitoyen.instruction.internal.StaffMember;
import fr.comptecitoyen.instruction.internal.StaffRepository;
import fr.comptecitoyen.security.TotpCodes;
import fr.comptecitoyen.support.BrowserTest;
import fr.comptecitoyen.support.Citizens;
import fr.comptecitoyen.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser, axe and the HTML checker on every page: an agent at the counter
 * enters a bulky-item pickup for someone without an account who will be answered by post
 * — first with nothing filled in (every problem listed, next to its field), then properly
 * — and lands on the recorded request, marked "Demande saisie au guichet".
 */
class AgentEntryBrowserTests extends BrowserTest {

	private static final String PASSWORD = "trois chevaux bleus dans la prairie";

	@Autowired
	StaffRepository staff;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	MutableClock clock;

	@Test
	void anAgentEntersARequestForSomeoneAtTheCounterAnsweredByPost() {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		StaffMember agent = new StaffMember("guichet" + suffix, "guichet" + suffix + "@mairie.test",
				"Agent Guichet " + suffix, Set.of(StaffRole.AGENT), Set.of("services-techniques"), "test",
				this.clock.instant());
		agent.choosePassword(this.encoder.encode(PASSWORD));
		this.staff.save(agent);

		visit("/agent");
		type("username", agent.getUsername());
		type("password", PASSWORD);
		press("Connexion");
		String secret = find("#totp-secret").getText().replace(" ", "");
		type("code", TotpCodes.at(secret, this.clock.instant()));
		press("Activer");
		follow("J’ai noté mes codes");

		visit("/agent/demandes");
		follow("Saisir une demande pour un usager");
		press("Commencer la saisie");
		assertThat(browser.findElements(By.cssSelector(".error-summary li"))).hasSize(2);
		assertThat(pageText()).contains("Choisissez la démarche", "Indiquez si la personne a un compte citoyen");

		new Select(find("#procedure")).selectByVisibleText("Enlèvement des encombrants");
		clickInPlace("#who-NO_ACCOUNT");
		type("lastName", "Durand");
		type("firstName", "Odette");
		type("postalAddress", "12 rue des Lilas\n34200 Sète");
		press("Commencer la saisie");
		assertThat(pageText()).contains("Pour Odette Durand, sans compte (réponse par courrier), au guichet.");

		type("f-address-line", Citizens.LINE);
		type("f-address-postcode", "34200");
		type("f-address-commune", "Sète");
		press("Suivant");
		new Select(find("#f-items-0-kind")).selectByVisibleText("Meuble");
		type("f-items-0-quantity", "2");
		press("Suivant");
		type("f-phone", Citizens.PHONE);
		clickInPlace("#f-commitment");
		press("Suivant");
		assertThat(pageText()).contains("Récapitulatif", "Type d’objet : Meuble");
		press("Enregistrer la demande");
		assertThat(pageText()).contains("La demande est enregistrée", "Demande saisie au guichet",
				"réponse par courrier", "12 rue des Lilas", "Accusé de réception (PDF)");

		// An unknown page of the staff side keeps the staff side's frame and way back.
		visit("/agent/saisies/inconnue");
		assertThat(pageText()).contains("Espace agents de la mairie", "Page introuvable")
			.doesNotContain("Mes Demandes");
		assertThat(find("main a.button").getAttribute("href")).endsWith("/agent");
	}

}
