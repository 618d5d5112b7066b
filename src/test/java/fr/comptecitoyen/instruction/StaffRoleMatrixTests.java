package fr.comptecitoyen.instruction;

import java.util.Set;
import java.util.TreeSet;

import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import fr.comptecitoyen.support.Client;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code /agent} route the application maps, read from its own handler mappings so
 * that a new route cannot be forgotten: anonymous visitors and citizens are sent to the
 * staff sign-in (never given data), administration is closed to a validator, the
 * validation queue to an agent.
 */
@StaffTest
class StaffRoleMatrixTests {

	/** Reachable without a staff session: the sign-in steps and invitation links. */
	private static final Set<String> OPEN = Set.of("/agent/connexion", "/agent/connexion/refusee", "/agent/code",
			"/agent/enrolement", "/agent/invitation/{token}");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	StaffMembers staff;

	@Autowired
	Citizens citizens;

	@Test
	void anonymousVisitorsAndCitizensAreSentToTheStaffSignInFromEveryStaffRoute() throws Exception {
		Set<String> routes = staffRoutes(RequestMethod.GET);
		assertThat(routes).contains("/agent", "/agent/comptes", "/agent/comptes/{username}", "/agent/journal",
				"/agent/admin", "/agent/admin/agents");
		Citizen account = this.citizens.validated().create();
		Client citizen = this.citizens.signedIn(account);
		Client anonymous = this.staff.client();
		for (String route : routes) {
			if (OPEN.contains(route)) {
				continue;
			}
			String path = route.replaceAll("\\{[^}]+}", "x");
			for (Client browser : new Client[] { anonymous, citizen }) {
				MvcResult result = browser.get(path);
				// The sign-in page, carrying the page asked for (but the home page) to go
				// on
				// to once signed in.
				assertThat(result.getResponse().getRedirectedUrl()).as(path)
					.matches("/agent/connexion(\\?retour=%2Fagent%2F.+)?");
				assertThat(result.getResponse().getContentAsString()).as(path).isEmpty();
			}
		}
		for (String route : staffRoutes(RequestMethod.POST)) {
			if (OPEN.contains(route) || route.equals("/agent/deconnexion")) {
				continue;
			}
			MvcResult result = citizen.post(route.replaceAll("\\{[^}]+}", "x"));
			assertThat(result.getResponse().getRedirectedUrl()).as(route).endsWith("/agent/connexion");
		}
	}

	@Test
	void aValidatorGetsTheForbiddenPageOnAdministrationAndAnAgentOnTheValidationQueue() throws Exception {
		Client validator = this.staff.enrolled(this.staff.create(Set.of(StaffRole.ACCOUNT_VALIDATOR))).client();
		Client agent = this.staff.enrolled(this.staff.create(Set.of(StaffRole.AGENT), "education")).client();
		for (String route : staffRoutes(RequestMethod.GET)) {
			String path = route.replaceAll("\\{[^}]+}", "x");
			if (path.startsWith("/agent/admin") || path.startsWith("/agent/journal")) {
				MvcResult result = validator.get(path);
				assertThat(result.getResponse().getStatus()).as(path).isEqualTo(403);
				assertThat(result.getResponse().getForwardedUrl()).as(path).isNull();
			}
			if (path.startsWith("/agent/comptes")) {
				assertThat(agent.get(path).getResponse().getStatus()).as(path).isEqualTo(403);
			}
		}
	}

	private Set<String> staffRoutes(RequestMethod method) {
		Set<String> routes = new TreeSet<>();
		this.mappings.getHandlerMethods().forEach((info, handler) -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			if (methods.isEmpty() || methods.contains(method)) {
				info.getPatternValues()
					.stream()
					.filter((pattern) -> pattern.equals("/agent") || pattern.startsWith("/agent/"))
					.forEach(routes::add);
			}
		});
		return routes;
	}

}
