package fr.comptecitoyen.request;

import java.util.EnumSet;
import java.util.Set;

import static fr.comptecitoyen.request.RequestStatus.ACCEPTED;
import static fr.comptecitoyen.request.RequestStatus.AWAITING_CITIZEN;
import static fr.comptecitoyen.request.RequestStatus.CLOSED;
import static fr.comptecitoyen.request.RequestStatus.DRAFT;
import static fr.comptecitoyen.request.RequestStatus.IN_INSTRUCTION;
import static fr.comptecitoyen.request.RequestStatus.REFUSED;
import static fr.comptecitoyen.request.RequestStatus.SUBMITTED;
import static fr.comptecitoyen.request.RequestStatus.WITHDRAWN;

/**
 * The one table of the request lifecycle: each verb, the statuses it may start from, and
 * where it leads. Nothing else changes a request's status.
 */
public enum Transition {

	/** The citizen sends the draft. */
	SUBMIT(EnumSet.of(DRAFT), SUBMITTED),

	/** An agent takes the request in charge. */
	TAKE_IN_CHARGE(EnumSet.of(SUBMITTED), IN_INSTRUCTION),

	/** The department asks the citizen for something. */
	ASK_CITIZEN(EnumSet.of(SUBMITTED, IN_INSTRUCTION), AWAITING_CITIZEN),

	/** The citizen answers what was asked. */
	CITIZEN_ANSWERS(EnumSet.of(AWAITING_CITIZEN), IN_INSTRUCTION),

	/** Decision: accord. */
	ACCEPT(EnumSet.of(SUBMITTED, IN_INSTRUCTION, AWAITING_CITIZEN), ACCEPTED),

	/** Decision: refus, with its motive. */
	REFUSE(EnumSet.of(SUBMITTED, IN_INSTRUCTION, AWAITING_CITIZEN), REFUSED),

	/** Closed: after a decision, or without one (classement sans suite). */
	CLOSE(EnumSet.of(SUBMITTED, IN_INSTRUCTION, AWAITING_CITIZEN, ACCEPTED, REFUSED), CLOSED),

	/** The citizen withdraws the request before a decision. */
	WITHDRAW(EnumSet.of(SUBMITTED, IN_INSTRUCTION, AWAITING_CITIZEN), WITHDRAWN);

	private final Set<RequestStatus> from;

	private final RequestStatus to;

	Transition(Set<RequestStatus> from, RequestStatus to) {
		this.from = from;
		this.to = to;
	}

	/** Whether this verb is allowed from that status. */
	public boolean allowedFrom(RequestStatus status) {
		return this.from.contains(status);
	}

	/** The status the verb leads to. */
	public RequestStatus target() {
		return this.to;
	}

}
