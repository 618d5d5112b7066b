package fr.comptecitoyen.request;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such request for this citizen: it does not exist or belongs to someone else (the
 * pages answer 404 either way).
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RequestNotFoundException extends RuntimeException {

	public RequestNotFoundException(String reference) {
		super("No request " + reference + " for this account");
	}

}
