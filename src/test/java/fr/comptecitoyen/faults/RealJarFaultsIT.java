package fr.comptecitoyen.faults;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import fr.comptecitoyen.support.TestDatabaseEnvironment.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Faults on the portal as shipped (SECURITY.md, reliability): the repackaged jar started
 * with {@code java -jar} on a PostgreSQL database of its own, a real SMTP server,
 * citizens signing in and submitting over HTTP as browsers do.
 * <ul>
 * <li>{@code kill -9} during a burst of submissions: after a restart, every reference
 * acknowledged to a citizen exists with its file, its history and its acknowledgement
 * email; no request is half written.</li>
 * <li>PostgreSQL refusing connections and dropping the portal's (as in a restart) during
 * load: the portal answers a short French page with HTTP 503 and no stack trace, then
 * serves again without being restarted, and nothing acknowledged is lost.</li>
 * <li>The SMTP server down while emails are due, their retries falling due as the outage
 * goes on (the due times moved forward, as a clock would), then back: each email is
 * delivered once.</li>
 * <li>A submission posted twice at once: one request.</li>
 * </ul>
 * Run by the failsafe plugin after {@code package}, on PostgreSQL only
 * ({@code CC_TEST_DB=postgres}: {@code ./mvnw verify} runs it then).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RealJarFaultsIT {

	private static final String PASSWORD = "pannes-et-reprises-2026";

	private static final Pattern SENT = Pattern.compile("/demarches/envoyee/([A-Z0-9-]+)");

	private static final Pattern SUBMISSION_KEY = Pattern.compile("name=\"submissionKey\"\\s+value=\"([^\"]+)\"");

	private static final Pattern SUMMARY_STEP = Pattern.compile("name=\"_step\"\\s+value=\"(-?\\d+)\"");

	private static final int CITIZENS = 8;

	private static String database;

	private static String jdbcUrl;

	private static GreenMail smtp;

	private static int smtpPort;

	private static PortalProcess portal;

	private static Path work;

	private static byte[] photo;

	@BeforeAll
	static void startThePortal() throws Exception {
		database = "cc_faults_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		try (Connection admin = admin(); Statement sql = admin.createStatement()) {
			sql.execute("CREATE DATABASE " + database);
		}
		jdbcUrl = TestDatabase.postgresUrl().replaceFirst("/[^/?]+$", "/" + database);
		smtpPort = PortalProcess.freePort();
		smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		work = Files.createTempDirectory("cc-faults-");
		int port = PortalProcess.freePort();
		portal = new PortalProcess(port,
				List.of("--spring.datasource.url=" + jdbcUrl,
						"--spring.datasource.username=" + TestDatabase.postgresUser(), "--spring.datasource.password=",
						"--spring.datasource.hikari.connection-timeout=2000", "--spring.mail.host=127.0.0.1",
						"--spring.mail.port=" + smtpPort, "--cc.city.public-url=http://127.0.0.1:" + port,
						"--cc.data-dir=" + work, "--cc.mail.relay-interval=1s", "--cc.reminders.interval=1h",
						"--logging.level.root=WARN"),
				work.resolve("portal.log"));
		portal.start(Duration.ofMinutes(3));
		citizens();
		photo = png();
	}

	@AfterAll
	static void stopThePortal() throws Exception {
		if (portal != null) {
			portal.stop();
		}
		if (smtp != null) {
			smtp.stop();
		}
		try (Connection admin = admin(); Statement sql = admin.createStatement()) {
			sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
		}
	}

	@Test
	@Order(1)
	void aSubmissionPostedTwiceAtOnceMakesOneRequest() throws Exception {
		WebUser citizen = signedIn(0);
		Draft draft = readyToSend(citizen);
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<String>> sends = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			sends.add(pool.submit(() -> {
				go.await();
				return WebUser.location(send(citizen, draft));
			}));
		}
		go.countDown();
		Set<String> references = new HashSet<>();
		for (Future<String> send : sends) {
			Matcher sent = SENT.matcher(String.valueOf(send.get(60, TimeUnit.SECONDS)));
			assertThat(sent.find()).as("each press leads to the acknowledgement").isTrue();
			references.add(sent.group(1));
		}
		pool.shutdown();
		assertThat(references).as("both presses acknowledge the same request").hasSize(1);
		assertThat(count("select count(*) from citizen_request where account_id = ? and status <> 'DRAFT'", account(0)))
			.isEqualTo(1);
		assertThat(count("select count(*) from request_history h join citizen_request r on r.id = h.request_id "
				+ "where r.reference = ? and h.verb = 'SUBMIT'", references.iterator().next()))
			.isEqualTo(1);
	}

	@Test
	@Order(2)
	void everyAcknowledgedSubmissionSurvivesAKillDuringABurst() throws Exception {
		List<WebUser> users = new ArrayList<>();
		List<Draft> drafts = new ArrayList<>();
		for (int i = 1; i < CITIZENS; i++) {
			WebUser citizen = signedIn(i);
			for (int d = 0; d < 3; d++) {
				users.add(citizen);
				drafts.add(readyToSend(citizen));
			}
		}
		ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
		CountDownLatch first = new CountDownLatch(2);
		ExecutorService pool = Executors.newFixedThreadPool(drafts.size());
		for (int i = 0; i < drafts.size(); i++) {
			WebUser citizen = users.get(i);
			Draft draft = drafts.get(i);
			pool.submit(() -> {
				try {
					Matcher sent = SENT.matcher(String.valueOf(WebUser.location(send(citizen, draft))));
					if (sent.find()) {
						acknowledged.add(sent.group(1));
					}
				}
				catch (Exception ex) {
					// cut by the kill: not acknowledged
				}
				first.countDown();
			});
		}
		first.await(60, TimeUnit.SECONDS);
		portal.kill();
		pool.shutdown();
		boolean ended = pool.awaitTermination(60, TimeUnit.SECONDS);
		portal.start(Duration.ofMinutes(3));
		assertThat(ended).isTrue();
		assertThat(acknowledged).as("some submissions were acknowledged before the kill").isNotEmpty();

		for (String reference : acknowledged) {
			assertThat(count("select count(*) from citizen_request where reference = ? and status = 'SUBMITTED'",
					reference))
				.as("acknowledged %s exists", reference)
				.isEqualTo(1);
			assertThat(count("select count(*) from citizen_request r join attachment a on a.holder_id = r.id "
					+ "join attachment_content c on c.storage_key = a.storage_key where r.reference = ? "
					+ "and octet_length(c.content) = a.size_bytes", reference))
				.as("%s has its photo, whole", reference)
				.isEqualTo(1);
		}
		assertThat(count("select count(*) from citizen_request r where r.status = 'SUBMITTED' and ("
				+ "r.reference is null or r.submitted_at is null "
				+ "or not exists (select 1 from request_history h where h.request_id = r.id and h.verb = 'SUBMIT') "
				+ "or not exists (select 1 from outbox_message o where o.dedup_key = 'request-submitted:' || r.id))"))
			.as("no request half written: each sent one has its reference, date, history and email")
			.isZero();
		assertThat(count("select count(*) from attachment a where not exists "
				+ "(select 1 from attachment_content c where c.storage_key = a.storage_key)"))
			.as("no attachment without its content")
			.isZero();
	}

	@Test
	@Order(4)
	void aDatabaseOutageGivesShortFrenchPagesThenThePortalServesAgainWithoutARestart() throws Exception {
		serving();
		WebUser citizen = signedIn(CITIZENS - 1);
		long pid = portal.pid();
		int requestsBefore = count("select count(*) from citizen_request where status <> 'DRAFT'");
		AtomicBoolean running = new AtomicBoolean(true);
		ConcurrentLinkedQueue<HttpResponse<String>> during = new ConcurrentLinkedQueue<>();
		ExecutorService load = Executors.newFixedThreadPool(4);
		AtomicBoolean outage = new AtomicBoolean(false);
		for (int i = 0; i < 4; i++) {
			String path = (i % 2 == 0) ? "/demandes" : "/";
			load.submit(() -> {
				while (running.get()) {
					try {
						HttpResponse<String> page = citizen.get(path);
						if (outage.get()) {
							during.add(page);
						}
					}
					catch (Exception ex) {
						// a timeout counts as nothing served
					}
				}
				return null;
			});
		}
		Thread.sleep(1000);
		try (Connection admin = admin(); Statement sql = admin.createStatement()) {
			sql.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS false");
			sql.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");
		}
		outage.set(true);
		Thread.sleep(6000);
		outage.set(false);
		try (Connection admin = admin(); Statement sql = admin.createStatement()) {
			sql.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
		}
		running.set(false);
		load.shutdown();
		assertThat(load.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

		long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		int status = 0;
		while (System.nanoTime() < end && status != 200) {
			status = citizen.get("/demandes").statusCode();
			if (status != 200) {
				Thread.sleep(500);
			}
		}
		assertThat(status).as("served again").isEqualTo(200);
		List<HttpResponse<String>> unavailable = during.stream().filter((r) -> r.statusCode() != 200).toList();
		assertThat(unavailable).as("pages during the outage").isNotEmpty();
		for (HttpResponse<String> page : unavailable) {
			assertThat(page.statusCode()).as("%s: %s", page.uri(), page.body()).isEqualTo(503);
			assertThat(page.headers().firstValue("Retry-After")).isPresent();
			assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
			assertThat(page.body()).contains("lang=\"fr\"", "Réessayez")
				.doesNotContain("Exception", "at fr.comptecitoyen", "at org.", "Whitelabel", "Apache Tomcat");
		}
		assertThat(portal.alive()).isTrue();
		assertThat(portal.pid()).as("without a restart").isEqualTo(pid);
		assertThat(count("select count(*) from citizen_request where status <> 'DRAFT'")).isEqualTo(requestsBefore);
	}

	@Test
	@Order(3)
	void emailsDueDuringAnSmtpOutageAreEachDeliveredOnceWhenItIsBack() throws Exception {
		serving();
		String sent = "select count(*) from outbox_message where status = 'SENT' and channel = 'EMAIL'";
		smtp.stop();
		Thread.sleep(3000); // a message handed over just before is marked sent by now
		int sentBefore = count(sent); // none can leave from now on
		WebUser citizen = signedIn(CITIZENS - 2);
		String reference = reference(send(citizen, readyToSend(citizen)));
		String due = "select count(*) from outbox_message where status = 'PENDING' and channel = 'EMAIL'";
		// Thirty minutes of outage: each retry falls due (the due time moved to now, as
		// the clock would) and fails.
		for (int round = 0; round < 4; round++) {
			int attempts = count("select coalesce(max(attempts), 0) from outbox_message where status = 'PENDING'");
			dueNow();
			waitFor(() -> count(
					"select coalesce(max(attempts), 0) from outbox_message where status = 'PENDING'") > attempts,
					Duration.ofSeconds(30));
		}
		assertThat(count(due)).as("emails waiting").isPositive();
		smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		dueNow();
		waitFor(() -> count(due) == 0, Duration.ofSeconds(60));
		dueNow(); // a last round: nothing goes twice
		Thread.sleep(3000);
		MimeMessage[] received = smtp.getReceivedMessages();
		List<String> ids = new ArrayList<>();
		for (MimeMessage message : received) {
			ids.add(message.getMessageID());
		}
		assertThat(ids).as("each delivered once").doesNotHaveDuplicates();
		assertThat(count(sent) - sentBefore).as("every email due during the outage sent, each once")
			.isEqualTo(received.length);
		assertThat(Arrays.stream(received).anyMatch((m) -> {
			try {
				return m.getSubject().contains(reference);
			}
			catch (Exception ex) {
				return false;
			}
		})).as("the acknowledgement of %s delivered", reference).isTrue();
	}

	/** Waits until the portal serves its sign-in page (after an earlier test's fault). */
	private static void serving() throws Exception {
		waitFor(() -> {
			try {
				// The home page of a signed-in citizen reads the database.
				return new WebUser(portal.base())
					.post("/connexion", "/connexion", Map.of("username", "panne.citoyen0", "password", PASSWORD))
					.statusCode() == 302;
			}
			catch (Exception ex) {
				return false;
			}
		}, Duration.ofSeconds(60));
	}

	// --- citizens and submissions over HTTP ------------------------------------------

	private record Draft(String path) {
	}

	private static WebUser signedIn(int n) throws Exception {
		WebUser user = new WebUser(portal.base());
		HttpResponse<String> signIn = user.post("/connexion", "/connexion",
				Map.of("username", "panne.citoyen" + n, "password", PASSWORD));
		assertThat(signIn.statusCode()).as("sign-in of citizen %s: %s", n, signIn.body()).isEqualTo(302);
		return user;
	}

	private static Draft readyToSend(WebUser citizen) throws Exception {
		String start = "/demarches/VOIRIE/nouvelle";
		String draft = WebUser.location(citizen.post(start, start, Map.of("nouvelle", "1")));
		assertThat(draft).contains("/demarches/brouillons/");
		String path = draft.replaceFirst("^https?://[^/]+", "").replaceFirst("[?#].*$", "");
		HttpResponse<String> first = citizen.postMultipart(path, path,
				Map.of("_step", "0", "_action", "next", "category", "Autre", "description", "Un trou dans la chaussée"),
				"photo", "trou.png", "image/png", photo);
		assertThat(first.statusCode()).as("step 1: %s", first.body()).isEqualTo(302);
		HttpResponse<String> second = citizen.post(path, path, Map.of("_step", "1", "_action", "next", "place-kind",
				"À un endroit sans adresse précise", "place", "Parking du stade"));
		assertThat(second.statusCode()).as("step 2: %s", second.body()).isEqualTo(302);
		return new Draft(path);
	}

	private static HttpResponse<String> send(WebUser citizen, Draft draft) throws Exception {
		String summary = citizen.get(draft.path()).body();
		Matcher key = SUBMISSION_KEY.matcher(summary);
		Matcher step = SUMMARY_STEP.matcher(summary);
		assertThat(key.find() && step.find()).as("the summary's form: %s", summary).isTrue();
		return citizen.post(draft.path(), draft.path(),
				Map.of("_step", step.group(1), "_action", "send", "submissionKey", key.group(1)));
	}

	private static String reference(HttpResponse<String> sent) {
		Matcher matcher = SENT.matcher(String.valueOf(WebUser.location(sent)));
		assertThat(matcher.find()).as("acknowledged: %s", sent.body()).isTrue();
		return matcher.group(1);
	}

	// --- the database --------------------------------------------------------------

	private static void citizens() throws Exception {
		String hash = "{argon2}" + new Argon2PasswordEncoder(16, 32, 1, 19456, 2).encode(PASSWORD);
		try (Connection db = DriverManager.getConnection(jdbcUrl, TestDatabase.postgresUser(), "");
				PreparedStatement insert = db.prepareStatement("insert into citizen_account (id, username, email, "
						+ "password_hash, status, civility, last_name, first_name, birth_date, phone, address_line, "
						+ "postcode, city, contact_preference, created_at, updated_at, version, correction_requested) "
						+ "values (?, ?, ?, ?, 'VALIDATED', 'MADAME', ?, 'Camille', date '1980-05-01', '06 12 34 56 78', "
						+ "'1 rue des Tamaris', '34200', 'Sète', 'EMAIL', ?, ?, 0, false)")) {
			for (int n = 0; n < CITIZENS; n++) {
				Timestamp now = Timestamp.from(Instant.now());
				insert.setObject(1, UUID.randomUUID());
				insert.setString(2, "panne.citoyen" + n);
				insert.setString(3, "panne.citoyen" + n + "@example.org");
				insert.setString(4, hash);
				insert.setString(5, "Panne" + n);
				insert.setTimestamp(6, now);
				insert.setTimestamp(7, now);
				insert.executeUpdate();
			}
		}
	}

	private static UUID account(int n) throws Exception {
		try (Connection db = DriverManager.getConnection(jdbcUrl, TestDatabase.postgresUser(), "");
				PreparedStatement query = db.prepareStatement("select id from citizen_account where username = ?")) {
			query.setString(1, "panne.citoyen" + n);
			try (ResultSet rs = query.executeQuery()) {
				rs.next();
				return rs.getObject(1, UUID.class);
			}
		}
	}

	private static int count(String sql, Object... parameters) {
		try (Connection db = DriverManager.getConnection(jdbcUrl, TestDatabase.postgresUser(), "");
				PreparedStatement query = db.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				query.setObject(i + 1, parameters[i]);
			}
			try (ResultSet rs = query.executeQuery()) {
				rs.next();
				return rs.getInt(1);
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException(sql, ex);
		}
	}

	private static void dueNow() throws Exception {
		try (Connection db = DriverManager.getConnection(jdbcUrl, TestDatabase.postgresUser(), "");
				Statement sql = db.createStatement()) {
			sql.executeUpdate("update outbox_message set next_attempt_at = now() where status = 'PENDING'");
		}
	}

	private static void waitFor(java.util.function.BooleanSupplier condition, Duration timeout) throws Exception {
		long end = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited %s", timeout).isLessThan(end);
			Thread.sleep(250);
		}
	}

	private static Connection admin() throws Exception {
		return DriverManager.getConnection(TestDatabase.postgresUrl(), TestDatabase.postgresUser(), "");
	}

	private static byte[] png() throws Exception {
		BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB);
		image.setRGB(3, 3, 0xff0000);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

}
