package bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.gatling.http.response.Response;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The portal's scenarios, as a browser does them: the session cookie kept, the CSRF token
 * read from each form, redirects checked (the portal answers them with absolute
 * addresses), a "réessayez" page (HTTP 503 with {@code Retry-After}) waited out and the
 * form sent again. Chosen with {@code -Dscenario=}:
 * <ul>
 * <li>{@code signed}: the benchmark citizen signs in once, then one page ({@code -Dpath=},
 * reported as {@code -Dname=}) in a loop;</li>
 * <li>{@code signin}: sign-in after sign-in (a fresh cookie jar each time), as seeded
 * citizens; each completed sign-in (the form, the post, and the waits and new posts after
 * a 503) is the group {@code connexion};</li>
 * <li>{@code flood}: {@code signin} plus two readers of the catalogue page (whose p99 is
 * compared with {@code catalogue} alone);</li>
 * <li>{@code catalogue}: the catalogue page alone (Démarches, visitor);</li>
 * <li>{@code submit}: a complete bulky-item request (« Commencer », three steps,
 * Récapitulatif, send) as seeded citizens;</li>
 * <li>{@code staff}: a seeded agent ({@code bench.agent.N}, one per virtual user) signs in
 * with the password and a code computed from the seeded authenticator secret
 * ({@code -Dtotp=}, RFC 6238), then one back-office page ({@code -Dpath=}, reported as
 * {@code -Dname=}) in a loop;</li>
 * <li>{@code visitor}, {@code bare}: one page ({@code -Dpath=}) as a visitor (the bare page
 * too; the tracking page of the seeded visitor request with
 * {@code -Dpath=/suivi/<token>}).</li>
 * <li>{@code mix}: the portal's users mixed by weight, one visit each (the group
 * {@code parcours}, with a fresh cookie jar): a visitor reading the home page, the
 * catalogue and a procedure (40 %), a visitor's tracking page (15 %), a seeded citizen
 * signing in for Accueil, Mes demandes and one of the requests listed (30 %), a seeded
 * citizen's complete bulky-item request (5 %), a seeded agent signing in for the queue
 * and a search by name (10 %). Closed model ({@code users} visiting one after another for
 * {@code seconds}) unless {@code -Drate=} gives visits per second: then an open model,
 * visitors arriving at that rate (Poisson) for {@code seconds}.</li>
 * </ul>
 * Properties: {@code baseUrl}, {@code users} (concurrent), {@code seconds},
 * {@code password}, {@code benchUser}, {@code accounts} (seeded accounts to draw from),
 * {@code totp}, {@code agents} (seeded agents), {@code token} (the seeded visitor
 * request's tracking token), {@code rate} (visits per second, {@code mix}),
 * {@code timings} (a file: every response received, one line each,
 * {@code end,milliseconds,status,name} with {@code end} in epoch milliseconds, written
 * when the simulation ends).
 */
public class PortalSimulation extends Simulation {

	private static final String BASE = System.getProperty("baseUrl", "http://127.0.0.1:8080");

	private static final String SCENARIO = System.getProperty("scenario", "signed");

	private static final int USERS = Integer.getInteger("users", 16);

	private static final Duration TIME = Duration.ofSeconds(Integer.getInteger("seconds", 30));

	private static final String PASSWORD = System.getProperty("password", "banc-d-essai-2026");

	private static final String BENCH_USER = System.getProperty("benchUser", "bench.citoyen");

	private static final int ACCOUNTS = Integer.getInteger("accounts", 1000);

	private static final String TOTP = System.getProperty("totp", "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");

	private static final int AGENTS = Integer.getInteger("agents", 32);

	private static final String PATH = System.getProperty("path", "/");

	private static final String NAME = System.getProperty("name", "page");

	private static final String TOKEN = System.getProperty("token", "");

	/** Visits per second of {@code mix} (an open model), 0 for a closed model. */
	private static final double RATE = Double.parseDouble(System.getProperty("rate", "0"));

	private static final String TIMINGS = System.getProperty("timings", "");

	/** The names searched by the agents of {@code mix}: the seeded families' names. */
	private static final List<String> NAMES = List.of("martin", "bernard", "thomas", "petit", "robert", "richard",
			"durand", "dubois", "moreau", "laurent");

	/** Responses received ({@code timings}): end (epoch ms), time (ms), status, name. */
	private static final Queue<String> RECEIVED = new ConcurrentLinkedQueue<>();

	/** Sends of a form answered 503 before giving up (each after its Retry-After). */
	private static final int MAX_TRIES = 20;

	/** The portal's redirects are absolute: this address, or the path alone. */
	private static final String HOME = "^(https?://[^/]+)?/$";

	private static final AtomicLong NEXT = new AtomicLong(1);

	private static final AtomicLong NEXT_AGENT = new AtomicLong();

	/** Validated seeded citizens (the seed makes n % 100 < 97 validated). */
	private static final Iterator<Map<String, Object>> CITIZENS = Stream.generate(() -> {
		long n;
		do {
			n = 1 + NEXT.getAndIncrement() % Math.max(1, ACCOUNTS - 1);
		}
		while (n % 100 >= 97);
		return Map.<String, Object>of("username", "citoyen." + n);
	}).iterator();

	/** The seeded agents, one per virtual user. */
	private static final Iterator<Map<String, Object>> STAFF = Stream
		.generate(() -> Map.<String, Object>of("agent", "bench.agent." + (1 + NEXT_AGENT.getAndIncrement() % AGENTS)))
		.iterator();

	private final HttpProtocolBuilder protocol = http.baseUrl(BASE)
		.acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
		.acceptLanguageHeader("fr-FR,fr;q=0.9")
		.acceptEncodingHeader("gzip, deflate")
		.userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) CompteCitoyenBench/1.0")
		.disableFollowRedirect()
		.shareConnections()
		.transformResponse(PortalSimulation::received);

	/** Notes a response's time and status when {@code timings} asks for them. */
	private static Response received(Response response, Session session) {
		if (!TIMINGS.isEmpty()) {
			RECEIVED.add(response.endTimestamp() + "," + (response.endTimestamp() - response.startTimestamp()) + ","
					+ response.status().code() + "," + response.request().getName());
		}
		return response;
	}

	/**
	 * The sign-in form, then its post; on "réessayez" (503, the hashing slots busy) waits
	 * the Retry-After the portal gives, takes the form again and sends it again, as a
	 * person does. The whole is the group {@code name}: its count and time are completed
	 * sign-ins (the redirect home is not followed: the signed-in pages have their own
	 * scenario).
	 */
	private static ChainBuilder signIn(String name) {
		return group(name).on(passwordForm(name + " : formulaire", name + " : envoi", "/connexion", "#{username}", HOME));
	}

	/**
	 * A password form ({@code path}: taken, then posted with the identifier {@code user},
	 * an expression) until it is not answered « réessayez » (503, the hashing slots busy:
	 * each time after the Retry-After the portal gives), at most {@link #MAX_TRIES} posts.
	 * The session is failed unless the last answer redirects to an address matching
	 * {@code next} (a regular expression).
	 */
	private static ChainBuilder passwordForm(String formName, String postName, String path, String user,
			String next) {
		return exec((session) -> session.set("signInStatus", 503).set("signInTries", 0))
			.asLongAs((session) -> !session.isFailed() && session.getInt("signInStatus") == 503
					&& session.getInt("signInTries") < MAX_TRIES)
			.on(exec(http(formName).get(path)
				.check(status().is(200), css("input[name='_csrf']", "value").saveAs("csrf")))
				.exec(http(postName).post(path)
					.formParam("username", user)
					.formParam("password", PASSWORD)
					.formParam("_csrf", "#{csrf}")
					.check(status().in(302, 503).saveAs("signInStatus"),
							header("Location").optional().saveAs("signInLocation"),
							header("Retry-After").optional().saveAs("retryAfter")))
				.exec((session) -> session.set("signInTries", session.getInt("signInTries") + 1))
				.doIf((session) -> session.getInt("signInStatus") == 503)
				.then(pause((session) -> Duration.ofSeconds(retryAfter(session.getString("retryAfter"))))))
			// Still busy after every try, or sent elsewhere, is a failure.
			.doIf((session) -> session.getInt("signInStatus") != 302
					|| !String.valueOf(session.getString("signInLocation")).matches(next))
			.then(exec((session) -> session.markAsFailed()));
	}

	private static long retryAfter(String header) {
		try {
			return Math.max(1, Math.min(60, Long.parseLong(header.strip())));
		}
		catch (RuntimeException ex) {
			return 5;
		}
	}

	/**
	 * Staff sign-in: password (a 503 waited out, as for citizens), then the code of the
	 * authenticator app.
	 */
	private static ChainBuilder staffSignIn() {
		return group("connexion agent")
			.on(passwordForm("agent : formulaire", "agent : mot de passe", "/agent/connexion", "#{agent}",
					"^(https?://[^/]+)?/agent/code$")
				.doIf((session) -> !session.isFailed())
				.then(exec(http("agent : page du code").get("/agent/code")
					.check(status().is(200), css("input[name='_csrf']", "value").saveAs("csrf")))
				.exec((session) -> session.set("code", totp(TOTP, System.currentTimeMillis())))
				.exec(http("agent : code").post("/agent/code")
					.formParam("code", "#{code}")
					.formParam("_csrf", "#{csrf}")
					.check(status().is(302), header("Location").transform((l) -> l.endsWith("/agent")).is(true)))));
	}

	/** The RFC 6238 code of an authenticator app (HMAC-SHA1, 6 digits, 30 s). */
	static String totp(String base32, long millis) {
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(base32Decode(base32), "HmacSHA1"));
			byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(Math.floorDiv(millis / 1000, 30)).array());
			int offset = hash[hash.length - 1] & 0x0f;
			int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			return String.format(Locale.ROOT, "%06d", binary % 1_000_000);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] base32Decode(String text) {
		String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
		String clean = text.replace("=", "").toUpperCase(Locale.ROOT);
		ByteBuffer out = ByteBuffer.allocate(clean.length() * 5 / 8);
		int buffer = 0;
		int bits = 0;
		for (char c : clean.toCharArray()) {
			buffer = (buffer << 5) | alphabet.indexOf(c);
			bits += 5;
			if (bits >= 8) {
				out.put((byte) (buffer >> (bits - 8)));
				bits -= 8;
			}
		}
		return out.array();
	}

	private static ChainBuilder page(String name, String path) {
		return exec(http(name).get(path).check(status().is(200)));
	}

	private static ChainBuilder submission() {
		return exec(http("soumission : commencer").get("/demarches/ENC/nouvelle")
			.check(status().is(200), css("form[action='/demarches/ENC/nouvelle'] input[name='_csrf']", "value")
				.saveAs("csrf")))
			.exec(http("soumission : nouveau brouillon").post("/demarches/ENC/nouvelle")
				.formParam("_csrf", "#{csrf}")
				.formParam("nouvelle", "1")
				.check(status().is(302), header("Location").transform(PortalSimulation::path)
					.transform((l) -> l.startsWith("/demarches/brouillons/") ? l : null)
					.saveAs("draft")))
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
				.check(status().is(302), header("Location").transform(PortalSimulation::path)
					.transform((l) -> l.startsWith("/demarches/envoyee/"))
					.is(true)));
	}

	/** A step posted: valid, it saves and goes to the next one (a redirect to the draft). */
	private static ChainBuilder step(String name, String step, Map<String, Object> fields) {
		return exec(http(name).post("#{draft}")
			.formParam("_csrf", "#{csrf}")
			.formParam("_step", step)
			.formParam("_action", "next")
			.formParamMap(fields)
			.check(status().is(302)));
	}

	/** The path of an absolute or relative address. */
	private static String path(String location) {
		return location.replaceFirst("^https?://[^/]+", "");
	}

	/**
	 * One visit of {@code mix}, drawn by weight (the group {@code parcours}); a failed
	 * request ends the visit (a KO of the group), not the virtual user.
	 */
	private static ChainBuilder visit() {
		return exec(flushCookieJar()).exec((session) -> session.markAsSucceeded().remove("procedure").remove("reference"))
			.group("parcours")
			.on(exitBlockOnFail().on(randomSwitch().on(percent(40.0).then(visitorPages()),
					percent(15.0).then(page("suivi", "/suivi/" + TOKEN)), percent(30.0).then(citizenPages()),
					percent(5.0).then(feed(CITIZENS).exec(signIn("connexion"))
						.doIf((session) -> !session.isFailed())
						.then(submission())),
					percent(10.0).then(agentPages()))));
	}

	/** A visitor: the home page, the catalogue, one of its procedures (drawn). */
	private static ChainBuilder visitorPages() {
		return exec(page("visiteur : accueil", "/"))
			.exec(http("visiteur : démarches").get("/services")
				.check(status().is(200), css("a.procedure-list__title", "href").findRandom().saveAs("procedure")))
			.exec(page("visiteur : démarche", "#{procedure}"));
	}

	/** A seeded citizen: sign-in, Accueil, Mes demandes, one of the requests listed if any. */
	private static ChainBuilder citizenPages() {
		return feed(CITIZENS).exec(signIn("connexion"))
			.doIf((session) -> !session.isFailed())
			.then(exec(page("citoyen : accueil", "/"))
				.exec(http("citoyen : mes demandes").get("/demandes")
					.check(status().is(200),
							css("td a[href^='/demandes/']", "href").findRandom().optional().saveAs("reference")))
				.doIf("#{reference.exists()}")
				.then(page("citoyen : demande", "#{reference}")));
	}

	/** A seeded agent (drawn in turn): sign-in, the queue, a search by a seeded name. */
	private static ChainBuilder agentPages() {
		return feed(STAFF).exec(staffSignIn())
			.doIf((session) -> !session.isFailed())
			.then(exec(page("agent : file", "/agent/demandes"))
				.exec((session) -> session.set("q", NAMES.get(ThreadLocalRandom.current().nextInt(NAMES.size()))))
				.exec(page("agent : recherche", "/agent/demandes?q=#{q}")));
	}

	private ScenarioBuilder signed() {
		return scenario("signed").exec((session) -> session.set("username", BENCH_USER))
			.exec(signIn("connexion"))
			.exitHereIfFailed()
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
			.exitHereIfFailed()
			.exec(during(TIME).on(submission()));
	}

	private ScenarioBuilder staff() {
		return scenario("staff").feed(STAFF).exec(staffSignIn()).exitHereIfFailed().exec(during(TIME).on(page(NAME, PATH)));
	}

	{
		PopulationBuilder population = switch (SCENARIO) {
			case "signed" -> signed().injectOpen(atOnceUsers(USERS));
			case "signin" -> signins().injectOpen(atOnceUsers(USERS));
			case "flood" -> null;
			case "catalogue" -> readers("catalogue", "/services").injectOpen(atOnceUsers(USERS));
			case "submit" -> submissions().injectOpen(atOnceUsers(USERS));
			case "staff" -> staff().injectOpen(atOnceUsers(USERS));
			case "visitor", "bare" -> readers(SCENARIO, PATH).injectOpen(atOnceUsers(USERS));
			case "mix" -> (RATE > 0)
					? scenario("mix").exec(visit()).injectOpen(constantUsersPerSec(RATE).during(TIME).randomized())
					: scenario("mix").exec(during(TIME).on(visit())).injectOpen(atOnceUsers(USERS));
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

	/** Writes the responses noted to the file {@code timings} names, if it names one. */
	@Override
	public void after() {
		if (TIMINGS.isEmpty()) {
			return;
		}
		try (Writer out = Files.newBufferedWriter(Path.of(TIMINGS), StandardCharsets.UTF_8)) {
			for (String line : RECEIVED) {
				out.write(line);
				out.write('\n');
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
