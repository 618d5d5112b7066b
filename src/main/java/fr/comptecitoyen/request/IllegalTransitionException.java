package fr.comptecitoyen.request;

/** A lifecycle verb used from a status that does not allow it. */
public class IllegalTransitionException extends IllegalStateException {

	private final Transition transition;

	private final RequestStatus from;

	public IllegalTransitionException(Transition transition, RequestStatus from) {
		super(transition + " is not allowed from " + from);
		this.transition = transition;
		this.from = from;
	}

	public Transition getTransition() {
		return this.transition;
	}

	public RequestStatus getFrom() {
		return this.from;
	}

}
