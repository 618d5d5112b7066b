package fr.comptecitoyen.request;

import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;

import fr.comptecitoyen.request.internal.HistoryEntry;
import fr.comptecitoyen.request.internal.Request;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every allowed and refused move of the request lifecycle, and the history each one
 * writes.
 */
class RequestLifecycleTests {

	private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

	private static Request draft() {
		return new Request("ABCDEFGHJKLMNPQR", UUID.randomUUID(), null, "ENC", 1, "Enlèvement des encombrants",
				"services-techniques", "services-techniques", "{}", NOW);
	}

	private static Request submitted() {
		Request request = draft();
		request.submit("2026-ENC-8F3K2Q", "key", "camille.martin", NOW);
		return request;
	}

	@Test
	void draftIsSubmittedWithItsReferenceAndAFirstHistoryLine() {
		Request request = submitted();
		assertThat(request.getStatus()).isEqualTo(RequestStatus.SUBMITTED);
		assertThat(request.getReference()).isEqualTo("2026-ENC-8F3K2Q");
		assertThat(request.getSubmittedAt()).isEqualTo(NOW);
		assertThat(request.getHistory()).singleElement().satisfies((line) -> {
			assertThat(line.getFromStatus()).isEqualTo(RequestStatus.DRAFT);
			assertThat(line.getToStatus()).isEqualTo(RequestStatus.SUBMITTED);
			assertThat(line.getActor()).isEqualTo(HistoryEntry.Actor.CITIZEN);
		});
	}

	@Test
	void fullInstructionPathToAcceptance() {
		Request request = submitted();
		request.takeInCharge("Agent A", NOW);
		request.askCitizen("Agent A", "Merci d’apporter un justificatif", NOW);
		assertThat(request.getStatus()).isEqualTo(RequestStatus.AWAITING_CITIZEN);
		request.citizenAnswers("camille.martin", "Je passe jeudi", NOW);
		assertThat(request.getStatus()).isEqualTo(RequestStatus.IN_INSTRUCTION);
		request.accept("Agent A", "Enlèvement le 3 décembre", NOW);
		assertThat(request.getStatus()).isEqualTo(RequestStatus.ACCEPTED);
		assertThat(request.getDecision()).isEqualTo(RequestEvents.Decision.ACCEPTED);
		request.recordInformation("Agent A", "Sortez vos encombrants le 03/12/2026", NOW);
		request.close("Agent A", null, NOW);
		assertThat(request.getHistory()).extracting(HistoryEntry::getVerb)
			.containsExactly(HistoryEntry.Verb.SUBMIT, HistoryEntry.Verb.TAKE_IN_CHARGE, HistoryEntry.Verb.ASK_CITIZEN,
					HistoryEntry.Verb.CITIZEN_ANSWERS, HistoryEntry.Verb.ACCEPT, HistoryEntry.Verb.INFORMATION,
					HistoryEntry.Verb.CLOSE);
	}

	@Test
	void refusalNeedsAMotive() {
		Request request = submitted();
		assertThatThrownBy(() -> request.refuse("Agent A", " ", NOW)).isInstanceOf(IllegalArgumentException.class);
		assertThat(request.getStatus()).isEqualTo(RequestStatus.SUBMITTED);
		request.refuse("Agent A", "Hors périmètre de collecte", NOW);
		assertThat(request.getMotive()).isEqualTo("Hors périmètre de collecte");
	}

	@Test
	void citizenWithdrawsBeforeADecisionOnly() {
		Request request = submitted();
		request.withdraw("camille.martin", NOW);
		assertThat(request.getStatus()).isEqualTo(RequestStatus.WITHDRAWN);

		Request decided = submitted();
		decided.accept("Agent A", null, NOW);
		assertThatThrownBy(() -> decided.withdraw("camille.martin", NOW))
			.isInstanceOf(IllegalTransitionException.class);
	}

	@Test
	void draftCannotBeDecidedNorWithdrawnAndSubmittedRequestIsNotEditable() {
		Request request = draft();
		assertThatThrownBy(() -> request.accept("Agent", null, NOW)).isInstanceOf(IllegalTransitionException.class);
		assertThatThrownBy(() -> request.withdraw("x", NOW)).isInstanceOf(IllegalTransitionException.class);
		request.submit("2026-ENC-ZZZZZZ", "k", "x", NOW);
		assertThatThrownBy(() -> request.saveDraft("{}", 1, null, null, NOW))
			.isInstanceOf(IllegalTransitionException.class);
		assertThatThrownBy(() -> request.submit("2026-ENC-YYYYYY", "k2", "x", NOW))
			.isInstanceOf(IllegalTransitionException.class);
	}

	@ParameterizedTest
	@EnumSource(Transition.class)
	void eachVerbIsRefusedFromEveryStatusOutsideTheTable(Transition transition) {
		for (RequestStatus status : EnumSet.allOf(RequestStatus.class)) {
			boolean allowed = transition.allowedFrom(status);
			if (status.isFinal() && status != RequestStatus.ACCEPTED && status != RequestStatus.REFUSED) {
				assertThat(allowed).as("%s from final %s", transition, status).isFalse();
			}
		}
		assertThat(Transition.WITHDRAW.allowedFrom(RequestStatus.ACCEPTED)).isFalse();
		assertThat(Transition.CLOSE.allowedFrom(RequestStatus.ACCEPTED)).isTrue();
	}

}
