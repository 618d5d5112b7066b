package bench;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The portal's scenarios, as a browser does them: the session cookie kept, the CSRF token
 * read from each form, redirects checked. Chosen with {@code -Dscenario=}:
 * <ul>
 * <li>{@code signed}: the benchmark citizen signs in once, then one page ({@code -Dpath=},
 * reported as {@code -Dname=}) in a loop;</li>
 * <li>{@code signin}: sign-in after sign-in (a fresh cookie jar each time), as seeded
 * citizens;</li>
 * <li>{@code flood}: {@code signin} plus two readers of the catalogue page (whose p99 is
 * compared with {@code catalogue} alone);</li>
 * <li>{@code catalogue}: the catalogue page alone (Démarches, visitor);</li>
 * <li>{@code submit}: a complete bulky-item request (new draft, three steps, Récapitulatif,
 * send) as seeded citizens;</li>
 * <li>{@code visitor}, {@code bare}: one page ({@code -Dpath=}) as a visitor (the bare page
 * too).</li>
 * </ul>
 * Properties: {@code baseUrl}, {@code users} (concurrent), {@code seconds},
 * {@code password}, {@code benchUser}, {@code accounts} (seeded accounts to draw from).
 */
public class PortalSimulation extends Simulation {

	private static final String BASE = System.getProperty("baseUrl", "http://127.0.0.1:8080");

	private static final String SCENARIO = System.getProperty("scenario", "signed");

	private static final int USERS = Integer.getInteger("users", 16);

	private static final Duration TIME = Duration.ofSeconds(Integer.getInteger("seconds", 30));

	private static final String PASSWORD = System.getProperty("password", "banc-d-essai-2026");

	private static final String BENCH_USER = System.getProperty("benchUser", "bench.citoyen");

	private static final int ACCOUNTS = Integer.getInteger("accounts", 1000);

	private static final String PATH = System.getProperty("path", "/");

	private static final String NAME = System.getProperty("name", "page");

	private static final AtomicLong NEXT = new AtomicLong(1);

	/** Validated seeded citizens (the seed makes n % 100 < 97 validated). */
	private static final Iterator<Map<String, Object>> CITIZENS = Stream.generate(() -> {
		long n;
		do {
			n = 1 + NEXT.getAndIncrement() % Math.max(1, ACCOUNTS - 1);
		}
		while (n % 100 >= 97);
		return Map.<String, Object>of("username", "citoyen." + n);
	}).iterator();

	private final HttpProtocolBuilder protocol = http.baseUrl(BASE)
		.acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
		.acceptLanguageHeader("fr-FR,fr;q=0.9")
		.acceptEncodingHeader("gzip, deflate")
		.userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) CompteCitoyenBench/1.0")
		.disableFollowRedirect()
		.shareConnections();

	private static ChainBuilder signIn(String name) {
		return exec(http(name + " (formulaire)").get("/connexion")
			.check(status().is(200), css("input[name='_csrf']", "value").saveAs("csrf")))
			.exec(http(name).post("/connexion")
				.formParam("username", "#{username}")
				.formParam("password", PASSWORD)
				.formParam("_csrf", "#{csrf}")
				.check(status().is(302), header("Location").is("/")));
	}

	private static ChainBuilder page(String name, String path) {
		return exec(http(name).get(path).check(status().is(200)));
	}

	private static ChainBuilder submission() {
		return exec(http("soumission : nouveau brouillon").get("/demarches/ENC/nouvelle")
			.check(status().is(302), header("Location").saveAs("draft")))
			.exec(http("soumission : étape 1 (page)").get("#{draft}")
				.check(status().is(200), css("input[name='_csrf']", "value").saveAs("csrf")))
			.exec(step("soumission : étape 1", "0", Map.of("address.line", "8 rue des Tamaris", "address.postcode",
					"34200", "address.commune", "Sète", "access", "Portail bleu")))
			.exec(step("soumission : étape 2", "1", Map.of("items[0]._row", "", "items[0].kind", "Meuble",
					"items[0].quantity", "2", "items[1]._row", "", "items[1].kind", "Matelas", "items[1].quantity",
					"1")))
			.exec(step("soumission : étape 3", "2", Map.of("phone", "06 12 34 56 78", "commitment", "true")))
			.exec(http("soumission : récapitulatif").get("#{draft}")
				.check(status().is(200), css("input[name='submissionKey']", "value").saveAs("key")))
			.exec(http("soumission : envoi").post("#{draft}")
				.formParam("_csrf", "#{csrf}")
				.formParam("_step", "-1")
				.formParam("_action", "send")
				.formParam("submissionKey", "#{key}")
				.check(status().is(302), header("Location").transform((l) -> l.startsWith("/demarches/envoyee/"))
					.is(true)));
	}

	private static ChainBuilder step(String name, String step, Map<String, Object> fields) {
		return exec(http(name).post("#{draft}")
			.formParam("_csrf", "#{csrf}")
			.formParam("_step", step)
			.formParam("_action", "next")
			.formParamMap(fields)
			.check(status().in(200, 302, 303)));
	}

	private ScenarioBuilder signed() {
		return scenario("signed").exec((session) -> session.set("username", BENCH_USER))
			.exec(signIn("connexion"))
			.exec(during(TIME).on(page(NAME, PATH)));
	}

	private ScenarioBuilder signins() {
		return scenario("signin")
			.exec(during(TIME).on(exec(flushCookieJar()).feed(CITIZENS).exec(signIn("connexion"))));
	}

	private ScenarioBuilder readers(String name, String path) {
		return scenario(name).exec(during(TIME).on(page(name, path)));
	}

	private ScenarioBuilder submissions() {
		return scenario("submit").feed(CITIZENS)
			.exec(signIn("connexion"))
			.exec(during(TIME).on(submission()));
	}

	{
		PopulationBuilder population = switch (SCENARIO) {
			case "signed" -> signed().injectOpen(atOnceUsers(USERS));
			case "signin" -> signins().injectOpen(atOnceUsers(USERS));
			case "flood" -> null;
			case "catalogue" -> readers("catalogue", "/services").injectOpen(atOnceUsers(USERS));
			case "submit" -> submissions().injectOpen(atOnceUsers(USERS));
			case "visitor", "bare" -> readers(SCENARIO, PATH).injectOpen(atOnceUsers(USERS));
			default -> throw new IllegalArgumentException("unknown scenario " + SCENARIO);
		};
		if (SCENARIO.equals("flood")) {
			setUp(signins().injectOpen(atOnceUsers(USERS)),
					readers("catalogue", "/services").injectOpen(nothingFor(Duration.ofSeconds(2)), atOnceUsers(2)))
				.protocols(this.protocol);
		}
		else {
			setUp(population).protocols(this.protocol);
		}
	}

}
