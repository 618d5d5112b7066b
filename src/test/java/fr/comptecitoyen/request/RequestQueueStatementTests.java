package fr.comptecitoyen.request;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import fr.comptecitoyen.instruction.StaffMembers;
import fr.comptecitoyen.instruction.StaffRole;
import fr.comptecitoyen.instruction.StaffTest;
import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Client;
import fr.comptecitoyen.support.QueueData;
import fr.comptecitoyen.support.StatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page of the back-office queue costs the same number of SQL statements whatever its
 * size (no statement per row: labels and papers to bring come with the page).
 */
@StaffTest
@Import(QueueData.class)
class RequestQueueStatementTests {

	@Autowired
	StaffMembers staff;

	@Autowired
	QueueData data;

	@Test
	void aPageOfTenAndAPageOfAHundredCostTheSameStatements() throws Exception {
		Client small = this.staff.enrolled(this.staff.create(Set.of(StaffRole.AGENT), "education")).client();
		Client large = this.staff.enrolled(this.staff.create(Set.of(StaffRole.AGENT), "services-techniques")).client();
		Citizen citizen = this.data.citizen("Compte", "Requetes");
		Instant start = Instant.parse("2026-03-02T09:00:00Z");
		this.data.sent(citizen, "SCO", 10, start);
		this.data.sent(citizen, "ENC", 100, start);
		small.get("/agent/demandes");
		large.get("/agent/demandes");

		List<String> ten = count(small, "/agent/demandes?tri=recentes");
		List<String> hundred = count(large, "/agent/demandes?tri=recentes");
		assertThat(hundred).as("statements for a full page").hasSameSizeAs(ten);
		assertThat(hundred.stream().filter((sql) -> sql.contains("citizen_request"))).hasSize(2);
	}

	@Test
	void theQueueCostsTheSameStatementsWhateverTheNumberOfColleagues() throws Exception {
		Client agent = this.staff.enrolled(this.staff.create(Set.of(StaffRole.AGENT), "education")).client();
		Citizen citizen = this.data.citizen("Compte", "Collegues");
		this.data.sent(citizen, "SCO", 3, Instant.parse("2026-03-02T09:00:00Z"));
		agent.get("/agent/demandes");
		List<String> before = count(agent, "/agent/demandes?tri=recentes");
		for (int i = 0; i < 6; i++) {
			this.staff.create(Set.of(StaffRole.AGENT), "education", "services-techniques");
		}
		List<String> after = count(agent, "/agent/demandes?tri=recentes");
		assertThat(after).as("statements with six more colleagues: %s", after).hasSameSizeAs(before);
	}

	private List<String> count(Client client, String path) throws Exception {
		StatementCounter.start();
		String page = client.get(path).getResponse().getContentAsString();
		List<String> statements = StatementCounter.stop();
		assertThat(page).contains("Demandes");
		return statements;
	}

}
