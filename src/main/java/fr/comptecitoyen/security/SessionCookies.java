package fr.comptecitoyen.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The session cookie (SECURITY.md "Sessions"): {@code HttpOnly}, {@code SameSite=Lax};
 * over HTTPS (directly or behind a trusted proxy) also {@code Secure} and named
 * {@code __Host-SESSION}, a name browsers accept only from this very host over HTTPS, so
 * that neither a sibling sub-domain nor a plain-HTTP attacker can plant a session id.
 * Over plain HTTP (development, tests) it is {@code SESSION}.
 */
final class SessionCookies implements CookieSerializer {

	/** The cookie's name over plain HTTP. */
	static final String NAME = "SESSION";

	/** The cookie's name over HTTPS. */
	static final String SECURE_NAME = "__Host-" + NAME;

	private final DefaultCookieSerializer plain = serializer(NAME, false);

	private final DefaultCookieSerializer secure = serializer(SECURE_NAME, true);

	private static DefaultCookieSerializer serializer(String name, boolean secure) {
		DefaultCookieSerializer serializer = new DefaultCookieSerializer();
		serializer.setCookieName(name);
		serializer.setUseHttpOnlyCookie(true);
		serializer.setSameSite("Lax");
		serializer.setCookiePath("/");
		serializer.setUseSecureCookie(secure);
		return serializer;
	}

	@Override
	public void writeCookieValue(CookieValue cookieValue) {
		of(cookieValue.getRequest()).writeCookieValue(cookieValue);
	}

	@Override
	public List<String> readCookieValues(HttpServletRequest request) {
		return of(request).readCookieValues(request);
	}

	private DefaultCookieSerializer of(HttpServletRequest request) {
		return request.isSecure() ? this.secure : this.plain;
	}

}
