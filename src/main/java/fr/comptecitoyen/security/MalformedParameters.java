package fr.comptecitoyen.security;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Parameters that cannot be decoded ({@code ?a=%zz}, a form body with a lone {@code %})
 * make Tomcat throw on the first read, deep in a filter or a controller, which logged an
 * error with its stack trace for each such request. They are read here first: a request
 * no browser sends gets the French 400 page at once ({@link RejectedRequestPage}), and
 * the log stays for the portal's own faults. Multipart posts are read by the upload
 * filter, which tells a file too large from a malformed body.
 */
@Component
@Order(-103) // before the upload filter (-102) and Spring Security's filter chain (-100)
class MalformedParameters extends OncePerRequestFilter {

	private final RejectedRequestPage refusal;

	MalformedParameters(RejectedRequestPage refusal) {
		this.refusal = refusal;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			request.getParameterMap();
		}
		catch (IllegalStateException | IllegalArgumentException undecodable) {
			this.refusal.answer(request, response);
			return;
		}
		chain.doFilter(request, response);
	}

}
