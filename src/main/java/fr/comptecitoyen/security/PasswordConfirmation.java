package fr.comptecitoyen.security;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks the current password a signed-in citizen types to confirm a sensitive change
 * (new password, email address, authenticator app, closing the account), under the same
 * throttle as sign-in: guessing it there is no easier than at the sign-in box. For the
 * changes other than the password itself, a person with an authenticator app may type a
 * code of the app instead (SECURITY.md: re-authentication by the current password or the
 * second factor; OWASP ASVS 5.0 V6.4, V7.5).
 */
@Component
public class PasswordConfirmation {

	/**
	 * Six digits, spaces allowed: never a password (those have twelve characters or
	 * more).
	 */
	private static final Pattern APP_CODE = Pattern.compile("\\d{6}");

	private final PasswordEncoder encoder;

	private final SignInThrottle throttle;

	private final SecondFactorCredentials secondFactors;

	private final DecoyHash dummyHash;

	PasswordConfirmation(PasswordEncoder encoder, SignInThrottle throttle, SecondFactorCredentials secondFactors) {
		this.encoder = encoder;
		this.throttle = throttle;
		this.secondFactors = secondFactors;
		this.dummyHash = new DecoyHash(encoder);
	}

	/**
	 * Whether the typed password is the account's. Nothing typed is no attempt: false,
	 * neither checked nor counted (the form asks for the password).
	 * @param username the account's identifier (the throttle's key)
	 * @param typed what was typed
	 * @param hash the stored hash
	 * @param request the request, for the client address
	 */
	public boolean matches(String username, String typed, String hash, HttpServletRequest request) {
		if (typed == null || typed.isEmpty()) {
			return false;
		}
		String address = AuditLog.clientAddress(request);
		String candidate = typed;
		if (this.throttle.isBlocked(username)) {
			this.encoder.matches(candidate, this.dummyHash.get());
			return false;
		}
		if (this.encoder.matches(candidate, hash)) {
			this.throttle.succeeded(username);
			return true;
		}
		this.throttle.failed(username, address);
		return false;
	}

	/**
	 * Whether what was typed is the account's password or, when the person has an
	 * authenticator app, a current code of the app (spent once accepted). Failures of
	 * either count in the sign-in throttle.
	 * @param ownerId the account, whose app is looked for
	 * @param username the account's identifier (the throttle's key)
	 * @param typed the password or a six-digit code
	 * @param hash the stored password hash
	 * @param request the request, for the client address
	 */
	public boolean matchesPasswordOrCode(UUID ownerId, String username, String typed, String hash,
			HttpServletRequest request) {
		String code = (typed == null) ? "" : typed.replace(" ", "");
		if (!APP_CODE.matcher(code).matches() || !this.secondFactors.isEnrolled(ownerId)) {
			return matches(username, typed, hash, request);
		}
		String address = AuditLog.clientAddress(request);
		if (this.throttle.isBlocked(username)) {
			return false;
		}
		if (this.secondFactors.verifyAppCode(ownerId, code)) {
			this.throttle.succeeded(username);
			return true;
		}
		this.throttle.failed(username, address);
		return false;
	}

}
