package fr.comptecitoyen.security;

import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The sign-in throttle and password check offered to other kinds of principal (staff):
 * counters per account (their own, apart from the citizens':
 * {@link SignInThrottle.Kind#STAFF}) and per client address (shared), the same hashing
 * and the same identical refusals as for citizens.
 */
@Component
public class SignInAttempts {

	private final SignInThrottle throttle;

	private final PasswordEncoder encoder;

	SignInAttempts(SignInThrottle throttle, PasswordEncoder encoder) {
		this.throttle = throttle;
		this.encoder = encoder;
	}

	/**
	 * A password check under the throttle, for one directory of principals. Every refusal
	 * is the same {@link SignInRefused}; older hash formats are upgraded through
	 * {@code rehash}.
	 */
	public AuthenticationProvider passwordProvider(UserDetailsService users, UserDetailsPasswordService rehash) {
		return new ThrottledAuthenticationProvider(users, this.throttle, SignInThrottle.Kind.STAFF, this.encoder, null,
				rehash);
	}

	/**
	 * Whether an attempt (password or code) for this identifier from this address is
	 * refused unchecked.
	 */
	public boolean isBlocked(String identifier, String address) {
		return this.throttle.isBlocked(SignInThrottle.Kind.STAFF, List.of(identifier), address);
	}

	/**
	 * Whether this identifier or this address is held back now, for the refused page.
	 * @param identifier the text typed, as it was typed
	 * @param address the client address
	 */
	public SignInHold hold(String identifier, String address) {
		return this.throttle.heldBack(SignInThrottle.Kind.STAFF, List.of(identifier), address).hold(address);
	}

	/** Counts a failed attempt (wrong password or wrong code) against both keys. */
	public void failed(String identifier, String address) {
		this.throttle.failed(SignInThrottle.Kind.STAFF, List.of(identifier), address);
	}

	/** A complete sign-in clears the identifier's failures. */
	public void succeeded(String identifier) {
		this.throttle.succeeded(SignInThrottle.Kind.STAFF, identifier);
	}

}
