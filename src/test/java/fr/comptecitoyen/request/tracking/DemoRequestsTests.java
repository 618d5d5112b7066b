package fr.comptecitoyen.request.tracking;

import java.util.List;

import fr.comptecitoyen.account.AccountSummary;
import fr.comptecitoyen.account.Profiles;
import fr.comptecitoyen.notification.Inbox;
import fr.comptecitoyen.request.CitizenRequests.Line;
import fr.comptecitoyen.request.CitizenRequests;
import fr.comptecitoyen.request.RequestFilter;
import fr.comptecitoyen.request.RequestStatus;
import fr.comptecitoyen.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Demo mode: camille.martin has requests in various statuses with their history, emails
 * and a pending reminder, once even after a second start.
 */
@PortalTest(properties = { "cc.demo.enabled=true", "cc.demo.password=demo-citoyen-2026" })
class DemoRequestsTests {

	@org.springframework.beans.factory.annotation.Autowired
	fr.comptecitoyen.support.Mailbox mailbox;

	@Autowired
	Profiles profiles;

	@Autowired
	CitizenRequests requests;

	@Autowired
	Inbox inbox;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	List<ApplicationRunner> runners;

	@Test
	void camilleHasRequestsInVariousStatusesEvenAfterASecondStart() throws Exception {
		ApplicationArguments none = new DefaultApplicationArguments();
		for (ApplicationRunner runner : this.runners) {
			runner.run(none);
		}
		AccountSummary camille = this.profiles.findByUsername("camille.martin").orElseThrow();
		List<Line> lines = this.requests.list(camille.id(), RequestFilter.none(), 1).lines();
		assertThat(lines).extracting(Line::status)
			.containsExactlyInAnyOrder(RequestStatus.ACCEPTED, RequestStatus.AWAITING_CITIZEN, RequestStatus.REFUSED,
					RequestStatus.SUBMITTED);
		assertThat(this.requests.members(camille.id())).hasSize(1);
		this.mailbox.drain();
		assertThat(this.inbox.messages(camille.id(), 50)).hasSizeGreaterThanOrEqualTo(8);
		assertThat(this.jdbc.queryForObject("select count(*) from reminder where account_id = ?", Integer.class,
				camille.id()))
			.isEqualTo(1);
		Line bulky = lines.stream().filter((l) -> l.procedureCode().equals("ENC")).findFirst().orElseThrow();
		assertThat(this.requests.find(camille.id(), bulky.reference()).timeline()).hasSize(4);
	}

}
