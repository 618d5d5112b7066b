package fr.comptecitoyen.request;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such request for this citizen: it does not exist or belongs to someone else (the
 * pages answer 404 either way).
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RequestNotFoundException extends RuntimeException {

	private final String reference;

	/**
	 * No such request.
	 * @param reference the reference asked for, or {@code null}
	 */
	public RequestNotFoundException(String reference) {
		super("No request " + reference + " for this account");
		this.reference = reference;
	}

	/** The reference asked for, or {@code null}. */
	public String reference() {
		return this.reference;
	}

}
