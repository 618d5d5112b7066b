package fr.comptecitoyen.instruction;

import java.util.Set;
import java.util.UUID;

import fr.comptecitoyen.instruction.internal.StaffMember;
import fr.comptecitoyen.instruction.internal.StaffRepository;
import fr.comptecitoyen.request.RequestLifecycle;
import fr.comptecitoyen.security.TotpCodes;
import fr.comptecitoyen.support.BrowserTest;
import fr.comptecitoyen.support.MutableClock;
import fr.comptecitoyen.support.SubmittedRequests;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser, axe on every page: an agent who also validates accounts and
 * administers finds the request they took in charge in Mes demandes suivies (from the
 * staff home) and stops following it, opts in to the daily digest, sees the accounts
 * awaiting a correction, and gets every problem of an empty invitation at once.
 */
class FollowedRequestsBrowserTests extends BrowserTest {

	private static final String PASSWORD = "trois chevaux bleus dans la prairie";

	@Autowired
	StaffRepository staff;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationContext context;

	@Autowired
	RequestLifecycle lifecycle;

	@Test
	void anAgentFindsTheRequestsTheyFollowTheirPreferencesAndTheAccountsAwaitingCorrection() {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		StaffMember agent = new StaffMember("technique" + suffix, "technique" + suffix + "@mairie.test",
				"Agent Technique " + suffix,
				Set.of(StaffRole.AGENT, StaffRole.ACCOUNT_VALIDATOR, StaffRole.ADMINISTRATOR),
				Set.of("services-techniques"), "test", this.clock.instant());
		agent.choosePassword(this.encoder.encode(PASSWORD));
		this.staff.save(agent);
		String reference = this.context.getAutowireCapableBeanFactory()
			.createBean(SubmittedRequests.class)
			.bulkyItems();
		this.lifecycle.takeInCharge(reference, agent.getDisplayName());

		visit("/agent");
		type("username", agent.getUsername());
		type("password", PASSWORD);
		press("Connexion");
		String secret = find("#totp-secret").getText().replace(" ", "");
		type("code", TotpCodes.at(secret, this.clock.instant()));
		press("Activer");
		follow("J’ai noté mes codes");
		assertThat(pageText()).contains("1 demande suivie", "1 a changé depuis votre dernière consultation");

		follow("Mes demandes suivies");
		assertThat(pageText()).contains(reference, "Pas encore consultée");
		press("Ne plus suivre");
		assertThat(pageText()).contains("Vous ne suivez plus la demande " + reference, "Vous ne suivez aucune demande");

		visit("/agent");
		follow("Mes préférences");
		browser.findElement(By.id("digest")).click();
		press("Enregistrer mes préférences");
		assertThat(pageText()).contains("Vos préférences sont enregistrées");
		assertThat(browser.findElement(By.id("digest")).isSelected()).isTrue();

		visit("/agent/comptes");
		follow("En attente de correction");
		assertThat(pageText()).contains("Comptes en attente de correction");

		visit("/agent/admin/agents/inviter");
		press("Envoyer l’invitation");
		assertThat(browser.findElements(By.cssSelector(".error-summary li"))).hasSizeGreaterThanOrEqualTo(4);
	}

}
