package fr.comptecitoyen.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Where the CSRF token lives (SECURITY.md "Sessions"): in the server-side session
 * (sessions are in the database) as soon as the browser has one — always the case once
 * signed in, or with a second factor pending — and only then. A cookie sent by someone
 * else is then never believed: whoever can set a cookie for the portal's host (a sibling
 * sub-domain, a network attacker before HSTS) cannot forge a signed-in citizen's forms.
 * <p>
 * A visitor without a session (the sign-in box of the home page, registration, lost
 * password, requests without an account) gets the token in a cookie instead, so that
 * reading the home page writes no session row: the load of visitors who only read stays
 * off the database. Over HTTPS that cookie is {@code __Host-} prefixed (secure,
 * host-only, path {@code /}), which a sibling sub-domain or a plain-HTTP attacker cannot
 * set. The token of a signed-in session is replaced at sign-in (Spring Security's CSRF
 * authentication strategy), so a token a visitor had before never works after.
 */
final class SessionBoundCsrfTokens implements CsrfTokenRepository {

	/** Name of the visitors' token cookie over plain HTTP (development, tests). */
	static final String COOKIE = "CC-XSRF";

	/** Name of the visitors' token cookie over HTTPS. */
	static final String SECURE_COOKIE = "__Host-" + COOKIE;

	private final HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();

	private final CookieCsrfTokenRepository plainCookie = cookies(COOKIE, false);

	private final CookieCsrfTokenRepository secureCookie = cookies(SECURE_COOKIE, true);

	private static CookieCsrfTokenRepository cookies(String name, boolean secure) {
		CookieCsrfTokenRepository cookies = new CookieCsrfTokenRepository();
		cookies.setCookieName(name);
		cookies.setCookieCustomizer((cookie) -> cookie.sameSite("Lax").httpOnly(true).secure(secure).path("/"));
		return cookies;
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return this.sessions.generateToken(request);
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		if (request.getSession(false) != null) {
			this.sessions.saveToken(token, request, response);
			if (token != null) {
				return;
			}
		}
		cookies(request).saveToken(token, request, response);
	}

	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		if (request.getSession(false) != null) {
			// With a session, its token or none: never a cookie's.
			return this.sessions.loadToken(request);
		}
		return cookies(request).loadToken(request);
	}

	private CookieCsrfTokenRepository cookies(HttpServletRequest request) {
		return request.isSecure() ? this.secureCookie : this.plainCookie;
	}

}
