package fr.comptecitoyen.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * An address or method Spring Security's firewall refuses ({@code //}, {@code ;},
 * {@code %25}, an unknown method) is refused before any filter that sets the security
 * headers has run: this answers it at once with the French 400 page of
 * {@link ContainerErrorPages} and every header of the filter chain (OWASP ASVS 5.0, 3.4.1
 * and 16.5.1), instead of an error dispatch that the firewall would meet again. Spring
 * Security uses the one bean of this type for every filter chain. Other filters that meet
 * a request no browser sends (a malformed multipart body) answer it here too.
 */
@Component
public class RejectedRequestPage implements RequestRejectedHandler {

	private final ContainerErrorPages pages;

	RejectedRequestPage(ContainerErrorPages pages) {
		this.pages = pages;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
			throws IOException {
		answer(request, response);
	}

	/**
	 * Answers 400 with the French page and the security headers, nothing else of the
	 * request read again (an error dispatch would parse its body once more).
	 */
	public void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (response.isCommitted()) {
			return;
		}
		response.reset();
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		ContainerErrorPages.prepare(request, response);
		response.getWriter().write(this.pages.page(HttpServletResponse.SC_BAD_REQUEST, request));
	}

}
