package fr.comptecitoyen.security;

import java.io.Serial;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Right password, code still to come: the person is not signed in yet (no authority, not
 * authenticated), but the session remembers who gave the password, and since when, for
 * the code page.
 */
final class SecondFactorPending extends AbstractAuthenticationToken {

	@Serial
	private static final long serialVersionUID = 1L;

	private final Authentication passwordChecked;

	private final long since;

	SecondFactorPending(Authentication passwordChecked, long since) {
		super(List.of());
		this.passwordChecked = passwordChecked;
		this.since = since;
		super.setAuthenticated(false);
	}

	/** The full authentication, to set once the code is right. */
	Authentication passwordChecked() {
		return this.passwordChecked;
	}

	/** When the password was checked (epoch millis). */
	long since() {
		return this.since;
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public Object getPrincipal() {
		return this.passwordChecked.getPrincipal();
	}

	@Override
	public String getName() {
		return this.passwordChecked.getName();
	}

	@Override
	public void setAuthenticated(boolean authenticated) {
		if (authenticated) {
			throw new IllegalArgumentException("A pending second factor is never authenticated");
		}
		super.setAuthenticated(false);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SecondFactorPending that && that.passwordChecked.equals(this.passwordChecked)
				&& that.since == this.since;
	}

	@Override
	public int hashCode() {
		return this.passwordChecked.hashCode();
	}

}
