package fr.comptecitoyen.security;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session that has lasted longer than the absolute limit since sign-in (12 hours
 * by default), however active it was, and sends the person to sign in again.
 */
class AbsoluteSessionLimit extends OncePerRequestFilter {

	static final String EXPIRED = SecuredPaths.SIGN_IN + "?expiree";

	private final Clock clock;

	private final SessionSettings settings;

	private final AuditLog audit;

	AbsoluteSessionLimit(Clock clock, SessionSettings settings, AuditLog audit) {
		this.clock = clock;
		this.settings = settings;
		this.audit = audit;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && expired(session)) {
			String who = SecurityContextHolder.getContext().getAuthentication() != null
					? SecurityContextHolder.getContext().getAuthentication().getName() : null;
			session.invalidate();
			SecurityContextHolder.clearContext();
			this.audit.record(AuditLog.Action.SESSION_EXPIRED, who, null, request);
			response.sendRedirect(request.getContextPath() + EXPIRED);
			return;
		}
		chain.doFilter(request, response);
	}

	private boolean expired(HttpSession session) {
		Object signedInAt = session.getAttribute(PortalAuthenticationHandlers.SIGNED_IN_AT);
		return signedInAt instanceof Long millis && this.clock.millis() - millis >= this.settings.absolute().toMillis();
	}

}
