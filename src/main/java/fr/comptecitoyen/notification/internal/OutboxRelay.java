package fr.comptecitoyen.notification.internal;

import java.util.List;

import fr.comptecitoyen.notification.NotificationSettings;
import fr.comptecitoyen.notification.internal.MailComposer.Composed;
import fr.comptecitoyen.notification.internal.Outbox.StoredMessage;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.MarkerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drains the outbox: composes the emails (template rendering happens here, after the
 * citizen's action has committed, never in its transaction), sends what is due, retries
 * with a growing delay what failed to compose or to leave, and gives up after the last
 * attempt with an {@code ALERT} line in the log. An SMTP outage delays mail and loses
 * none; a broken template fails its messages and never the action they announce.
 */
@Component
public class OutboxRelay {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	/**
	 * Marks the log line of a message given up for good, for whoever watches the logs.
	 */
	static final Marker ALERT = MarkerFactory.getMarker("ALERT");

	private final Outbox outbox;

	private final MailTransport transport;

	private final MailComposer composer;

	private final NotificationSettings settings;

	private final TransactionTemplate transactions;

	OutboxRelay(Outbox outbox, MailTransport transport, MailComposer composer, NotificationSettings settings,
			TransactionTemplate transactions) {
		this.outbox = outbox;
		this.transport = transport;
		this.composer = composer;
		this.settings = settings;
		this.transactions = transactions;
	}

	/**
	 * The lock is held at most 30 seconds: when the database is lost during a drain, the
	 * lock cannot be released and mail resumes once it lapses. A drain that outlasts it
	 * is harmless: another instance then claims other rows ({@code SKIP LOCKED}), never
	 * the same ones.
	 */
	@Scheduled(fixedDelayString = "${cc.mail.relay-interval:5s}", initialDelayString = "${cc.mail.relay-interval:5s}")
	@SchedulerLock(name = "outbox-relay", lockAtMostFor = "PT30S")
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
			if (send(message)) {
				sent++;
			}
			else {
				anyFailed = true;
			}
		}
		return (anyFailed && sent == 0) ? -1 : sent;
	}

	/**
	 * Composes the message if it is not yet, then delivers it; a failure of either counts
	 * as one attempt.
	 * @return whether it left
	 */
	private boolean send(StoredMessage message) {
		StoredMessage ready = message;
		String step = "composed";
		try {
			if (message.needsComposing()) {
				Composed mail = this.composer.compose(this.outbox.template(message));
				this.outbox.markComposed(message.id(), mail);
				ready = message.composed(mail);
			}
			step = "sent";
			this.transport.deliver(ready);
			this.outbox.markSent(message.id());
			return true;
		}
		catch (Exception ex) {
			failed(message, step, ex);
			return false;
		}
	}

	private void failed(StoredMessage message, String step, Exception ex) {
		String error = ex.getClass().getSimpleName() + ": " + ex.getMessage();
		int attempt = message.attempts() + 1;
		if (this.outbox.markAttemptFailed(message, error, this.settings.maxAttempts())) {
			log.error(ALERT, "ALERT: message {} ({}, template {}) not {} after {} attempts, given up: {}", message.id(),
					message.dedupKey(), message.templateName(), step, attempt, error);
		}
		else {
			log.warn("Message {} not {} (attempt {}): {}", message.id(), step, attempt, error);
		}
	}

}
