package fr.comptecitoyen.faults;

import java.io.File;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.comptecitoyen.instruction.StaffMembers;
import fr.comptecitoyen.security.SecretTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * SQL injection (SECURITY.md, V1.2): {@code sqlmap} against the portal as shipped (the
 * repackaged jar started with {@code java -jar} on a PostgreSQL database of its own, on
 * the loopback address) finds nothing in the search and filter parameters of the
 * citizen's and the staff's pages (« Mes demandes », the queue and its CSV export, the
 * audit journal), the reference, token or identifier in the address of a request, of a
 * visitor's tracking link and of an account to validate, and the sign-in (citizens and
 * staff) and lost-password forms, their CSRF token read from the form before each
 * request.
 * <p>
 * Nothing found means: sqlmap names no injection point and no parameter it suspects, and
 * the portal logs no failed statement meanwhile (a payload that reached SQL text would
 * break one, whatever sqlmap makes of the pages). Every target is really tested, or the
 * test fails: sqlmap says it tested each parameter and found it not injectable; the page
 * serves its data (the seeded request) with the session before and after, and no request
 * was redirected or refused (sign-in page, 401, 403); the forms' payloads reach the
 * account lookups (one throttle or quota row per identifier tried). Payloads to the forms
 * come each from an address of its own ({@code X-Forwarded-For}, the loopback being a
 * trusted proxy here) so that the throttles do not stop them before the lookups; the
 * lost-password page answers at once instead of after its even delay.
 * <p>
 * sqlmap runs with the techniques boolean-based blind, error-based, UNION, stacked
 * queries and time-based blind (2 s), level 2, risk 1, PostgreSQL payloads only,
 * comparing the pages' text (the CSRF token of every page differs). Each target is
 * stopped and fails past its time limit; the whole takes about three minutes of sqlmap.
 * Its output is kept in {@code target/sqlmap/}. Without sqlmap on the {@code PATH}
 * ({@code apt-get install sqlmap}) the class is skipped, or fails when
 * {@code CC_REQUIRE_SQLMAP=1} or {@code CC_REQUIRE_BROWSER=1} (the CI's PostgreSQL pass)
 * is set. Run by the failsafe plugin after {@code package}, on PostgreSQL only
 * ({@code CC_TEST_DB=postgres}).
 */
class SqlInjectionIT {

	private static final String PASSWORD = "injections-sans-effet-2026";

	private static final String CITIZEN = "essai.citoyen";

	private static final String PENDING = "essai.attente";

	private static final String AGENT = "essai.agent";

	/** The portal's port is taken in a range of its own, apart from ephemeral ports. */
	private static final int FIRST_PORT = 28500;

	private static final int LAST_PORT = 28599;

	private static final Path OUTPUT = Path.of("target", "sqlmap");

	/**
	 * Time limits of the targets, about twice what each takes on a developer's machine
	 * (from 3 s for an address to 50 s for the five filters of the staff queue).
	 */
	private static final Duration SECONDS_30 = Duration.ofSeconds(30);

	private static final Duration SECONDS_60 = Duration.ofSeconds(60);

	/** What every run does (the target's own options follow). */
	private static final List<String> OPTIONS = List.of("--batch", "--flush-session", "--disable-coloring",
			"--ignore-proxy", "--skip-waf", "--dbms=PostgreSQL", "--level=2", "--risk=1", "--technique=BEUST",
			"--time-sec=2", "--timeout=30", "--retries=1", "--text-only");

	/** What the portal logs when a statement fails (a payload that reached SQL text). */
	private static final Pattern SQL_ERROR = Pattern
		.compile("(?m)^.*(\\bERROR\\b|SQLException|BadSqlGrammar|syntax error|unterminated quoted).*$");

	/**
	 * What sqlmap says when it found an injection, or when its first heuristic suspects
	 * one (a database error in the page) or sees what was typed come back unescaped. A
	 * parameter that only « appears to be » injectable until sqlmap's own check finds a
	 * false positive (pages that differ by chance) is not a finding.
	 */
	private static final Pattern FOUND = Pattern.compile("(?i)identified the following injection point"
			+ "|parameter '[^']*' is vulnerable|might be injectable|might be vulnerable");

	private static Path sqlmap;

	private static ShippedPortal shipped;

	private static PortalDatabase database;

	private static PortalProcess portal;

	private static WebUser citizen;

	private static WebUser staff;

	private static String reference;

	private static String visitorReference;

	private static String trackingToken;

	@BeforeAll
	static void startThePortal() throws Exception {
		sqlmap = onPath("sqlmap");
		if (sqlmap == null) {
			String reason = "sqlmap not found on the PATH: SQL injection tests skipped. Install it with: "
					+ "apt-get install -y sqlmap";
			if ("1".equals(System.getenv("CC_REQUIRE_SQLMAP")) || "1".equals(System.getenv("CC_REQUIRE_BROWSER"))) {
				throw new IllegalStateException(
						reason + " (CC_REQUIRE_SQLMAP=1 or CC_REQUIRE_BROWSER=1 forbids skipping)");
			}
			System.out.println("[sqlmap] " + reason);
			Assumptions.abort(reason);
		}
		shipped = ShippedPortal.start("sqli", PortalProcess.freePort(FIRST_PORT, LAST_PORT),
				List.of("--cc.security.trusted-proxies=127.0.0.1", "--cc.security.recovery-answer-time=1ms"));
		database = shipped.database;
		portal = shipped.portal;
		Files.createDirectories(OUTPUT);

		database.citizen(CITIZEN, "Essai", "VALIDATED", PASSWORD);
		database.citizen(PENDING, "Attente", "PENDING", PASSWORD);
		database.staff(AGENT, PASSWORD);
		citizen = new WebUser(portal.base());
		assertThat(WebUser.location(citizen.signIn("/connexion", CITIZEN, PASSWORD))).doesNotContain("erreur");
		reference = Submissions
			.reference(Submissions.send(citizen, Submissions.readyToSend(citizen, Submissions.photo())));
		staff = enrolledStaff();
		// The journal then has an entry whose object is an account.
		assertServes(staff, "/agent/comptes/" + PENDING, "Attente");
		trackedVisitorRequest();
	}

	@AfterAll
	static void stopThePortal() throws Exception {
		if (shipped != null) {
			shipped.close();
		}
	}

	// --- the citizen's pages ---------------------------------------------------------

	@Test
	void theFiltersOfMyRequests() throws Exception {
		getTarget("citizen-requests", SECONDS_60, citizen,
				"/demandes?statut=SUBMITTED&demarche=VOIRIE&categorie=services-techniques&q=voirie&page=1", reference,
				List.of("statut", "demarche", "categorie", "q"));
	}

	@Test
	void theReferenceInTheAddressOfARequest() throws Exception {
		pathTarget("citizen-request", SECONDS_30, citizen, "/demandes/" + reference, reference);
	}

	@Test
	void theTokenOfAVisitorsTrackingLink() throws Exception {
		pathTarget("tracking-link", SECONDS_30, null, "/suivi/" + trackingToken, visitorReference);
	}

	// --- the staff's pages -----------------------------------------------------------

	@Test
	void theFiltersOfTheStaffQueue() throws Exception {
		getTarget("staff-queue", Duration.ofSeconds(100), staff,
				"/agent/demandes?onglet=nouvelles&statut=SUBMITTED&demarche=VOIRIE&q=essai&tri=anciennes&page=1",
				reference, List.of("onglet", "statut", "demarche", "q", "tri"));
	}

	@Test
	void theFiltersOfTheQueueExport() throws Exception {
		getTarget("staff-export", SECONDS_30, staff,
				"/agent/demandes/export.csv?onglet=nouvelles&demarche=VOIRIE&q=essai", reference,
				List.of("demarche", "q"));
	}

	@Test
	void theReferenceInTheAddressOfARequestCase() throws Exception {
		pathTarget("staff-request", SECONDS_30, staff, "/agent/demandes/" + reference, reference);
	}

	@Test
	void theIdentifierInTheAddressOfAnAccountToValidate() throws Exception {
		pathTarget("staff-account", SECONDS_30, staff, "/agent/comptes/" + PENDING, "Attente");
	}

	@Test
	void theFiltersOfTheAuditJournal() throws Exception {
		getTarget("audit-journal", SECONDS_30, staff, "/agent/journal?personne=essai&objet=compte&page=1", PENDING,
				List.of("personne", "objet"));
	}

	// --- the public forms ------------------------------------------------------------

	@Test
	void theCitizensSignInForm() throws Exception {
		formTarget("citizen-sign-in", SECONDS_60, "/connexion", "username=" + CITIZEN + "&password=pas-le-bon",
				"username");
		assertThat(
				database.count("select count(*) from sign_in_throttle where throttle_key like ?", "u:" + CITIZEN + "%"))
			.as("identifiers tried, each reaching the accounts' lookup")
			.isGreaterThan(50);
	}

	@Test
	void theStaffSignInForm() throws Exception {
		formTarget("staff-sign-in", SECONDS_60, "/agent/connexion", "username=" + AGENT + "&password=pas-le-bon",
				"username");
		assertThat(
				database.count("select count(*) from sign_in_throttle where throttle_key like ?", "s:" + AGENT + "%"))
			.as("identifiers tried, each reaching the staff's lookup")
			.isGreaterThan(50);
	}

	@Test
	void theLostPasswordForm() throws Exception {
		formTarget("lost-password", SECONDS_30, "/mot-de-passe-oublie", "identifier=" + CITIZEN, "identifier");
		assertThat(database.count("select count(*) from rate_limit where limit_key like ?", "recovery-ip:%"))
			.as("requests reaching the accounts' lookup")
			.isGreaterThan(0);
	}

	// --- targets ---------------------------------------------------------------------

	/**
	 * The GET parameters of a page that shows data (the marker) with this user's session.
	 */
	private static void getTarget(String name, Duration limit, WebUser user, String path, String marker,
			List<String> parameters) throws Exception {
		assertServes(user, path, marker);
		List<String> target = new ArrayList<>(List.of("-u", portal.base() + path, "-p", String.join(",", parameters),
				"--cookie=" + user.cookie("SESSION"), "--drop-set-cookie"));
		String output = sqlmap(name, limit, target);
		for (String parameter : parameters) {
			assertTested(name, output, "GET parameter '" + parameter + "'");
		}
		assertNeitherRedirectedNorRefused(name, output);
		assertServes(user, path, marker);
	}

	/**
	 * The last segment of an address (a reference, a token, an identifier), as sqlmap's
	 * URI injection point; a page of the user (or of anyone, for null).
	 */
	private static void pathTarget(String name, Duration limit, WebUser user, String path, String marker)
			throws Exception {
		assertServes((user != null) ? user : new WebUser(portal.base()), path, marker);
		List<String> target = new ArrayList<>(List.of("-u", portal.base() + path + "*"));
		if (user != null) {
			target.addAll(List.of("--cookie=" + user.cookie("SESSION"), "--drop-set-cookie"));
		}
		String output = sqlmap(name, limit, target);
		assertTested(name, output, "URI parameter '#1*'");
		assertNeitherRedirectedNorRefused(name, output);
		if (user != null) {
			assertServes(user, path, marker);
		}
	}

	/**
	 * A public form posted to its own page, a new CSRF token read from that page before
	 * each request, each payload from an address of its own.
	 */
	private static void formTarget(String name, Duration limit, String page, String data, String parameter)
			throws Exception {
		List<String> target = List.of("-u", portal.base() + page, "--data=" + data + "&_csrf=x", "-p", parameter,
				"--csrf-token=_csrf", "--csrf-url=" + portal.base() + page, "--tamper=xforwardedfor");
		String output = sqlmap(name, limit, target);
		assertTested(name, output, "POST parameter '" + parameter + "'");
		assertThat(output).as("%s: no request refused (CSRF token, rights)", name)
			.doesNotContain("403 (Forbidden)", "401 (Unauthorized)");
	}

	/**
	 * Runs sqlmap on a target and returns what it printed (also kept in
	 * {@code target/sqlmap/<name>.txt}).
	 * @param limit how long it may run before it is stopped and the test fails
	 */
	private static String sqlmap(String name, Duration limit, List<String> target) throws Exception {
		Path log = OUTPUT.resolve(name + ".txt");
		List<String> command = new ArrayList<>();
		command.add(sqlmap.toString());
		command.addAll(OPTIONS);
		command.add("--output-dir=" + OUTPUT.resolve(name).toAbsolutePath());
		command.addAll(target);
		long logged = Files.size(shipped.log());
		Files.writeString(log, String.join(" ", command) + System.lineSeparator());
		Process run = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
			.start();
		if (!run.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
			run.descendants().forEach(ProcessHandle::destroyForcibly);
			run.destroyForcibly().waitFor();
			fail("sqlmap did not finish %s in %s (output in %s):%n%s", name, limit, log, Files.readString(log));
		}
		String output = Files.readString(log);
		Matcher found = FOUND.matcher(output);
		if (found.find()) {
			fail("sqlmap found an injection in %s (« %s »):%n%s", name, found.group(), output);
		}
		assertThat(output).as("%s: sqlmap's verdict%n%s", name, output)
			.contains("all tested parameters do not appear to be injectable");
		// A payload that reaches SQL text breaks a statement before sqlmap can tell.
		Matcher failed = SQL_ERROR.matcher(portalLogSince(logged));
		if (failed.find()) {
			fail("The portal logged an error while sqlmap tested %s (« %s »); its log: %s", name, failed.group(),
					shipped.log());
		}
		assertThat(output).as("%s: no server error%n%s", name, output).doesNotContain("500 (Internal Server Error)");
		return output;
	}

	/** What the portal logged after that many bytes. */
	private static String portalLogSince(long offset) throws IOException {
		byte[] all = Files.readAllBytes(shipped.log());
		int from = (int) Math.min(offset, all.length);
		return new String(all, from, all.length - from, StandardCharsets.UTF_8);
	}

	/** sqlmap says it tested the parameter and found it not injectable. */
	private static void assertTested(String name, String output, String parameter) {
		assertThat(output).as("%s: %s tested%n%s", name, parameter, output)
			.contains("testing for SQL injection on " + parameter, parameter + " does not seem to be injectable");
	}

	/** sqlmap's requests were neither redirected (to a sign-in page…) nor refused. */
	private static void assertNeitherRedirectedNorRefused(String name, String output) {
		assertThat(output).as("%s: no redirect, nothing refused%n%s", name, output)
			.doesNotContain("got a 30", "403 (Forbidden)", "401 (Unauthorized)");
	}

	/**
	 * The page answers 200 with the marker in it (the session is alive, the data seen).
	 */
	private static void assertServes(WebUser user, String path, String marker) throws Exception {
		HttpResponse<String> page = user.get(path);
		assertThat(page.statusCode()).as("%s: %s", path, page.body()).isEqualTo(200);
		assertThat(page.body()).as(path).contains(marker);
	}

	// --- the seeded people and requests ----------------------------------------------

	/**
	 * The staff member signed in for the first time: password, then the enrolment of an
	 * authenticator app whose code is computed from the key the page shows.
	 */
	private static WebUser enrolledStaff() throws Exception {
		WebUser user = new WebUser(portal.base());
		assertThat(WebUser.location(user.signIn("/agent/connexion", AGENT, PASSWORD))).endsWith("/agent/enrolement");
		String secret = StaffMembers.secretOn(user.get("/agent/enrolement").body());
		HttpResponse<String> enrolled = user.post("/agent/enrolement", "/agent/enrolement",
				Map.of("code", StaffMembers.code(secret, Instant.now())));
		assertThat(enrolled.body()).as("enrolment").contains("recovery-codes");
		return user;
	}

	/**
	 * A birth certificate asked for without an account, under instruction, whose tracking
	 * link's token is known (only its SHA-256 is stored, as the portal does).
	 */
	private static void trackedVisitorRequest() throws Exception {
		trackingToken = SecretTokens.newToken();
		visitorReference = Year.now(ZoneOffset.UTC) + "-NAISSANCE-ESSAI1";
		database.update("insert into citizen_request (id, public_id, reference, account_id, visitor_email, "
				+ "procedure_code, procedure_revision, title, category, department, status, answers, current_step, "
				+ "created_at, updated_at, submitted_at, version, citizen_name, citizen_key, citizen_email, "
				+ "tracking_hash) select ?, 'essaivisiteur', ?, null, 'visiteur.essai@example.org', p.code, "
				+ "p.current_revision, 'Demande d’acte de naissance', 'etat-civil', 'etat-civil', 'IN_INSTRUCTION', "
				+ "?, -1, now(), now(), now(), 0, 'Camille Visiteur', 'visiteur camille', "
				+ "'visiteur.essai@example.org', ? from procedure p where p.code = 'NAISSANCE'", UUID.randomUUID(),
				visitorReference,
				"{\"document\":\"Extrait avec filiation\",\"quality\":\"La personne concernée par l’acte\","
						+ "\"event-date\":\"1990-05-14\",\"event-place\":\"Sète\",\"copies\":\"1\","
						+ "\"last-name\":\"Visiteur\",\"first-names\":\"Camille\",\"parent-1\":\"Visiteur Jean\","
						+ "\"requester-last-name\":\"Visiteur\",\"requester-first-name\":\"Camille\","
						+ "\"delivery\":\"En France\",\"address\":{\"line\":\"8 rue des Tamaris\","
						+ "\"postcode\":\"34200\",\"commune\":\"Sète\"}}",
				SecretTokens.sha256(trackingToken));
	}

	/** An executable of that name in a directory of the {@code PATH}, or null. */
	private static Path onPath(String executable) {
		for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
			Path candidate = Path.of(directory, executable);
			if (!directory.isEmpty() && Files.isExecutable(candidate)) {
				return candidate;
			}
		}
		return null;
	}

}
