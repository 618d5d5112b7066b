package fr.comptecitoyen.instruction.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a staff session that has lasted longer than the absolute limit since sign-in (10
 * hours by default, {@code cc.staff.absolute-session}), however active it was. The idle
 * limit (30 minutes) is the session's own timeout, set at sign-in.
 */
class StaffSessionLimit extends OncePerRequestFilter {

	static final String EXPIRED = StaffPaths.SIGN_IN + "?expiree";

	private final Clock clock;

	private final Duration absolute;

	StaffSessionLimit(Clock clock, Duration absolute) {
		this.clock = clock;
		this.absolute = absolute;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(StaffSignIn.SIGNED_IN_AT) instanceof Long millis
				&& this.clock.millis() - millis >= this.absolute.toMillis()) {
			session.invalidate();
			SecurityContextHolder.clearContext();
			response.sendRedirect(request.getContextPath() + EXPIRED);
			return;
		}
		chain.doFilter(request, response);
	}

}
