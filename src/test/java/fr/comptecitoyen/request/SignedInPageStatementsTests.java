package fr.comptecitoyen.request;

import java.util.List;

import fr.comptecitoyen.request.internal.RequestRepository;
import fr.comptecitoyen.request.internal.Submission;
import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import fr.comptecitoyen.support.Client;
import fr.comptecitoyen.support.Pages;
import fr.comptecitoyen.support.PortalTest;
import fr.comptecitoyen.support.StatementCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accueil and Mes demandes of a signed-in citizen, through the real session store and
 * security chain: a handful of SQL statements per page, the same for two requests as for
 * twelve, and the session read once and written at most once (its last access time).
 */
@PortalTest
class SignedInPageStatementsTests {

	@Autowired
	Citizens citizens;

	@Autowired
	Pages pages;

	@Autowired
	RequestRepository requests;

	@Autowired
	Submission submission;

	DraftSteps steps;

	@BeforeEach
	void steps() {
		this.steps = new DraftSteps(this.pages, this.requests);
	}

	@Test
	void accueilAndMesDemandesCostAFewStatementsWhateverTheNumberOfRequests() throws Exception {
		Citizen few = this.citizens.validated().withAddress().create();
		Citizen many = this.citizens.validated().withAddress().create();
		send(few, 2);
		send(many, 12);
		Client fewClient = this.citizens.signedIn(few);
		Client manyClient = this.citizens.signedIn(many);
		for (String path : List.of("/", "/demandes")) {
			fewClient.get(path);
			manyClient.get(path);
			List<String> one = count(fewClient, path);
			List<String> twelve = count(manyClient, path);
			assertThat(twelve).as("%s with twelve requests: %s", path, twelve).hasSameSizeAs(one);
			assertThat(one).as("%s: %s", path, one).hasSizeLessThanOrEqualTo(8);
			assertThat(one).as("the session is read once on %s: %s", path, one)
				.filteredOn((sql) -> sql.toUpperCase().startsWith("SELECT")
						&& sql.toUpperCase().contains("FROM SPRING_SESSION"))
				.hasSize(1);
			assertThat(one).as("the session is written at most once on %s: %s", path, one)
				.filteredOn(
						(sql) -> sql.toUpperCase().matches("(?s)^(UPDATE|INSERT INTO|DELETE FROM) SPRING_SESSION.*"))
				.hasSizeLessThanOrEqualTo(1);
		}
	}

	private void send(Citizen citizen, int howMany) throws Exception {
		for (int i = 0; i < howMany; i++) {
			String id = this.steps.start(citizen, "ENC");
			this.steps.fillBulkyItems(citizen, id);
			this.steps.send(citizen, id, this.submission.newKey());
		}
	}

	private static List<String> count(Client client, String path) throws Exception {
		StatementCounter.start();
		MvcResult result = client.get(path);
		List<String> statements = StatementCounter.stop();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return statements;
	}

}
