package fr.comptecitoyen.request;

/**
 * Where a request stands. Moves only through the verbs of the request aggregate, checked
 * against {@link Transition}'s single table.
 */
public enum RequestStatus {

	/** Being filled in by the citizen (brouillon); not visible to staff. */
	DRAFT,

	/** Sent by the citizen, acknowledged, waiting for the department to take it. */
	SUBMITTED,

	/** Taken in charge by an agent of the department. */
	IN_INSTRUCTION,

	/**
	 * The department asked the citizen for something (information, papers at the
	 * counter).
	 */
	AWAITING_CITIZEN,

	/** Decision: accord. */
	ACCEPTED,

	/** Decision: refus, with a motive. */
	REFUSED,

	/** Closed without a decision being needed, or archived after one. */
	CLOSED,

	/** Withdrawn by the citizen before any decision. */
	WITHDRAWN;

	/**
	 * Whether the request has reached an end: it is past its draft and can no longer be
	 * decided (read from {@link Transition}: neither {@code SUBMIT} nor {@code ACCEPT} is
	 * allowed from it).
	 */
	public boolean isFinal() {
		return !Transition.SUBMIT.allowedFrom(this) && !Transition.ACCEPT.allowedFrom(this);
	}

	/** Whether the citizen may still withdraw it ({@link Transition#WITHDRAW}). */
	public boolean isWithdrawable() {
		return Transition.WITHDRAW.allowedFrom(this);
	}

	/**
	 * Whether the department may send an information message on it
	 * ({@link Transition#INFORMATION}).
	 */
	public boolean acceptsInformation() {
		return Transition.INFORMATION.allowedFrom(this);
	}

}
