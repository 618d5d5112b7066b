package fr.comptecitoyen.security;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.stream.Stream;

import fr.comptecitoyen.shared.web.FormOrigin;
import fr.comptecitoyen.shared.web.LocalPaths;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.DefaultRedirectStrategy;

/**
 * Redirects only within the portal: a {@code retour} parameter (or a page saved before
 * sign-in) pointing elsewhere is replaced by the home page, so sign-in cannot be used as
 * an open redirect (OWASP ASVS 5.0 V1.2, « unvalidated redirects »). Accepted: a path of
 * the portal ({@link LocalPaths#isLocal}), or an absolute URL whose scheme, host and port
 * are exactly those of the request, without user information ({@code http://host:@evil})
 * and with such a path; not the sign-in and sign-out pages, nor the back office
 * ({@link #returnable}).
 */
final class LocalRedirectStrategy extends DefaultRedirectStrategy {

	@Override
	public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
		super.sendRedirect(request, response, returnable(request, url) ? url : "/");
	}

	/**
	 * Whether a citizen may be sent there after signing in: a page of the portal
	 * ({@link #isLocal}) that is neither the sign-in nor the sign-out page (a loop, or a
	 * sign-out to confirm just after signing in) nor one of the back office (another
	 * sign-in).
	 * @param request the request being answered
	 * @param url what the visitor sent, or the page saved before sign-in
	 */
	static boolean returnable(HttpServletRequest request, String url) {
		if (!isLocal(request, url)) {
			return false;
		}
		String path = LocalPaths.isLocal(url) ? url : URI.create(url).getRawPath();
		return Stream.of(SecuredPaths.SIGN_IN, SecuredPaths.SIGN_OUT, SecuredPaths.STAFF)
			.noneMatch((excluded) -> path.equals(excluded) || path.startsWith(excluded + "/")
					|| path.startsWith(excluded + "?") || path.startsWith(excluded + "#"));
	}

	/**
	 * Whether the portal may redirect there.
	 * @param request the request being answered (its scheme, host and port)
	 * @param url what the visitor sent, or the page saved before sign-in
	 * @return true for a path of the portal or an absolute URL of this very origin
	 */
	static boolean isLocal(HttpServletRequest request, String url) {
		if (url == null) {
			return false;
		}
		if (LocalPaths.isLocal(url)) {
			return true;
		}
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException ex) {
			return false;
		}
		if (!uri.isAbsolute() || uri.isOpaque() || uri.getRawUserInfo() != null || uri.getHost() == null) {
			return false;
		}
		boolean sameOrigin = FormOrigin.sameOrigin(request, uri);
		String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty()) ? "/" : uri.getRawPath();
		String rest = ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "")
				+ ((uri.getRawFragment() != null) ? "#" + uri.getRawFragment() : "");
		return sameOrigin && LocalPaths.isLocal(path + rest);
	}

}
