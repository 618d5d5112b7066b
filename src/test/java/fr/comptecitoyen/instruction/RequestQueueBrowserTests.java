package fr.comptecitoyen.instruction;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import fr.comptecitoyen.instruction.internal.StaffMember;
import fr.comptecitoyen.instruction.internal.StaffRepository;
import fr.comptecitoyen.security.TotpCodes;
import fr.comptecitoyen.support.BrowserTest;
import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.MutableClock;
import fr.comptecitoyen.support.QueueData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser, axe on every page: an agent of the technical department signs in,
 * opens the queue, filters it by a citizen's name, takes the request in charge with the
 * bulk action, finds it in "Mes demandes en cours", then opens the dashboard.
 */
@Import(QueueData.class)
class RequestQueueBrowserTests extends BrowserTest {

	private static final String PASSWORD = "trois chevaux bleus dans la prairie";

	@Autowired
	StaffRepository staff;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	MutableClock clock;

	@Autowired
	QueueData data;

	@Test
	void anAgentFiltersTheQueueAndTakesARequestInChargeInBulk() {
		String username = "agent.voirie" + UUID.randomUUID().toString().substring(0, 6);
		StaffMember member = new StaffMember(username, username + "@mairie.test", "Agent Voirie",
				Set.of(StaffRole.AGENT), Set.of("services-techniques"), "test", this.clock.instant());
		member.choosePassword(this.encoder.encode(PASSWORD));
		this.staff.save(member);
		Citizen citizen = this.data.citizen("Hélène", "Parmentier");
		String request = this.data.one(citizen, "ENC", Instant.parse("2026-03-02T09:00:00Z"));

		visit("/agent");
		type("username", username);
		type("password", PASSWORD);
		press("Connexion");
		String secret = find("#totp-secret").getText().replace(" ", "");
		type("code", TotpCodes.at(secret, this.clock.instant()));
		press("Activer");
		follow("J’ai noté mes codes");

		follow("Demandes");
		type("q", "parmentier");
		press("Filtrer");
		assertThat(pageText()).contains(request, "Hélène Parmentier", "Une demande correspond");
		clickInPlace("#selection");
		clickInPlace("#action");
		press("Appliquer à la sélection");
		assertThat(pageText()).contains("Une demande prise en charge");
		follow("Mes demandes en cours");
		assertThat(pageText()).contains(request, "Prise en charge par Agent Voirie");
		follow("Tableau de bord");
		assertThat(pageText()).contains("Demandes par statut", "Délai de décision par démarche");
	}

}
