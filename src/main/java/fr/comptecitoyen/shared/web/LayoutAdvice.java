package fr.comptecitoyen.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import fr.comptecitoyen.shared.CitySettings;
import fr.comptecitoyen.shared.DemoSettings;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Puts the commune's settings in every page's model (the layout shows its name, logo and
 * contact details), error pages included, and whether demo mode is on (a banner).
 */
@ControllerAdvice
class LayoutAdvice {

	private static final String RETURN = "retour";

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	/**
	 * The pages the header's « Connexion » link does not come back to: the sign-in and
	 * sign-out pages, the lost password's, the expired session's, the error pages.
	 */
	private static final List<String> NOT_RETURNED = List.of("/connexion", "/deconnexion", "/mot-de-passe-oublie",
			"/session-expiree", "/error");

	private final CitySettings city;

	private final DemoSettings demo;

	LayoutAdvice(CitySettings city, DemoSettings demo) {
		this.city = city;
		this.demo = demo;
	}

	/** Whether the layout shows the "Mode démonstration" banner. */
	@ModelAttribute("demoMode")
	boolean demoMode() {
		return this.demo.enabled();
	}

	/**
	 * The links of the language switch, by language code: the same page with the same
	 * query (a search, the page to return to after sign-in…) and {@code lang} set; only
	 * the page to return to and {@code lang} for a page answering a form, whose other
	 * fields are not in its address. A page to return to that is not the portal's is left
	 * out, as every page ignores it.
	 * @param request the page's request
	 * @return relative links such as {@code ?retour=%2Fdemandes&lang=en}, by language
	 * code
	 */
	@ModelAttribute("languageLinks")
	Map<String, String> languageLinks(HttpServletRequest request) {
		boolean get = "GET".equals(request.getMethod());
		String retour = request.getParameter(RETURN);
		Map<String, String> links = new LinkedHashMap<>();
		for (Locale language : LocaleConfiguration.LANGUAGES) {
			UriComponentsBuilder link = UriComponentsBuilder.newInstance().query(get ? request.getQueryString() : null);
			if (retour != null && !LocalPaths.isLocal(retour)) {
				link.replaceQueryParam(RETURN);
			}
			else if (!get && retour != null) {
				// A page answering a form keeps only the page to return to.
				link.queryParam(RETURN, UriUtils.encodeQueryParam(retour, StandardCharsets.UTF_8));
			}
			links.put(language.getLanguage(),
					link.replaceQueryParam(LocaleConfiguration.PARAMETER, language.getLanguage())
						.build()
						.toUriString());
		}
		return links;
	}

	/**
	 * The page the header's « Connexion » link comes back to once signed in: this page,
	 * with its query, when it was read with GET and is not the home page, one of the
	 * sign-in pages or an error page (the sign-in page checks it again).
	 * @param request the page's request
	 * @return a local path such as {@code /services/ecole?x=1}, or null
	 */
	@ModelAttribute("signInRetour")
	String signInRetour(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!"GET".equals(request.getMethod()) || path.equals("/")
				|| NOT_RETURNED.stream().anyMatch((start) -> path.startsWith(start))) {
			return null;
		}
		String page = path + ((request.getQueryString() != null) ? "?" + request.getQueryString() : "");
		return LocalPaths.isLocal(page) ? page : null;
	}

	/**
	 * Whether someone is signed in (not a visitor), as Spring Security's
	 * {@code isAuthenticated()}: read once per page for the layouts and pages, instead of
	 * one security expression per element ({@code sec:authorize}, parsed and evaluated
	 * each time).
	 */
	@ModelAttribute("signedIn")
	boolean signedIn() {
		return TRUST.isAuthenticated(SecurityContextHolder.getContext().getAuthentication());
	}

	/**
	 * The authorities of whoever is signed in ({@code ROLE_STAFF}, {@code ROLE_AGENT}…),
	 * as {@code hasAuthority(…)} reads them; empty for a visitor.
	 */
	@ModelAttribute("authorities")
	Set<String> authorities() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null) ? AuthorityUtils.authorityListToSet(authentication.getAuthorities()) : Set.of();
	}

	@ModelAttribute("city")
	CitySettings city() {
		return this.city;
	}

}
