package fr.comptecitoyen.request;

/**
 * An agent acted on a request that another agent changed since the agent's page was shown
 * (optimistic locking): nothing was written. The page says "Cette demande vient d'être
 * modifiée par …" and keeps what the agent typed.
 */
public class RequestChangedException extends RuntimeException {

	private final String by;

	/**
	 * @param by the display name of who changed it last, or null when unknown
	 */
	public RequestChangedException(String by) {
		super("Request changed by " + by);
		this.by = by;
	}

	/** Who changed it last, or null when unknown. */
	public String getBy() {
		return this.by;
	}

}
