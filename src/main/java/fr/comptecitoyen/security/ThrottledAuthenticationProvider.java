package fr.comptecitoyen.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks passwords under the throttle. Every refusal is the same
 * {@link BadCredentialsException} whether the identifier is unknown, blocked or the
 * password wrong, and costs one password hash (a dummy one when nothing is checked), so
 * that neither the answer nor its timing tells which. A right password does not clear the
 * failures: the sign-in is not complete while a second factor is awaited.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final SignInThrottle throttle;

	private final PasswordEncoder encoder;

	private final String dummyHash;

	ThrottledAuthenticationProvider(DaoAuthenticationProvider passwords, SignInThrottle throttle,
			PasswordEncoder encoder) {
		this.passwords = passwords;
		this.throttle = throttle;
		this.encoder = encoder;
		this.dummyHash = encoder.encode("pas-un-vrai-mot-de-passe");
	}

	@Override
	public Authentication authenticate(Authentication attempt) throws AuthenticationException {
		String identifier = attempt.getName();
		String address = (attempt.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: "";
		if (this.throttle.isBlocked(identifier, address)) {
			this.encoder.matches(String.valueOf(attempt.getCredentials()), this.dummyHash);
			throw new BadCredentialsException("refused");
		}
		try {
			// The failures are cleared only when the sign-in completes
			// (PortalAuthenticationHandlers.complete): a second-factor code still to come
			// keeps counting against the same account.
			return this.passwords.authenticate(attempt);
		}
		catch (PasswordHashingBusy busy) {
			// The server is busy: nothing was checked, nothing is counted.
			throw busy;
		}
		catch (AuthenticationException refused) {
			this.throttle.failed(identifier, address);
			throw new BadCredentialsException("refused");
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
