package fr.comptecitoyen.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks the current password a signed-in citizen types to confirm a sensitive change
 * (new password, removal of the authenticator app, closing the account), under the same
 * throttle as sign-in: guessing it there is no easier than at the sign-in box.
 */
@Component
public class PasswordConfirmation {

	private final PasswordEncoder encoder;

	private final SignInThrottle throttle;

	private final String dummyHash;

	PasswordConfirmation(PasswordEncoder encoder, SignInThrottle throttle) {
		this.encoder = encoder;
		this.throttle = throttle;
		this.dummyHash = encoder.encode("pas-un-vrai-mot-de-passe");
	}

	/**
	 * Whether the typed password is the account's.
	 * @param username the account's identifier (the throttle's key)
	 * @param typed what was typed
	 * @param hash the stored hash
	 * @param request the request, for the client address
	 */
	public boolean matches(String username, String typed, String hash, HttpServletRequest request) {
		String address = AuditLog.clientAddress(request);
		String candidate = (typed == null) ? "" : typed;
		if (this.throttle.isBlocked(username, address)) {
			this.encoder.matches(candidate, this.dummyHash);
			return false;
		}
		if (this.encoder.matches(candidate, hash)) {
			this.throttle.succeeded(username);
			return true;
		}
		this.throttle.failed(username, address);
		return false;
	}

}
