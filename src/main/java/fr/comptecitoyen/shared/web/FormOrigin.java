package fr.comptecitoyen.shared.web;

import java.net.URI;
import java.net.URISyntaxException;

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
			return sameOrigin(request, new URI(origin.strip()));
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	/**
	 * Whether an absolute URL has the scheme, host and port of the request (the default
	 * port of its scheme when it names none).
	 * @param request the request being answered
	 * @param uri an absolute URL
	 * @return false for a relative or opaque URL, or one of another origin
	 */
	public static boolean sameOrigin(HttpServletRequest request, URI uri) {
		if (uri.getScheme() == null || uri.getHost() == null) {
			return false;
		}
		int port = (uri.getPort() != -1) ? uri.getPort() : ("https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80);
		return uri.getScheme().equalsIgnoreCase(request.getScheme())
				&& uri.getHost().equalsIgnoreCase(request.getServerName()) && port == request.getServerPort();
	}

}
