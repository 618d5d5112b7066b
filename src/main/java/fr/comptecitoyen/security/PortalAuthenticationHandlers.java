package fr.comptecitoyen.security;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.ForwardAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.stereotype.Component;

/**
 * What happens after a sign-in attempt. A success starts the session clock (absolute
 * limit) and goes back to the page the citizen wanted; a failure shows the sign-in page
 * again, with the identifier kept and one refusal text whatever the cause.
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

	PortalAuthenticationHandlers(Clock clock, SessionSettings settings) {
		this.clock = clock;
		this.settings = settings;
	}

	AuthenticationSuccessHandler success() {
		SavedRequestAwareAuthenticationSuccessHandler target = new SavedRequestAwareAuthenticationSuccessHandler();
		target.setRequestCache(new CookieRequestCache());
		target.setDefaultTargetUrl("/");
		target.setTargetUrlParameter("retour");
		target.setRedirectStrategy(new LocalRedirectStrategy());
		return new AuthenticationSuccessHandler() {
			@Override
			public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
					Authentication authentication) throws IOException, ServletException {
				HttpSession session = request.getSession();
				session.setAttribute(SIGNED_IN_AT, PortalAuthenticationHandlers.this.clock.millis());
				session
					.setMaxInactiveInterval((int) PortalAuthenticationHandlers.this.settings.citizenIdle().toSeconds());
				target.onAuthenticationSuccess(request, response, authentication);
			}
		};
	}

	AuthenticationFailureHandler failure() {
		return new ForwardAuthenticationFailureHandler(SignInController.FAILED);
	}

}
