package fr.comptecitoyen.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A page that sets a password (account creation, password change or reset) when every
 * hashing slot stayed taken: the "réessayez" page with HTTP 503 and {@code Retry-After},
 * as on the sign-in form. What was typed is not kept: the person sends the form again.
 */
@ControllerAdvice
class HashingBusyAdvice {

	@ExceptionHandler(PasswordHashingBusy.class)
	void busy(HttpServletResponse response) throws IOException {
		PasswordHashingBusy.answer(response);
	}

}
