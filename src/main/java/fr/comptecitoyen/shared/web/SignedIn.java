package fr.comptecitoyen.shared.web;

import org.springframework.security.core.Authentication;

/**
 * Whether a request's authentication is a person signed in with a given authority: a
 * citizen ({@code ROLE_CITIZEN}) or a staff member ({@code ROLE_STAFF}). A password still
 * awaiting its second factor, or an anonymous visitor, has neither.
 */
public final class SignedIn {

	private SignedIn() {
	}

	/**
	 * @param authentication the request's authentication, or {@code null}
	 * @param authority the authority looked for, such as {@code ROLE_CITIZEN}
	 * @return whether it is authenticated and holds that authority
	 */
	public static boolean as(Authentication authentication, String authority) {
		return authentication != null && authentication.isAuthenticated()
				&& authentication.getAuthorities()
					.stream()
					.anyMatch((granted) -> authority.equals(granted.getAuthority()));
	}

}
