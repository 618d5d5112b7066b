package fr.comptecitoyen.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import fr.comptecitoyen.support.Client;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.comptecitoyen.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inventory of every route of the portal, read from the application's own handler
 * mappings (every {@link RequestMappingHandlerMapping} bean), each classified by the
 * {@link #RULES} below into an {@link Audience}, then tried (issue 13 B1; OWASP ASVS 5.0
 * V8.1–V8.3, V3.4, V3.5):
 * <ul>
 * <li>the wrong audience (a visitor, a signed-in citizen on staff pages) is sent to the
 * sign-in page or gets 403/404, never a page of data;</li>
 * <li>every method other than GET, without a CSRF token, is refused with 403, for a
 * visitor and for a signed-in citizen alike;</li>
 * <li>every answer (pages, redirects, refusals, errors, downloads) carries the security
 * headers: CSP, {@code nosniff}, {@code X-Frame-Options: DENY}, {@code Referrer-Policy},
 * and HSTS when the request came over HTTPS.</li>
 * </ul>
 *
 * <p>
 * <b>Adding a route.</b> A route under a known area classifies itself: {@code /agent/**}
 * is staff, {@code /agent/admin/**} and {@code /agent/journal/**} administrators,
 * {@code /agent/comptes/**} account validators, {@code /compte/**}, {@code /demandes/**},
 * {@code /messages/**}, {@code /demarches/brouillons/**} citizens, {@code /suivi/**} and
 * {@code /etat-civil/**} visitors, {@code /services/**} public, {@code /demo/**} demo. A
 * route elsewhere makes {@link #everyRouteIsClassified()} fail with its path: add a line
 * to {@link #RULES} (a prefix rule when it opens a new area, an exact path otherwise),
 * and the checks below then run on it. Put the most specific rules first: the first match
 * wins.
 */
@PortalTest
class RouteInventoryTests {

	/** Who a route is for. */
	enum Audience {

		/** Anyone, signed in or not (catalogue, FAQ, legal pages, assets). */
		PUBLIC,

		/** People not signed in: sign-in, registration, recovery, visitor procedures. */
		VISITOR,

		/** A signed-in citizen (owner-scoped data). */
		CITIZEN,

		/** A signed-in staff member (second factor done). */
		STAFF,

		/** A staff member with the account validator role. */
		ACCOUNT_VALIDATOR,

		/** A staff member with the administrator role. */
		ADMINISTRATOR,

		/** Only when the demo profile is on ({@code cc.demo.enabled}). */
		DEMO

	}

	/** A path prefix (the path itself or below it) or an exact path, and its audience. */
	record Rule(String path, boolean prefix, Audience audience) {

		boolean matches(String pattern) {
			return this.prefix ? pattern.equals(this.path) || pattern.startsWith(this.path + "/")
					: pattern.equals(this.path);
		}

	}

	private static final String ERROR_PAGE = "/error";

	/** The classification; first match wins. */
	static final List<Rule> RULES = List.of(
			// Staff sign-in steps, reachable before signing in.
			prefix("/agent/connexion", Audience.VISITOR), exact("/agent/code", Audience.VISITOR),
			exact("/agent/enrolement", Audience.VISITOR), prefix("/agent/invitation", Audience.VISITOR),
			prefix("/agent/admin", Audience.ADMINISTRATOR), prefix("/agent/journal", Audience.ADMINISTRATOR),
			prefix("/agent/comptes", Audience.ACCOUNT_VALIDATOR), prefix("/agent", Audience.STAFF),
			// Citizen sign-in, registration, recovery and what visitors do without an
			// account.
			prefix("/connexion", Audience.VISITOR), prefix("/inscription", Audience.VISITOR),
			prefix("/mot-de-passe-oublie", Audience.VISITOR), prefix("/suivi", Audience.VISITOR),
			prefix("/etat-civil", Audience.VISITOR), prefix("/demarches/visiteur", Audience.VISITOR),
			prefix("/demarches/sans-compte", Audience.VISITOR), exact("/session-expiree", Audience.VISITOR),
			exact("/deconnexion", Audience.PUBLIC), exact("/demarches/{code}/sans-compte", Audience.VISITOR),
			// Owner-scoped pages.
			prefix("/compte", Audience.CITIZEN), prefix("/demandes", Audience.CITIZEN),
			prefix("/messages", Audience.CITIZEN), prefix("/demarches/brouillons", Audience.CITIZEN),
			prefix("/demarches/envoyee", Audience.CITIZEN), prefix("/pieces-jointes", Audience.CITIZEN),
			prefix("/demo", Audience.DEMO),
			// Public pages: starting a procedure says whether an account is needed.
			exact("/", Audience.PUBLIC), prefix("/services", Audience.PUBLIC),
			exact("/demarches/{code}/nouvelle", Audience.PUBLIC), exact("/faq", Audience.PUBLIC),
			exact("/mentions-legales", Audience.PUBLIC), exact("/donnees-personnelles", Audience.PUBLIC),
			exact("/accessibilite", Audience.PUBLIC), exact("/conditions-utilisation", Audience.PUBLIC),
			exact("/compte-requis", Audience.PUBLIC), exact("/au-revoir", Audience.PUBLIC),
			exact("/theme.css", Audience.PUBLIC), prefix("/captcha", Audience.PUBLIC),
			exact(ERROR_PAGE, Audience.PUBLIC));

	@Autowired
	ApplicationContext context;

	@Autowired
	Citizens citizens;

	private Map<String, Set<RequestMethod>> routes;

	@BeforeEach
	void readRoutes() {
		this.routes = new TreeMap<>();
		for (RequestMappingHandlerMapping mapping : this.context.getBeansOfType(RequestMappingHandlerMapping.class)
			.values()) {
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				for (String pattern : info.getPatternValues()) {
					this.routes.computeIfAbsent(pattern, (key) -> new TreeSet<>())
						.addAll(methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST) : methods);
				}
			}
		}
	}

	@Test
	void everyRouteIsClassified() {
		assertThat(this.routes).as("the inventory found the portal's routes").containsKeys("/", "/compte", "/agent");
		List<String> unclassified = this.routes.keySet()
			.stream()
			.filter((pattern) -> audience(pattern) == null)
			.toList();
		assertThat(unclassified)
			.as("Routes without an audience: add a rule for each to RouteInventoryTests.RULES "
					+ "(src/test/java/fr/comptecitoyen/security/RouteInventoryTests.java)")
			.isEmpty();
	}

	@Test
	void aVisitorIsSentToSignInFromEveryCitizenAndStaffPageAndEveryAnswerIsHardened() throws Exception {
		Client visitor = this.citizens.client();
		for (String pattern : gets()) {
			Audience audience = audience(pattern);
			MockHttpServletResponse answer = visitor.get(sample(pattern)).getResponse();
			assertHardened(pattern, answer);
			switch (audience) {
				case CITIZEN -> assertSentToSignIn(pattern, answer, "/connexion");
				case STAFF, ACCOUNT_VALIDATOR, ADMINISTRATOR -> assertSentToSignIn(pattern, answer, "/agent/connexion");
				case DEMO -> assertThat(answer.getStatus()).as(pattern).isIn(302, 403, 404);
				default -> assertNoServerError(pattern, answer);
			}
		}
	}

	@Test
	void aSignedInCitizenSeesNoStaffPage() throws Exception {
		Citizen citizen = this.citizens.validated().create();
		Client client = this.citizens.signedIn(citizen);
		for (String pattern : gets()) {
			Audience audience = audience(pattern);
			MockHttpServletResponse answer = client.get(sample(pattern)).getResponse();
			assertHardened(pattern, answer);
			if (audience == Audience.STAFF || audience == Audience.ACCOUNT_VALIDATOR
					|| audience == Audience.ADMINISTRATOR) {
				assertSentToSignIn(pattern, answer, "/agent/connexion");
			}
			else {
				assertNoServerError(pattern, answer);
			}
		}
	}

	@Test
	void everyStateChangeWithoutACsrfTokenIsRefusedForVisitorsAndCitizens() throws Exception {
		Client visitor = this.citizens.client();
		Client citizen = this.citizens.signedIn(this.citizens.validated().create());
		List<String> tried = new ArrayList<>();
		for (Map.Entry<String, Set<RequestMethod>> route : this.routes.entrySet()) {
			for (RequestMethod method : route.getValue()) {
				if (method == RequestMethod.GET || method == RequestMethod.HEAD || method == RequestMethod.OPTIONS
						|| method == RequestMethod.TRACE) {
					continue;
				}
				String path = sample(route.getKey());
				for (Client client : List.of(visitor, citizen)) {
					MockHttpServletResponse answer = client
						.perform(
								MockMvcRequestBuilders.request(method.asHttpMethod(), path).param("status", "ACCEPTED"))
						.getResponse();
					// Refused: the 403 page without a session; with one (a visitor gets
					// one once a page needs it), the page saying the form was not taken
					// into account (or, for « Déconnexion », the page confirming it); a
					// back-office form posted by someone not signed in as staff, the
					// staff
					// sign-in page saying the form was lost (or that they are signed
					// out).
					String what = method + " " + route.getKey() + " without a token";
					if (answer.getStatus() != 403) {
						assertThat(answer.getRedirectedUrl()).as(what)
							.matches("/session-expiree\\?retour=[^&]+&formulaire=1|/agent/formulaire-expire\\?retour=.+"
									+ "|(/agent)?/deconnexion|/agent/connexion\\?(inactive&envoi|deconnecte)");
					}
					assertHardened(method + " " + route.getKey(), answer);
				}
				tried.add(method + " " + route.getKey());
			}
		}
		assertThat(tried).as("state-changing routes tried").contains("POST /compte/fermer", "POST /connexion/code");
	}

	@Test
	void overHttpsEveryKindOfAnswerCarriesHsts() throws Exception {
		Client citizen = this.citizens.signedIn(this.citizens.validated().create());
		for (String path : List.of("/", "/compte", "/demandes/2026-XX-INCONNU", "/agent", "/compte/donnees.json",
				"/pieces-jointes/inconnu")) {
			MvcResult result = citizen.perform(MockMvcRequestBuilders.get(path).secure(true));
			assertHardened(path, result.getResponse());
			assertThat(result.getResponse().getHeader("Strict-Transport-Security")).as(path).contains("max-age=");
		}
		MvcResult refused = citizen.perform(MockMvcRequestBuilders.post("/compte/fermer").secure(true));
		assertThat(refused.getResponse().getStatus()).isEqualTo(403);
		assertThat(refused.getResponse().getHeader("Strict-Transport-Security")).contains("max-age=");
	}

	@Test
	void aDownloadOfPersonalDataIsAnAttachmentThatIsNeverCachedOrSniffed() throws Exception {
		Client citizen = this.citizens.signedIn(this.citizens.validated().create());
		MockHttpServletResponse download = citizen.get("/compte/donnees.json").getResponse();
		assertThat(download.getStatus()).isEqualTo(200);
		assertHardened("/compte/donnees.json", download);
		assertThat(download.getHeader("Content-Disposition")).startsWith("attachment");
		assertThat(download.getHeader("Cache-Control")).contains("no-store");
	}

	private Collection<String> gets() {
		return this.routes.entrySet()
			.stream()
			.filter((route) -> route.getValue().contains(RequestMethod.GET))
			.map(Map.Entry::getKey)
			.toList();
	}

	/** Opened directly, the error page itself answers with the error it was given. */
	private static void assertNoServerError(String pattern, MockHttpServletResponse answer) {
		if (!ERROR_PAGE.equals(pattern)) {
			assertThat(answer.getStatus()).as(pattern).isLessThan(500);
		}
	}

	private static void assertSentToSignIn(String pattern, MockHttpServletResponse answer, String signIn) {
		if (answer.getStatus() == 403 || answer.getStatus() == 404) {
			return;
		}
		assertThat(answer.getStatus()).as(pattern + " answered with data").isEqualTo(302);
		assertThat(java.net.URI.create(answer.getRedirectedUrl()).getPath()).as(pattern).endsWith(signIn);
	}

	private static void assertHardened(String what, MockHttpServletResponse answer) {
		assertThat(answer.getHeader("Content-Security-Policy")).as(what)
			.contains("default-src 'self'", "frame-ancestors 'none'")
			.doesNotContain("unsafe-inline", "unsafe-eval");
		assertThat(answer.getHeader("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
		assertThat(answer.getHeader("X-Frame-Options")).as(what).isEqualTo("DENY");
		assertThat(answer.getHeader("Referrer-Policy")).as(what).isEqualTo("same-origin");
	}

	/** The pattern with every variable replaced by a value that designates nothing. */
	private static String sample(String pattern) {
		return pattern.replaceAll("\\{[^}]+\\}", "inconnu-0");
	}

	private static Audience audience(String pattern) {
		return RULES.stream().filter((rule) -> rule.matches(pattern)).map(Rule::audience).findFirst().orElse(null);
	}

	private static Rule prefix(String path, Audience audience) {
		return new Rule(path, true, audience);
	}

	private static Rule exact(String path, Audience audience) {
		return new Rule(path, false, audience);
	}

}
