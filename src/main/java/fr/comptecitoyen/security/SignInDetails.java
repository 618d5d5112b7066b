package fr.comptecitoyen.security;

import java.io.Serial;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * What the password check knows of a sign-in attempt besides the identifier and the
 * password: the client address, and whether a captcha was solved with it (which lets an
 * attempt through while the address is held back by the throttle).
 */
public final class SignInDetails extends WebAuthenticationDetails {

	@Serial
	private static final long serialVersionUID = 1L;

	private final boolean captchaSolved;

	SignInDetails(HttpServletRequest request, boolean captchaSolved) {
		super(request);
		this.captchaSolved = captchaSolved;
	}

	/** Whether a captcha was solved with this attempt. */
	public boolean captchaSolved() {
		return this.captchaSolved;
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other) && other instanceof SignInDetails details
				&& details.captchaSolved == this.captchaSolved;
	}

	@Override
	public int hashCode() {
		return 31 * super.hashCode() + Boolean.hashCode(this.captchaSolved);
	}

}
