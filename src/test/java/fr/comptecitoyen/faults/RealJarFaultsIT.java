package fr.comptecitoyen.faults;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
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

import jakarta.mail.internet.MimeMessage;
import fr.comptecitoyen.faults.Submissions.Draft;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

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

	private static final int CITIZENS = 8;

	private static final List<UUID> ACCOUNTS = new ArrayList<>();

	private static ShippedPortal shipped;

	private static PortalDatabase database;

	private static PortalProcess portal;

	private static byte[] photo;

	@BeforeAll
	static void startThePortal() throws Exception {
		shipped = ShippedPortal.start("faults", PortalProcess.freePort(),
				List.of("--spring.datasource.hikari.connection-timeout=2000", "--cc.mail.relay-interval=1s",
						"--cc.reminders.interval=1h"));
		database = shipped.database;
		portal = shipped.portal;
		for (int n = 0; n < CITIZENS; n++) {
			ACCOUNTS.add(database.citizen("panne.citoyen" + n, "Panne" + n, "VALIDATED", PASSWORD));
		}
		photo = Submissions.photo();
	}

	@AfterAll
	static void stopThePortal() throws Exception {
		if (shipped != null) {
			shipped.close();
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
				return WebUser.location(Submissions.send(citizen, draft));
			}));
		}
		go.countDown();
		Set<String> references = new HashSet<>();
		for (Future<String> send : sends) {
			Matcher sent = Submissions.SENT.matcher(String.valueOf(send.get(60, TimeUnit.SECONDS)));
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
					Matcher sent = Submissions.SENT
						.matcher(String.valueOf(WebUser.location(Submissions.send(citizen, draft))));
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
		try (Connection admin = PortalDatabase.admin(); Statement sql = admin.createStatement()) {
			sql.execute("ALTER DATABASE " + database.name() + " ALLOW_CONNECTIONS false");
			sql.execute(
					"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database.name() + "'");
		}
		outage.set(true);
		Thread.sleep(6000);
		outage.set(false);
		try (Connection admin = PortalDatabase.admin(); Statement sql = admin.createStatement()) {
			sql.execute("ALTER DATABASE " + database.name() + " ALLOW_CONNECTIONS true");
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
		shipped.stopSmtp();
		Thread.sleep(3000); // a message handed over just before is marked sent by now
		int sentBefore = count(sent); // none can leave from now on
		WebUser citizen = signedIn(CITIZENS - 2);
		String reference = Submissions.reference(Submissions.send(citizen, readyToSend(citizen)));
		String due = "select count(*) from outbox_message where status = 'PENDING' and channel = 'EMAIL'";
		// Thirty minutes of outage: each retry falls due (the due time moved to now, as
		// the clock would) and fails. The first round also waits out the relay's lock
		// (30 s at most) if the database outage before left it held.
		for (int round = 0; round < 4; round++) {
			int attempts = count("select coalesce(max(attempts), 0) from outbox_message where status = 'PENDING'");
			dueNow();
			waitFor(() -> count(
					"select coalesce(max(attempts), 0) from outbox_message where status = 'PENDING'") > attempts,
					Duration.ofSeconds((round == 0) ? 60 : 30));
		}
		assertThat(count(due)).as("emails waiting").isPositive();
		shipped.startSmtp();
		dueNow();
		waitFor(() -> count(due) == 0, Duration.ofSeconds(60));
		dueNow(); // a last round: nothing goes twice
		Thread.sleep(3000);
		MimeMessage[] received = shipped.smtp().getReceivedMessages();
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
				return new WebUser(portal.base()).signIn("/connexion", "panne.citoyen0", PASSWORD).statusCode() == 302;
			}
			catch (Exception ex) {
				return false;
			}
		}, Duration.ofSeconds(60));
	}

	// --- citizens and submissions over HTTP ------------------------------------------

	private static WebUser signedIn(int n) throws Exception {
		WebUser user = new WebUser(portal.base());
		HttpResponse<String> signIn = user.signIn("/connexion", "panne.citoyen" + n, PASSWORD);
		assertThat(signIn.statusCode()).as("sign-in of citizen %s: %s", n, signIn.body()).isEqualTo(302);
		return user;
	}

	private static Draft readyToSend(WebUser citizen) throws Exception {
		return Submissions.readyToSend(citizen, photo);
	}

	// --- the database --------------------------------------------------------------

	private static UUID account(int n) {
		return ACCOUNTS.get(n);
	}

	private static int count(String sql, Object... parameters) {
		return database.count(sql, parameters);
	}

	private static void dueNow() throws Exception {
		database.update("update outbox_message set next_attempt_at = now() where status = 'PENDING'");
	}

	private static void waitFor(java.util.function.BooleanSupplier condition, Duration timeout) throws Exception {
		long end = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited %s", timeout).isLessThan(end);
			Thread.sleep(250);
		}
	}

}
