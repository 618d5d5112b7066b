package fr.comptecitoyen.request.tracking;

import java.util.List;
import java.util.Set;

import fr.comptecitoyen.account.AccountSummary;
import fr.comptecitoyen.account.CitizenPrincipal;
import fr.comptecitoyen.account.Profiles;
import fr.comptecitoyen.notification.Inbox;
import fr.comptecitoyen.request.CitizenRequests.Line;
import fr.comptecitoyen.request.CitizenRequests;
import fr.comptecitoyen.request.CitizenRequests.Event;
import fr.comptecitoyen.request.RequestFilter;
import fr.comptecitoyen.request.RequestStatus;
import fr.comptecitoyen.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Demo mode: camille.martin has requests in various statuses with their history, emails
 * and a pending reminder, once even after a second start. They are made by the code of
 * real requests: their history follows the lifecycle (no answer to a question never
 * asked), every change that writes to the citizen left its message in Mes messages, and
 * the request awaiting the citizen shows the answers it was sent with.
 */
@PortalTest(properties = { "cc.demo.enabled=true", "cc.demo.password=demo-citoyen-2026" })
class DemoRequestsTests {

	/** The verbs whose event writes to the citizen (mail and Mes messages). */
	private static final Set<String> WRITING = Set.of("SUBMIT", "ASK_CITIZEN", "CITIZEN_ANSWERS", "ACCEPT", "REFUSE",
			"WITHDRAW", "INFORMATION");

	@Autowired
	fr.comptecitoyen.support.Mailbox mailbox;

	@Autowired
	MockMvc mvc;

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
					RequestStatus.SUBMITTED, RequestStatus.SUBMITTED, RequestStatus.SUBMITTED, RequestStatus.SUBMITTED,
					RequestStatus.IN_INSTRUCTION, RequestStatus.IN_INSTRUCTION);
		assertThat(this.jdbc.queryForList("select distinct department from citizen_request where status = 'SUBMITTED'",
				String.class))
			.as("every department with a demo agent has new work in its queue")
			.contains("services-techniques", "education", "etat-civil");
		assertThat(lines).extracting(Line::procedureCode).contains("NAISSANCE");
		assertThat(this.jdbc.queryForObject("select count(*) from citizen_request r where assigned_name is null "
				+ "and exists (select 1 from request_history h where h.request_id = r.id and h.verb = 'TAKE_IN_CHARGE')",
				Integer.class))
			.as("a request taken in charge names who took it (never \"Personne\" after a prise en charge)")
			.isZero();
		assertThat(this.jdbc.queryForList(
				"select distinct s.username from citizen_request r join staff_member s "
						+ "on s.id = r.assigned_staff_id and s.display_name = r.assigned_name where r.account_id = ?",
				String.class, camille.id()))
			.as("the demo agents of each department took Camille's requests, as in the back office")
			.contains("agent.technique", "agent.education", "agent.etatcivil");
		assertThat(this.jdbc
			.queryForObject(
					"select count(*) from citizen_request where account_id is null and procedure_code = 'NAISSANCE' "
							+ "and visitor_email = 'paul.durand@example.org' and tracking_hash is not null",
					Integer.class))
			.as("the visitor's birth certificate, made once")
			.isEqualTo(1);
		assertThat(this.jdbc
			.queryForList("select r.status from citizen_request r join staff_member s on s.id = r.entered_by "
					+ "where s.username = 'agent.technique' and r.citizen_email is null and r.postal_address "
					+ "like '%34999%' and exists (select 1 from request_history h where h.request_id = r.id "
					+ "and h.verb = 'ASK_CITIZEN')", String.class))
			.as("a request entered on the phone for someone with only a postal address, asked a question by post, "
					+ "made once")
			.containsExactly("AWAITING_CITIZEN");
		assertThat(this.requests.members(camille.id())).hasSize(2);
		this.mailbox.drain();
		assertThat(this.inbox.messages(camille.id(), 50)).hasSizeGreaterThanOrEqualTo(8);
		assertThat(this.jdbc.queryForObject("select count(*) from reminder where account_id = ?", Integer.class,
				camille.id()))
			.isEqualTo(1);
		Line bulky = lines.stream()
			.filter((l) -> l.procedureCode().equals("ENC") && l.status() == RequestStatus.ACCEPTED)
			.findFirst()
			.orElseThrow();
		assertThat(this.requests.find(camille.id(), bulky.reference()).timeline()).hasSize(4);
	}

	@Test
	void everyDemoAnswerFollowsAQuestionAndEveryChangeLeftItsMessage() {
		this.mailbox.drain();
		AccountSummary camille = this.profiles.findByUsername("camille.martin").orElseThrow();
		List<Inbox.Message> messages = this.inbox.messages(camille.id(), 100);
		List<Line> lines = this.requests.list(camille.id(), RequestFilter.none(), 1).lines();
		assertThat(lines).hasSize(9);
		for (Line line : lines) {
			List<String> verbs = this.requests.find(camille.id(), line.reference())
				.timeline()
				.stream()
				.map(Event::verb)
				.toList();
			for (int i = 0; i < verbs.size(); i++) {
				if (verbs.get(i).equals("CITIZEN_ANSWERS")) {
					assertThat(verbs.subList(0, i)).as("an answer follows a question").contains("ASK_CITIZEN");
				}
			}
			assertThat(messages.stream().filter((m) -> ("/demandes/" + line.reference()).equals(m.path())))
				.as("messages of %s %s", line.reference(), verbs)
				.hasSize((int) verbs.stream().filter(WRITING::contains).count());
		}
	}

	@Test
	void theRequestAwaitingTheCitizenShowsTheAnswersItWasSentWith() throws Exception {
		AccountSummary camille = this.profiles.findByUsername("camille.martin").orElseThrow();
		Line awaiting = this.requests.list(camille.id(), RequestFilter.none(), 1)
			.lines()
			.stream()
			.filter((l) -> l.status() == RequestStatus.AWAITING_CITIZEN)
			.findFirst()
			.orElseThrow();
		String page = this.mvc
			.perform(get("/demandes/" + awaiting.reference())
				.with(user(new CitizenPrincipal(camille.id(), camille.username(), "{noop}x", true, false))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Léa", "2026-2027", "Cours moyen 1 (CM1)", "École élémentaire Jules-Ferry", "Martin",
				camille.email(), "12 rue des Lilas", "Merci d’apporter au guichet le carnet de santé");
		assertThat(page.split("Non renseigné", -1)).as("only the optional current school is left blank").hasSize(2);
	}

}
