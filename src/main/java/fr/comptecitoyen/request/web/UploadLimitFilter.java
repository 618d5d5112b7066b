package fr.comptecitoyen.request.web;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.comptecitoyen.security.RejectedRequestPage;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A multipart post larger than the limit ({@code spring.servlet.multipart.*}) is cut by
 * Tomcat as soon as the limit is passed, without reading the rest of the body. The parts
 * are read here, before the security filters (whose CSRF check would otherwise meet the
 * failure and end on an error page): a post to a draft step, its documents step, a
 * request's page or an answer (on a request's page or a tracking page) is sent back to
 * that page, which shows the French message next to its file field; what the draft had
 * saved is still there. A malformed multipart body gets the 400 page.
 */
@Component
@Order(-102) // before ExpiredSessionPosts and Spring Security's filter chain (-100)
class UploadLimitFilter extends OncePerRequestFilter {

	private final RejectedRequestPage refusal;

	UploadLimitFilter(RejectedRequestPage refusal) {
		this.refusal = refusal;
	}

	private static final Pattern PAGES = Pattern
		.compile("(/demarches/brouillons/[A-Za-z0-9]{1,24}(?:/pieces)?|/demandes/[A-Za-z0-9-]{1,40})(?:/pieces)?");

	/** An answer to the department's question, on a request's page or a tracking page. */
	private static final Pattern ANSWERS = Pattern
		.compile("(/demandes/[A-Za-z0-9-]{1,40}|/suivi/[A-Za-z0-9_-]{43})/repondre");

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return !"POST".equals(request.getMethod()) || type == null
				|| !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			request.getParts();
		}
		catch (IOException | IllegalStateException ex) {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			Matcher answer = ANSWERS.matcher(path);
			if (tooLarge(ex) && answer.matches()) {
				response.sendRedirect(request.getContextPath() + answer.group(1) + "?" + AnswerFiles.TOO_LARGE + "=1");
				return;
			}
			if (!tooLarge(ex)) {
				// A body that is not the multipart it says it is: no browser sends one.
				this.refusal.answer(request, response);
				return;
			}
			Matcher matcher = PAGES.matcher(path);
			if (!matcher.matches()) {
				throw ex;
			}
			String page = path.startsWith("/demandes/") ? matcher.group(1) : path;
			response.sendRedirect(request.getContextPath() + page + "?trop-volumineux=1");
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean tooLarge(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause.getClass().getSimpleName().contains("SizeLimitExceeded")
					|| cause.getClass().getSimpleName().contains("SizeException")) {
				return true;
			}
		}
		return false;
	}

}
