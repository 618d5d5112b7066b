package fr.comptecitoyen.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import fr.comptecitoyen.request.RequestEvents.AnswerLine;
import fr.comptecitoyen.request.RequestEvents.CitizenAnswered;
import fr.comptecitoyen.request.RequestEvents.CitizenAsked;
import fr.comptecitoyen.request.RequestEvents.Decision;
import fr.comptecitoyen.request.RequestEvents.DecisionTaken;
import fr.comptecitoyen.request.RequestEvents.InformationSent;
import fr.comptecitoyen.request.RequestEvents.OpinionAsked;
import fr.comptecitoyen.request.RequestEvents.OpinionGiven;
import fr.comptecitoyen.request.RequestEvents.RequestAssigned;
import fr.comptecitoyen.request.RequestEvents.RequestClosed;
import fr.comptecitoyen.request.RequestEvents.RequestRef;
import fr.comptecitoyen.request.RequestEvents.RequestReopened;
import fr.comptecitoyen.request.RequestEvents.RequestSubmitted;
import fr.comptecitoyen.request.RequestEvents.RequestTakenInCharge;
import fr.comptecitoyen.request.RequestEvents.RequestWithdrawn;

import static fr.comptecitoyen.request.RequestStatus.ACCEPTED;
import static fr.comptecitoyen.request.RequestStatus.AWAITING_CITIZEN;
import static fr.comptecitoyen.request.RequestStatus.CLOSED;
import static fr.comptecitoyen.request.RequestStatus.DRAFT;
import static fr.comptecitoyen.request.RequestStatus.IN_INSTRUCTION;
import static fr.comptecitoyen.request.RequestStatus.REFUSED;
import static fr.comptecitoyen.request.RequestStatus.SUBMITTED;
import static fr.comptecitoyen.request.RequestStatus.WITHDRAWN;

/**
 * The one table of the request lifecycle: each verb, the statuses it may start from,
 * where it leads, and the event it raises. The history line a verb writes names the verb
 * itself (its constant is stored in {@code request_history.verb}). Nothing else changes a
 * request's status or decides which event goes with a change; {@link RequestStatus}'s
 * questions ({@code isFinal}, {@code isWithdrawable}, {@code acceptsInformation}) are
 * read from this table. The table is written out in {@code docs/lifecycles.md}.
 *
 * <p>
 * Some verbs are <em>internal</em> ({@link #isInternal()}): the department's own work
 * (assignment, opinions asked of another department). They write the history and raise
 * their event, but the citizen never sees them, neither on the request's page nor in the
 * personal data export.
 */
public enum Transition {

	/** The citizen sends the draft: the acknowledgement goes out. */
	SUBMIT(EnumSet.of(DRAFT), SUBMITTED, (f) -> new RequestSubmitted(f.request(), f.summary(), f.at(), f.toBring())),

	/** An agent takes the request in charge. */
	TAKE_IN_CHARGE(EnumSet.of(SUBMITTED), IN_INSTRUCTION,
			(f) -> new RequestTakenInCharge(f.request(), f.actor(), f.at())),

	/** The department asks the citizen for something. */
	ASK_CITIZEN(EnumSet.of(SUBMITTED, IN_INSTRUCTION), AWAITING_CITIZEN,
			(f) -> new CitizenAsked(f.request(), f.comment(), f.at())),

	/** The citizen answers what was asked. */
	CITIZEN_ANSWERS(EnumSet.of(AWAITING_CITIZEN), IN_INSTRUCTION,
			(f) -> new CitizenAnswered(f.request(), f.comment(), f.at())),

	/** Decision: accord. */
	ACCEPT(EnumSet.of(SUBMITTED, IN_INSTRUCTION, AWAITING_CITIZEN), ACCEPTED,
			(f) -> new DecisionTaken(f.request(), Decision.ACCEPTED, f.comment(), f.at())),

	/** Decision: refus, with its motive. */
	REFUSE(EnumSet.of(SUBMITTED, IN_INSTRUCTION, AWAITING_CITIZEN), REFUSED,
			(f) -> new DecisionTaken(f.request(), Decision.REFUSED, f.comment(), f.at())),

	/** Closed: after a decision, or without one (classement sans suite). */
	CLOSE(EnumSet.of(SUBMITTED, IN_INSTRUCTION, AWAITING_CITIZEN, ACCEPTED, REFUSED), CLOSED,
			(f) -> new RequestClosed(f.request(), f.comment(), f.at())),

	/** The citizen withdraws the request before a decision. */
	WITHDRAW(EnumSet.of(SUBMITTED, IN_INSTRUCTION, AWAITING_CITIZEN), WITHDRAWN,
			(f) -> new RequestWithdrawn(f.request(), f.at())),

	/**
	 * An information message from the department (possibly about a date): written to the
	 * history, the status stays. Also after an accord (e.g. the pickup day).
	 */
	INFORMATION(EnumSet.of(SUBMITTED, IN_INSTRUCTION, AWAITING_CITIZEN, ACCEPTED), null,
			(f) -> new InformationSent(f.request(), f.comment(), f.date(), f.at())),

	/**
	 * The request is given to an agent of its department (internal: the status stays).
	 */
	ASSIGN(EnumSet.of(SUBMITTED, IN_INSTRUCTION, AWAITING_CITIZEN), null,
			(f) -> new RequestAssigned(f.request(), f.actor(), f.target(), f.at()), true),

	/**
	 * The department asks another department for an opinion (avis): internal, the request
	 * stays with its department and its status stays.
	 */
	ASK_OPINION(EnumSet.of(SUBMITTED, IN_INSTRUCTION, AWAITING_CITIZEN), null,
			(f) -> new OpinionAsked(f.request(), f.actor(), f.target(), f.comment(), f.at()), true),

	/** The other department gives its opinion (internal, the status stays). */
	GIVE_OPINION(EnumSet.of(SUBMITTED, IN_INSTRUCTION, AWAITING_CITIZEN, ACCEPTED, REFUSED), null,
			(f) -> new OpinionGiven(f.request(), f.actor(), f.target(), f.comment(), f.at()), true),

	/**
	 * An administrator reopens a decided or closed request, with a reason: it goes back
	 * to instruction and its decision is forgotten.
	 */
	REOPEN(EnumSet.of(ACCEPTED, REFUSED, CLOSED), IN_INSTRUCTION,
			(f) -> new RequestReopened(f.request(), f.actor(), f.comment(), f.at()));

	private final Set<RequestStatus> from;

	private final RequestStatus to;

	private final Function<Facts, Object> event;

	private final boolean internal;

	Transition(Set<RequestStatus> from, RequestStatus to, Function<Facts, Object> event) {
		this(from, to, event, false);
	}

	Transition(Set<RequestStatus> from, RequestStatus to, Function<Facts, Object> event, boolean internal) {
		this.from = from;
		this.to = to;
		this.event = event;
		this.internal = internal;
	}

	/**
	 * Whether the verb is the department's internal work, never shown to the citizen
	 * (assignment, opinions).
	 */
	public boolean isInternal() {
		return this.internal;
	}

	/** Whether this verb is allowed from that status. */
	public boolean allowedFrom(RequestStatus status) {
		return this.from.contains(status);
	}

	/**
	 * The status the verb leads to from that one: its target, or the same status for a
	 * verb that records without moving ({@link #INFORMATION}).
	 * @throws IllegalTransitionException when the verb is not allowed from that status
	 */
	public RequestStatus target(RequestStatus status) {
		if (!allowedFrom(status)) {
			throw new IllegalTransitionException(this, status);
		}
		return (this.to != null) ? this.to : status;
	}

	/** Whether the verb changes the status (false for a message that only records). */
	public boolean moves() {
		return this.to != null;
	}

	/** The event this verb raises, built from the facts of one application of it. */
	public Object event(Facts facts) {
		return this.event.apply(facts);
	}

	/**
	 * What one application of a verb is about, for its event.
	 *
	 * @param request the request (with the address to write to)
	 * @param actor who acted: the agent's display name, or the citizen's username
	 * @param comment the message, motive or comment of the verb, or null
	 * @param date the date an information message is about, or null
	 * @param summary the answers as the citizen reads them (submission only, else empty)
	 * @param toBring the paper originals to bring to the counter (submission only, else
	 * empty)
	 * @param target whom the verb is about: the agent a request is assigned to, or the
	 * department an opinion is asked of or given by (else null)
	 * @param at when
	 */
	public record Facts(RequestRef request, String actor, String comment, LocalDate date, List<AnswerLine> summary,
			List<String> toBring, String target, Instant at) {
	}

}
