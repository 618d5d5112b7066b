package fr.comptecitoyen.notification.internal;

import java.util.List;

import fr.comptecitoyen.notification.NotificationSettings;
import fr.comptecitoyen.notification.internal.Outbox.StoredMessage;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drains the outbox: sends what is due, retries with a growing delay what failed, and
 * gives up after the last attempt. An SMTP outage delays mail; it loses none.
 */
@Component
public class OutboxRelay {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private final Outbox outbox;

	private final MailTransport transport;

	private final NotificationSettings settings;

	private final TransactionTemplate transactions;

	OutboxRelay(Outbox outbox, MailTransport transport, NotificationSettings settings,
			TransactionTemplate transactions) {
		this.outbox = outbox;
		this.transport = transport;
		this.settings = settings;
		this.transactions = transactions;
	}

	@Scheduled(fixedDelayString = "${cc.mail.relay-interval:5s}", initialDelayString = "${cc.mail.relay-interval:5s}")
	@SchedulerLock(name = "outbox-relay", lockAtMostFor = "PT5M")
	void scheduledDrain() {
		drain();
	}

	/**
	 * Sends every message due now, batch after batch.
	 * @return how many were sent
	 */
	public int drain() {
		int sent = 0;
		while (true) {
			Integer batch = this.transactions.execute((status) -> sendBatch());
			if (batch == null || batch < 0) {
				return sent;
			}
			sent += batch;
		}
	}

	/**
	 * @return messages sent, or -1 when nothing was due
	 */
	private int sendBatch() {
		List<StoredMessage> due = this.outbox.claimDue(this.settings.batchSize());
		if (due.isEmpty()) {
			return -1;
		}
		int sent = 0;
		boolean anyFailed = false;
		for (StoredMessage message : due) {
			try {
				this.transport.deliver(message);
				this.outbox.markSent(message.id());
				sent++;
			}
			catch (Exception ex) {
				anyFailed = true;
				log.warn("Message {} not sent (attempt {}): {}", message.id(), message.attempts() + 1, ex.getMessage());
				this.outbox.markAttemptFailed(message, ex.getMessage(), this.settings.maxAttempts());
			}
		}
		return (anyFailed && sent == 0) ? -1 : sent;
	}

}
