package fr.comptecitoyen.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.comptecitoyen.request.RequestEvents.AnswerLine;
import fr.comptecitoyen.request.RequestEvents.CitizenAnswered;
import fr.comptecitoyen.request.RequestEvents.CitizenAsked;
import fr.comptecitoyen.request.RequestEvents.DecisionTaken;
import fr.comptecitoyen.request.RequestEvents.InformationSent;
import fr.comptecitoyen.request.RequestEvents.OpinionAsked;
import fr.comptecitoyen.request.RequestEvents.OpinionGiven;
import fr.comptecitoyen.request.RequestEvents.RequestAssigned;
import fr.comptecitoyen.request.RequestEvents.RequestClosed;
import fr.comptecitoyen.request.RequestEvents.RequestReopened;
import fr.comptecitoyen.request.RequestEvents.RequestSubmitted;
import fr.comptecitoyen.request.RequestEvents.RequestTakenInCharge;
import fr.comptecitoyen.request.RequestEvents.RequestWithdrawn;
import fr.comptecitoyen.request.internal.HistoryEntry;
import fr.comptecitoyen.request.internal.Request;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The request lifecycle, driven through the aggregate: a literal matrix of every status ×
 * verb (allowed and where it leads, or refused), the event each verb registers, and the
 * history it writes. Changing any cell of {@link Transition} breaks this test.
 */
class RequestLifecycleTests {

	private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

	private static final String EMAIL = "camille.martin@example.org";

	/**
	 * Row: the status the request is in; column: the verb; cell: the status after, or -.
	 */
	private static final String MATRIX = """
			status            SUBMIT     TAKE_IN_CHARGE  ASK_CITIZEN       CITIZEN_ANSWERS  ACCEPT    REFUSE    CLOSE   WITHDRAW   INFORMATION       ASSIGN            ASK_OPINION       GIVE_OPINION      REOPEN
			DRAFT             SUBMITTED  -               -                 -                -         -         -       -          -                 -                 -                 -                 -
			SUBMITTED         -          IN_INSTRUCTION  AWAITING_CITIZEN  -                ACCEPTED  REFUSED   CLOSED  WITHDRAWN  SUBMITTED         SUBMITTED         SUBMITTED         SUBMITTED         -
			IN_INSTRUCTION    -          -               AWAITING_CITIZEN  -                ACCEPTED  REFUSED   CLOSED  WITHDRAWN  IN_INSTRUCTION    IN_INSTRUCTION    IN_INSTRUCTION    IN_INSTRUCTION    -
			AWAITING_CITIZEN  -          -               -                 IN_INSTRUCTION   ACCEPTED  REFUSED   CLOSED  WITHDRAWN  AWAITING_CITIZEN  AWAITING_CITIZEN  AWAITING_CITIZEN  AWAITING_CITIZEN  -
			ACCEPTED          -          -               -                 -                -         -         CLOSED  -          ACCEPTED          -                 -                 ACCEPTED          IN_INSTRUCTION
			REFUSED           -          -               -                 -                -         -         CLOSED  -          -                 -                 -                 REFUSED           IN_INSTRUCTION
			CLOSED            -          -               -                 -                -         -         -       -          -                 -                 -                 -                 IN_INSTRUCTION
			WITHDRAWN         -          -               -                 -                -         -         -       -          -                 -                 -                 -                 -
			""";

	private static Request draft() {
		return new Request("ABCDEFGHJKLMNPQR", UUID.randomUUID(), null, "ENC", 1, "Enlèvement des encombrants",
				"services-techniques", "services-techniques", "{}", NOW);
	}

	private static Request submitted() {
		Request request = draft();
		request.submit("2026-ENC-8F3K2Q", "key", "camille.martin", EMAIL, List.of(new AnswerLine("Objet", "Meuble")),
				List.of(), NOW);
		return request;
	}

	/** A request brought to that status through the verbs. */
	private static Request in(RequestStatus status) {
		if (status == RequestStatus.DRAFT) {
			return draft();
		}
		Request request = submitted();
		switch (status) {
			case IN_INSTRUCTION -> request.takeInCharge("Agent A", EMAIL, NOW);
			case AWAITING_CITIZEN -> request.askCitizen("Agent A", "Une pièce ?", EMAIL, NOW);
			case ACCEPTED -> request.accept("Agent A", null, EMAIL, NOW);
			case REFUSED -> request.refuse("Agent A", "Hors périmètre", EMAIL, NOW);
			case CLOSED -> request.close("Agent A", null, EMAIL, NOW);
			case WITHDRAWN -> request.withdraw("camille.martin", EMAIL, NOW);
			default -> {
			}
		}
		assertThat(request.getStatus()).isEqualTo(status);
		return request;
	}

	/** Applies one verb of the table through the aggregate's method for it. */
	private static void apply(Request request, Transition verb) {
		switch (verb) {
			case SUBMIT -> request.submit("2026-ENC-ZZZZZZ", "k2", "camille.martin", EMAIL, List.of(), List.of(), NOW);
			case TAKE_IN_CHARGE -> request.takeInCharge("Agent B", EMAIL, NOW);
			case ASK_CITIZEN -> request.askCitizen("Agent B", "Merci d’apporter un justificatif", EMAIL, NOW);
			case CITIZEN_ANSWERS -> request.citizenAnswers("camille.martin", "Je passe jeudi", EMAIL, NOW);
			case ACCEPT -> request.accept("Agent B", "Enlèvement le 3 décembre", EMAIL, NOW);
			case REFUSE -> request.refuse("Agent B", "Hors périmètre de collecte", EMAIL, NOW);
			case CLOSE -> request.close("Agent B", "Classée", EMAIL, NOW);
			case WITHDRAW -> request.withdraw("camille.martin", EMAIL, NOW);
			case INFORMATION ->
				request.sendInformation("Agent B", "Passage le 03/12", LocalDate.of(2026, 12, 3), EMAIL, NOW);
			case ASSIGN -> request.assign("Agent B", UUID.randomUUID(), "Agent C", EMAIL, NOW);
			case ASK_OPINION -> request.askOpinion("Agent B", "education", "Votre avis ?", EMAIL, NOW);
			case GIVE_OPINION -> request.giveOpinion("Agent E", "education", "Favorable", EMAIL, NOW);
			case REOPEN -> request.reopen("Admin", "Erreur de saisie", EMAIL, NOW);
		}
	}

	private static Map<RequestStatus, Map<Transition, String>> matrix() {
		List<String> lines = MATRIX.lines().filter((l) -> !l.isBlank()).toList();
		List<Transition> verbs = Arrays.stream(lines.get(0).trim().split("\\s+"))
			.skip(1)
			.map(Transition::valueOf)
			.toList();
		assertThat(verbs).as("every verb has a column").containsExactlyInAnyOrder(Transition.values());
		Map<RequestStatus, Map<Transition, String>> cells = new EnumMap<>(RequestStatus.class);
		for (String line : lines.subList(1, lines.size())) {
			String[] parts = line.trim().split("\\s+");
			Map<Transition, String> row = new EnumMap<>(Transition.class);
			for (int i = 0; i < verbs.size(); i++) {
				row.put(verbs.get(i), parts[i + 1]);
			}
			cells.put(RequestStatus.valueOf(parts[0]), row);
		}
		assertThat(cells.keySet()).as("every status has a row").containsExactlyInAnyOrder(RequestStatus.values());
		return cells;
	}

	@Test
	void everyStatusAndVerbDoesWhatTheMatrixSays() {
		matrix().forEach((status, row) -> row.forEach((verb, expected) -> {
			Request request = in(status);
			int history = request.getHistory().size();
			int events = request.pendingEvents().size();
			if (expected.equals("-")) {
				assertThatThrownBy(() -> apply(request, verb)).as("%s from %s", verb, status)
					.isInstanceOf(IllegalTransitionException.class);
				assertThat(request.getStatus()).isEqualTo(status);
				assertThat(request.getHistory()).hasSize(history);
				assertThat(request.pendingEvents()).as("no event for a refused verb").hasSize(events);
				assertThat(verb.allowedFrom(status)).isFalse();
			}
			else {
				apply(request, verb);
				assertThat(request.getStatus()).as("%s from %s", verb, status)
					.isEqualTo(RequestStatus.valueOf(expected));
				HistoryEntry line = request.getHistory().get(history);
				assertThat(line.getVerb()).isEqualTo(verb);
				assertThat(line.getFromStatus()).isEqualTo(status);
				assertThat(line.getToStatus()).isEqualTo(RequestStatus.valueOf(expected));
				assertThat(request.pendingEvents()).as("one event per verb").hasSize(events + 1);
			}
		}));
	}

	@Test
	void statusQuestionsReadTheTable() {
		assertThat(Arrays.stream(RequestStatus.values()).filter(RequestStatus::isFinal)).containsExactly(
				RequestStatus.ACCEPTED, RequestStatus.REFUSED, RequestStatus.CLOSED, RequestStatus.WITHDRAWN);
		assertThat(Arrays.stream(RequestStatus.values()).filter(RequestStatus::isWithdrawable))
			.containsExactly(RequestStatus.SUBMITTED, RequestStatus.IN_INSTRUCTION, RequestStatus.AWAITING_CITIZEN);
		assertThat(Arrays.stream(RequestStatus.values()).filter(RequestStatus::acceptsInformation)).containsExactly(
				RequestStatus.SUBMITTED, RequestStatus.IN_INSTRUCTION, RequestStatus.AWAITING_CITIZEN,
				RequestStatus.ACCEPTED);
	}

	@ParameterizedTest
	@EnumSource(Transition.class)
	void eachVerbRegistersItsOwnEventWithTheFactsOfTheChange(Transition verb) {
		Request request = in((verb == Transition.SUBMIT) ? RequestStatus.DRAFT
				: (verb == Transition.CITIZEN_ANSWERS) ? RequestStatus.AWAITING_CITIZEN
						: (verb == Transition.REOPEN) ? RequestStatus.ACCEPTED : RequestStatus.SUBMITTED);
		apply(request, verb);
		Object event = request.pendingEvents().get(request.pendingEvents().size() - 1);
		Class<?> expected = switch (verb) {
			case SUBMIT -> RequestSubmitted.class;
			case TAKE_IN_CHARGE -> RequestTakenInCharge.class;
			case ASK_CITIZEN -> CitizenAsked.class;
			case CITIZEN_ANSWERS -> CitizenAnswered.class;
			case ACCEPT, REFUSE -> DecisionTaken.class;
			case CLOSE -> RequestClosed.class;
			case WITHDRAW -> RequestWithdrawn.class;
			case INFORMATION -> InformationSent.class;
			case ASSIGN -> RequestAssigned.class;
			case ASK_OPINION -> OpinionAsked.class;
			case GIVE_OPINION -> OpinionGiven.class;
			case REOPEN -> RequestReopened.class;
		};
		assertThat(event).isInstanceOf(expected);
		assertThat(event).hasFieldOrPropertyWithValue("request.reference", request.getReference())
			.hasFieldOrPropertyWithValue("request.email", EMAIL)
			.hasFieldOrPropertyWithValue("request.accountId", request.getAccountId())
			.hasFieldOrPropertyWithValue("at", NOW);
		if (event instanceof DecisionTaken decision) {
			assertThat(decision.decision().name()).isEqualTo(verb.name().equals("ACCEPT") ? "ACCEPTED" : "REFUSED");
		}
		if (event instanceof CitizenAsked asked) {
			assertThat(asked.message()).isEqualTo("Merci d’apporter un justificatif");
		}
		if (event instanceof InformationSent info) {
			assertThat(info.date()).isEqualTo(LocalDate.of(2026, 12, 3));
		}
		if (event instanceof RequestTakenInCharge taken) {
			assertThat(taken.agent()).isEqualTo("Agent B");
		}
	}

	@Test
	void submissionCarriesTheAnswersAndAVisitorsRequestWritesToItsOwnAddress() {
		Request request = submitted();
		assertThat(request.pendingEvents()).singleElement()
			.isInstanceOfSatisfying(RequestSubmitted.class,
					(e) -> assertThat(e.summary()).containsExactly(new AnswerLine("Objet", "Meuble")));
		Request visitor = new Request("VISITORABCDEFGHJ", null, "visiteur@example.org", "EC", 1, "Acte", "etat-civil",
				"etat-civil", "{}", NOW);
		visitor.submit("2026-EC-AAAAAA", "kv", "visiteur", "ignored@example.org", List.of(), List.of(), NOW);
		assertThat(visitor.pendingEvents()).singleElement()
			.hasFieldOrPropertyWithValue("request.email", "visiteur@example.org");
	}

	@Test
	void draftIsSubmittedWithItsReferenceAndAFirstHistoryLine() {
		Request request = submitted();
		assertThat(request.getReference()).isEqualTo("2026-ENC-8F3K2Q");
		assertThat(request.getSubmittedAt()).isEqualTo(NOW);
		assertThat(request.getHistory()).singleElement().satisfies((line) -> {
			assertThat(line.getVerb()).isEqualTo(Transition.SUBMIT);
			assertThat(line.getActor()).isEqualTo(HistoryEntry.Actor.CITIZEN);
		});
	}

	@Test
	void refusalNeedsAMotiveAndRegistersNothingWithout() {
		Request request = submitted();
		assertThatThrownBy(() -> request.refuse("Agent A", " ", EMAIL, NOW))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(request.getStatus()).isEqualTo(RequestStatus.SUBMITTED);
		assertThat(request.pendingEvents()).hasSize(1);
		request.refuse("Agent A", "Hors périmètre de collecte", EMAIL, NOW);
		assertThat(request.getMotive()).isEqualTo("Hors périmètre de collecte");
	}

	@Test
	void reopeningNeedsAReasonAndForgetsTheDecision() {
		Request request = in(RequestStatus.REFUSED);
		assertThatThrownBy(() -> request.reopen("Admin", " ", EMAIL, NOW)).isInstanceOf(IllegalArgumentException.class);
		assertThat(request.getStatus()).isEqualTo(RequestStatus.REFUSED);
		request.reopen("Admin", "Motif erroné", EMAIL, NOW);
		assertThat(request.getDecision()).isNull();
		assertThat(request.getMotive()).isNull();
		assertThat(request.getDecidedAt()).isNull();
	}

	@Test
	void onlyTheDepartmentsOwnWorkIsInternal() {
		assertThat(Arrays.stream(Transition.values()).filter(Transition::isInternal)).containsExactly(Transition.ASSIGN,
				Transition.ASK_OPINION, Transition.GIVE_OPINION);
	}

	@Test
	void assignmentAndTakingInChargeNameTheAssignee() {
		Request request = submitted();
		UUID agentA = UUID.randomUUID();
		UUID agentC = UUID.randomUUID();
		request.takeInCharge(agentA, "Agent A", EMAIL, NOW);
		assertThat(request.getAssignedStaffId()).isEqualTo(agentA);
		request.assign("Agent A", agentC, "Agent C", EMAIL, NOW);
		assertThat(request.getAssignedStaffId()).isEqualTo(agentC);
		assertThat(request.getAssignedName()).isEqualTo("Agent C");
		assertThat(request.getHistory().get(request.getHistory().size() - 1).getTarget()).isEqualTo("Agent C");
	}

	@Test
	void sentRequestIsNoLongerEditableNorSentAgain() {
		Request request = submitted();
		assertThatThrownBy(() -> request.saveDraft("{}", 1, null, null, NOW))
			.isInstanceOf(IllegalTransitionException.class);
		assertThatThrownBy(() -> request.submit("2026-ENC-YYYYYY", "k2", "x", EMAIL, List.of(), List.of(), NOW))
			.isInstanceOf(IllegalTransitionException.class);
		assertThat(request.getReference()).isEqualTo("2026-ENC-8F3K2Q");
	}

}
