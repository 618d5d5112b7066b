package fr.comptecitoyen.security;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a citizen in without the sign-in form, right after they proved who they are
 * another way (they just created their account with a password). Follows the same session
 * rules as the form: the session id changes, the session clock starts, and the security
 * context is saved where the filter chain reads it back.
 */
@Component
public class CitizenSignIn {

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final SessionAuthenticationStrategy sessions = new ChangeSessionIdAuthenticationStrategy();

	private final Clock clock;

	private final SessionSettings settings;

	private final SignInThrottle throttle;

	CitizenSignIn(Clock clock, SessionSettings settings, SignInThrottle throttle) {
		this.clock = clock;
		this.settings = settings;
		this.throttle = throttle;
	}

	/**
	 * Clears the failed sign-ins counted against a citizen's identifier and email address
	 * once they proved they hold the account's mailbox (a lost-password link spent):
	 * otherwise, past the daily maximum, the owner would stay locked out with the new
	 * password until the next day (OWASP ASVS 4.0.3 2.2.1, lockout must not be usable
	 * against the owner). The client address's count is kept.
	 * @param username the account's identifier
	 * @param email the account's address, or null
	 */
	public void forgetFailures(String username, String email) {
		this.throttle.succeeded(username);
		if (email != null && !email.isBlank()) {
			this.throttle.succeeded(email);
		}
	}

	/**
	 * Signs the citizen in for the rest of this session.
	 * @param citizen the account's principal
	 * @param request the current request
	 * @param response the current response
	 */
	public void signIn(UserDetails citizen, HttpServletRequest request, HttpServletResponse response) {
		UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(citizen,
				null, citizen.getAuthorities());
		authentication.setDetails(new WebAuthenticationDetailsSource().buildDetails(request));
		// Rotates the id of a session the visitor may already have (session fixation).
		this.sessions.onAuthentication(authentication, request, response);
		HttpSession session = request.getSession();
		session.setAttribute(PortalAuthenticationHandlers.SIGNED_IN_AT, this.clock.millis());
		session.setMaxInactiveInterval((int) this.settings.citizenIdle().toSeconds());
		// Saved for the next requests only: this one ends with a redirect.
		SecurityContext context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
		context.setAuthentication(authentication);
		this.contexts.saveContext(context, request, response);
	}

}
