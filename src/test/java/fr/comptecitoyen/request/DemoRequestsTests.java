package fr.comptecitoyen.request;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import fr.comptecitoyen.account.internal.Account;
import fr.comptecitoyen.account.internal.AccountRepository;
import fr.comptecitoyen.notification.Inbox;
import fr.comptecitoyen.request.internal.HistoryEntry;
import fr.comptecitoyen.request.internal.Request;
import fr.comptecitoyen.request.internal.RequestRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The demo's requests are made by the code of real ones: their history follows the
 * lifecycle (no answer to a question never asked), every change that writes to the
 * citizen left its message in Mes messages, and the request awaiting the citizen shows
 * the answers it was sent with.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class DemoRequestsTests {

	/** The verbs whose event writes to the citizen (mail and Mes messages). */
	private static final Set<Transition> WRITING = EnumSet.of(Transition.SUBMIT, Transition.ASK_CITIZEN,
			Transition.CITIZEN_ANSWERS, Transition.ACCEPT, Transition.REFUSE, Transition.WITHDRAW,
			Transition.INFORMATION);

	@Autowired
	AccountRepository accounts;

	@Autowired
	RequestRepository requests;

	@Autowired
	Inbox inbox;

	@Autowired
	MockMvc mvc;

	@Autowired
	TransactionTemplate transaction;

	private Account camille() {
		return this.accounts.findByUsername("camille.martin").orElseThrow();
	}

	private List<Request> demoRequests() {
		return this.transaction.execute((status) -> {
			List<Request> all = this.requests.everythingOf(camille().getId());
			all.forEach((r) -> r.getHistory().size());
			return all;
		});
	}

	@Test
	void everyDemoAnswerFollowsAQuestionAndEveryChangeLeftItsMessage() {
		List<Request> sent = demoRequests().stream().filter((r) -> r.getStatus() != RequestStatus.DRAFT).toList();
		assertThat(sent).extracting(Request::getStatus)
			.containsExactlyInAnyOrder(RequestStatus.ACCEPTED, RequestStatus.AWAITING_CITIZEN, RequestStatus.REFUSED,
					RequestStatus.SUBMITTED);
		List<Inbox.Message> messages = this.inbox.messages(camille().getId(), 100);
		for (Request request : sent) {
			List<Transition> verbs = request.getHistory().stream().map(HistoryEntry::getVerb).toList();
			for (int i = 0; i < verbs.size(); i++) {
				if (verbs.get(i) == Transition.CITIZEN_ANSWERS) {
					assertThat(verbs.subList(0, i)).as("an answer follows a question").contains(Transition.ASK_CITIZEN);
				}
			}
			long expected = verbs.stream().filter(WRITING::contains).count();
			assertThat(messages.stream().filter((m) -> ("/demandes/" + request.getReference()).equals(m.path())))
				.as("messages of %s (%s)", request.getReference(), verbs)
				.hasSize((int) expected);
		}
	}

	@Test
	void theRequestAwaitingTheCitizenShowsTheAnswersItWasSentWith() throws Exception {
		Request awaiting = demoRequests().stream()
			.filter((r) -> r.getStatus() == RequestStatus.AWAITING_CITIZEN)
			.findFirst()
			.orElseThrow();
		Account camille = camille();
		String page = this.mvc
			.perform(get("/demandes/" + awaiting.getReference()).with(user(RequestCitizens.principal(camille))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Léa", "2026-2027", "Cours moyen 1 (CM1)", "École élémentaire Jules-Ferry", "Martin",
				camille.getEmail(), "12 rue des Lilas", "Merci d’apporter au guichet le carnet de santé");
		assertThat(page.split("Non renseigné", -1)).as("only the optional current school is left blank").hasSize(2);
	}

}
