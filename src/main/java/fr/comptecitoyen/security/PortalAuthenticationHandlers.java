package fr.comptecitoyen.security;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.ForwardAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What happens after a sign-in attempt. A right password completes the sign-in, unless
 * the person has an authenticator app: then the session only holds a "code pending" state
 * (no access to personal pages) until {@code /connexion/code} accepts a code. A complete
 * sign-in starts the session clock (absolute limit) and goes back to the page the citizen
 * wanted; a failure shows the sign-in page again, with the identifier kept and one
 * refusal text whatever the cause.
 */
@Component
class PortalAuthenticationHandlers {

	/**
	 * Session attribute: when the citizen signed in (epoch millis), for the absolute
	 * limit.
	 */
	static final String SIGNED_IN_AT = "cc.signedInAt";

	private final Clock clock;

	private final SessionSettings settings;

	private final ObjectProvider<SecondFactor> secondFactor;

	private final SecurityContextRepository contexts;

	private final AuditLog audit;

	private final SignInThrottle throttle;

	private final ObjectProvider<UserDetailsService> users;

	private final SavedRequestAwareAuthenticationSuccessHandler target;

	PortalAuthenticationHandlers(Clock clock, SessionSettings settings, ObjectProvider<SecondFactor> secondFactor,
			SecurityContextRepository contexts, AuditLog audit, SignInThrottle throttle,
			ObjectProvider<UserDetailsService> users) {
		this.clock = clock;
		this.throttle = throttle;
		this.users = users;
		this.settings = settings;
		this.secondFactor = secondFactor;
		this.contexts = contexts;
		this.audit = audit;
		this.target = new SavedRequestAwareAuthenticationSuccessHandler();
		this.target.setRequestCache(new CookieRequestCache());
		this.target.setDefaultTargetUrl("/");
		this.target.setTargetUrlParameter("retour");
		this.target.setRedirectStrategy(new LocalRedirectStrategy());
	}

	AuthenticationSuccessHandler success() {
		return this::passwordAccepted;
	}

	private void passwordAccepted(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		SecondFactor factor = this.secondFactor.getIfAvailable();
		if (factor != null && factor.isRequired(authentication.getPrincipal())) {
			store(new SecondFactorPending(authentication, this.clock.millis()), request, response);
			String retour = request.getParameter("retour");
			UriComponentsBuilder next = UriComponentsBuilder.fromPath(SecondFactorController.PATH);
			if (retour != null && LocalRedirectStrategy.returnable(request, retour)) {
				next.queryParam("retour", retour);
			}
			response.sendRedirect(request.getContextPath() + next.encode().build().toUriString());
			return;
		}
		complete(request, response, authentication);
	}

	/**
	 * Completes a sign-in: the failures counted against the account are cleared (only
	 * now, once the second factor too was right), the full authentication goes in the
	 * session with its clocks, the journal, then the page the citizen wanted.
	 */
	void complete(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException, ServletException {
		this.throttle.succeeded(authentication.getName());
		// The text typed (an email address) is cleared too when it names this very
		// account: the second-factor form could carry any "username" parameter.
		String typed = request.getParameter("username");
		if (typed != null && !typed.equalsIgnoreCase(authentication.getName())
				&& knownUsername(typed).equals(authentication.getName())) {
			this.throttle.succeeded(typed);
		}
		store(authentication, request, response);
		HttpSession session = request.getSession();
		session.setAttribute(SIGNED_IN_AT, this.clock.millis());
		session.setMaxInactiveInterval((int) this.settings.citizenIdle().toSeconds());
		this.audit.record(AuditLog.Action.SIGN_IN_SUCCEEDED, authentication.getName(), null, request);
		this.target.onAuthenticationSuccess(request, response, authentication);
	}

	private void store(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

	AuthenticationFailureHandler failure() {
		ForwardAuthenticationFailureHandler forward = new ForwardAuthenticationFailureHandler(SignInController.FAILED);
		return (request, response, exception) -> {
			if (exception instanceof PasswordHashingBusy) {
				PasswordHashingBusy.answer(response);
				return;
			}
			this.audit.record(AuditLog.Action.SIGN_IN_FAILED, SignInRefused.account(exception), null, request);
			forward.onAuthenticationFailure(request, response, exception);
		};
	}

	/**
	 * The identifier of the account the typed text designates, or an empty text: the
	 * journal never keeps what was typed as such (it may be a password typed in the wrong
	 * field).
	 */
	private String knownUsername(String typed) {
		UserDetailsService directory = this.users.getIfAvailable();
		if (typed == null || typed.isBlank() || directory == null) {
			return "";
		}
		try {
			return directory.loadUserByUsername(typed).getUsername();
		}
		catch (UsernameNotFoundException unknown) {
			return "";
		}
	}

}
