package fr.comptecitoyen.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.DefaultRedirectStrategy;

/**
 * Redirects only within the portal: a {@code retour} parameter pointing elsewhere
 * (another host, a protocol-relative URL) is replaced by the home page, so sign-in cannot
 * be used as an open redirect.
 */
final class LocalRedirectStrategy extends DefaultRedirectStrategy {

	@Override
	public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
		super.sendRedirect(request, response, isLocal(request, url) ? url : "/");
	}

	static boolean isLocal(HttpServletRequest request, String url) {
		if (url == null || url.isBlank()) {
			return false;
		}
		if (url.startsWith("/")) {
			return !url.startsWith("//") && !url.startsWith("/\\");
		}
		String origin = request.getScheme() + "://" + request.getServerName();
		return url.startsWith(origin + "/") || url.startsWith(origin + ":");
	}

}
