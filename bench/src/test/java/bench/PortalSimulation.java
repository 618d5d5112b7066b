package bench;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.pause;
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
 * </ul>
 * Properties: {@code baseUrl}, {@code users} (concurrent), {@code seconds},
 * {@code password}, {@code benchUser}, {@code accounts} (seeded accounts to draw from),
 * {@code totp}, {@code agents} (seeded agents).
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
		.shareConnections();

	/**
	 * The sign-in form, then its post; on "réessayez" (503, the hashing slots busy) waits
	 * the Retry-After the portal gives, takes the form again and sends it again, as a
	 * person does. The whole is the group {@code name}: its count and time are completed
	 * sign-ins (the redirect home is not followed: the signed-in pages have their own
	 * scenario).
	 */
	private static ChainBuilder signIn(String name) {
		return group(name).on(exec((session) -> session.set("signInStatus", 503).set("signInTries", 0))
			.asLongAs((session) -> !session.isFailed() && session.getInt("signInStatus") == 503
					&& session.getInt("signInTries") < MAX_TRIES)
			.on(exec(http(name + " : formulaire").get("/connexion")
				.check(status().is(200), css("input[name='_csrf']", "value").saveAs("csrf")))
				.exec(http(name + " : envoi").post("/connexion")
					.formParam("username", "#{username}")
					.formParam("password", PASSWORD)
					.formParam("_csrf", "#{csrf}")
					.check(status().in(302, 503).saveAs("signInStatus"),
							header("Location").optional().saveAs("signInLocation"),
							header("Retry-After").optional().saveAs("retryAfter")))
				.exec((session) -> session.set("signInTries", session.getInt("signInTries") + 1))
				.doIf((session) -> session.getInt("signInStatus") == 503)
				.then(pause((session) -> Duration.ofSeconds(retryAfter(session.getString("retryAfter"))))))
			// Signed in, the redirect goes home; still busy after every try is a failure.
			.doIf((session) -> session.getInt("signInStatus") != 302
					|| !String.valueOf(session.getString("signInLocation")).matches(HOME))
			.then(exec((session) -> session.markAsFailed())));
	}

	private static long retryAfter(String header) {
		try {
			return Math.max(1, Math.min(60, Long.parseLong(header.strip())));
		}
		catch (RuntimeException ex) {
			return 5;
		}
	}

	/** Staff sign-in: password, then the code of the authenticator app. */
	private static ChainBuilder staffSignIn() {
		return group("connexion agent")
			.on(exec(http("agent : formulaire").get("/agent/connexion")
				.check(status().is(200), css("input[name='_csrf']", "value").saveAs("csrf")))
				.exec(http("agent : mot de passe").post("/agent/connexion")
					.formParam("username", "#{agent}")
					.formParam("password", PASSWORD)
					.formParam("_csrf", "#{csrf}")
					.check(status().is(302), header("Location").transform((l) -> l.endsWith("/agent/code")).is(true)))
				.exec(http("agent : page du code").get("/agent/code")
					.check(status().is(200), css("input[name='_csrf']", "value").saveAs("csrf")))
				.exec((session) -> session.set("code", totp(TOTP, System.currentTimeMillis())))
				.exec(http("agent : code").post("/agent/code")
					.formParam("code", "#{code}")
					.formParam("_csrf", "#{csrf}")
					.check(status().is(302), header("Location").transform((l) -> l.endsWith("/agent")).is(true))));
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
