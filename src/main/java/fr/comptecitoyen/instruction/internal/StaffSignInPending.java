package fr.comptecitoyen.instruction.internal;

import java.io.Serial;
import java.util.List;

import fr.comptecitoyen.instruction.StaffPrincipal;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * Right password, second factor still to come (a code, or the enrolment of an app at the
 * first sign-in): no authority, not authenticated, but the session remembers who gave the
 * password, and since when.
 */
public final class StaffSignInPending extends AbstractAuthenticationToken {

	@Serial
	private static final long serialVersionUID = 1L;

	private final StaffPrincipal principal;

	private final long since;

	StaffSignInPending(StaffPrincipal principal, long since) {
		super(List.of());
		this.principal = principal;
		this.since = since;
		super.setAuthenticated(false);
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
	public StaffPrincipal getPrincipal() {
		return this.principal;
	}

	@Override
	public String getName() {
		return this.principal.getUsername();
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
		return other instanceof StaffSignInPending that && that.principal.equals(this.principal)
				&& that.since == this.since;
	}

	@Override
	public int hashCode() {
		return this.principal.hashCode();
	}

}
