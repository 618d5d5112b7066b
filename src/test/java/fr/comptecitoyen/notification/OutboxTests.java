package fr.comptecitoyen.notification;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import fr.comptecitoyen.notification.internal.Outbox;
import fr.comptecitoyen.notification.internal.OutboxRelay;
import fr.comptecitoyen.notification.internal.OutgoingMessage.Channel;
import fr.comptecitoyen.notification.internal.OutgoingMessage;
import fr.comptecitoyen.support.MutableClock;
import fr.comptecitoyen.support.PortalTest;
import fr.comptecitoyen.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox against a real SMTP server: delivered once, never twice, kept through an
 * outage, and failed only after the last attempt.
 */
@PortalTest(properties = { "cc.mail.max-attempts=4", "cc.test.clock-stopped-at=now" })
class OutboxTests {

	@Autowired
	Outbox outbox;

	@Autowired
	OutboxRelay relay;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@AfterEach
	void smtpBackUp() {
		TestMail.server();
	}

	@Test
	void messageIsDeliveredOnceWithBothVersions() throws Exception {
		String to = unique("livraison");
		add("test:" + to, to);
		assertThat(this.relay.drain()).isEqualTo(1);
		assertThat(this.relay.drain()).isZero();
		List<MimeMessage> received = TestMail.to(to);
		assertThat(received).hasSize(1);
		assertThat(received.get(0).getSubject()).isEqualTo("Objet accentué é");
		assertThat(TestMail.text(received.get(0))).contains("text/plain", "text/html");
		assertThat(status("test:" + to)).isEqualTo("SENT");
	}

	@Test
	void sameEventIsNeverQueuedTwice() {
		String to = unique("doublon");
		assertThat(add("test:" + to, to)).isTrue();
		assertThat(add("test:" + to, to)).isFalse();
		this.relay.drain();
		assertThat(TestMail.to(to)).hasSize(1);
	}

	@Test
	void smtpOutageDelaysMailAndLosesNone() {
		String to = unique("panne");
		TestMail.stop();
		add("test:" + to, to);
		this.relay.drain();
		assertThat(status("test:" + to)).isEqualTo("PENDING");
		assertThat(attempts("test:" + to)).isEqualTo(1);

		TestMail.server();
		assertThat(this.relay.drain()).as("not due before its backoff").isZero();
		this.clock.advance(Duration.ofMinutes(2));
		this.relay.drain();
		assertThat(TestMail.to(to)).hasSize(1);
		assertThat(status("test:" + to)).isEqualTo("SENT");
	}

	@Test
	void messageIsMarkedFailedAfterTheLastAttempt() {
		String to = unique("echec");
		TestMail.stop();
		add("test:" + to, to);
		for (int attempt = 1; attempt <= 4; attempt++) {
			this.relay.drain();
			this.clock.advance(Duration.ofHours(1));
		}
		assertThat(attempts("test:" + to)).isEqualTo(4);
		assertThat(status("test:" + to)).isEqualTo("FAILED");
		TestMail.server();
		this.relay.drain();
		assertThat(TestMail.to(to)).isEmpty();
	}

	private boolean add(String key, String to) {
		return Boolean.TRUE
			.equals(this.transactions.execute((tx) -> this.outbox.add(new OutgoingMessage(key, Channel.EMAIL,
					MessageKind.INFORMATION, null, to, "Objet accentué é", "Texte é", "<p>HTML é</p>", null))));
	}

	private String status(String key) {
		return this.jdbc.queryForObject("select status from outbox_message where dedup_key = ?", String.class, key);
	}

	private int attempts(String key) {
		return this.jdbc.queryForObject("select attempts from outbox_message where dedup_key = ?", Integer.class, key);
	}

	private static String unique(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

}
