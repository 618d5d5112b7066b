package fr.comptecitoyen.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import fr.comptecitoyen.notification.internal.Outbox;
import fr.comptecitoyen.notification.internal.OutboxRelay;
import fr.comptecitoyen.notification.internal.OutgoingMessage.Channel;
import fr.comptecitoyen.notification.internal.OutgoingMessage;
import fr.comptecitoyen.support.PortalTest;
import fr.comptecitoyen.support.TestMail;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two relays (two instances of the portal) draining the outbox at the same moment, each
 * in its own transactions: the rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so
 * every email is delivered exactly once.
 */
@PortalTest(properties = "cc.mail.batch-size=3")
class OutboxConcurrencyTests {

	static final int MESSAGES = 40;

	@Autowired
	Outbox outbox;

	@Autowired
	OutboxRelay relay;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void twoRelaysDrainingTogetherDeliverEachEmailExactlyOnce() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		List<String> recipients = new ArrayList<>();
		this.transactions.executeWithoutResult((tx) -> {
			for (int i = 0; i < MESSAGES; i++) {
				String to = "concurrent-" + run + "-" + i + "@example.org";
				recipients.add(to);
				this.outbox
					.add(new OutgoingMessage("concurrent:" + run + ":" + i, Channel.EMAIL, MessageKind.INFORMATION,
							null, to, "Message " + i, "Texte " + i, "<p>HTML " + i + "</p>", null));
			}
		});

		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> relays = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			relays.add(pool.submit(() -> {
				start.await();
				return this.relay.drain();
			}));
		}
		start.countDown();
		int first = relays.get(0).get(60, TimeUnit.SECONDS);
		int second = relays.get(1).get(60, TimeUnit.SECONDS);
		pool.shutdown();

		assertThat(first + second).as("sent by the two relays together").isEqualTo(MESSAGES);
		for (String to : recipients) {
			assertThat(TestMail.to(to)).as("mails to %s", to).hasSize(1);
		}
		assertThat(this.jdbc.queryForObject(
				"select count(*) from outbox_message where dedup_key like ? and status = 'SENT' and attempts = 1",
				Integer.class, "concurrent:" + run + ":%"))
			.isEqualTo(MESSAGES);
		assertThat(this.relay.drain()).isZero();
	}

}
