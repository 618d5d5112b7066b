package fr.comptecitoyen.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Every password-hashing slot stayed taken longer than the bounded wait
 * ({@link HashingSettings#maxWait()}): the server is busy, not the password wrong. Shown
 * as the "réessayez" page with HTTP 503 (RFC 9110 §15.6.4) and a {@code Retry-After}
 * header, both on the sign-in form and on the pages that set a password. It is an
 * authentication exception so that the sign-in filter hands it to its failure handler
 * rather than to the container, and it is never counted as a failed attempt.
 */
@ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
public class PasswordHashingBusy extends AuthenticationServiceException {

	/** Seconds suggested in {@code Retry-After}. */
	public static final int RETRY_AFTER_SECONDS = 5;

	PasswordHashingBusy() {
		super("every password-hashing slot is taken");
	}

	/**
	 * Answers with the "réessayez" page: HTTP 503 and {@code Retry-After}
	 * ({@value #RETRY_AFTER_SECONDS} seconds), for the citizens' and the staff's sign-in
	 * forms alike.
	 * @param response the response, not yet committed
	 * @throws IOException when the error page cannot be sent
	 */
	public static void answer(HttpServletResponse response) throws IOException {
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
		response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
	}

}
