package fr.comptecitoyen.shared.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether a form was posted from one of the portal's own pages, by the {@code Origin}
 * header browsers send with every form posted (RFC 6454, section 7; Fetch standard). It
 * tells a form of a tab whose session ended (signed out in another tab: the browser no
 * longer sends a session cookie) from one posted by another site, which keeps the 403
 * page. Behind a reverse proxy the request's scheme, host and port are the public ones
 * ({@code server.forward-headers-strategy}).
 */
public final class FormOrigin {

	private FormOrigin() {
	}

	/**
	 * @param request a form's request
	 * @return true when its {@code Origin} is the scheme, host and port of the request;
	 * false when it is another site's, {@code null} (an opaque origin) or missing
	 */
	public static boolean thisSite(HttpServletRequest request) {
		String origin = request.getHeader("Origin");
		if (origin == null || origin.isBlank()) {
			return false;
		}
		try {
			URI uri = new URI(origin.strip());
			if (uri.getScheme() == null || uri.getHost() == null) {
				return false;
			}
			String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
			int port = (uri.getPort() != -1) ? uri.getPort() : ("https".equals(scheme) ? 443 : 80);
			return scheme.equalsIgnoreCase(request.getScheme())
					&& uri.getHost().equalsIgnoreCase(request.getServerName()) && port == request.getServerPort();
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
