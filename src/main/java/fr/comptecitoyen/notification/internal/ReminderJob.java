package fr.comptecitoyen.notification.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.comptecitoyen.notification.MessageKind;
import fr.comptecitoyen.notification.internal.OutgoingMessage.Channel;
import fr.comptecitoyen.shared.CitySettings;
import fr.comptecitoyen.shared.web.Dates;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the reminders that are due: each becomes one outbox message (email or SMS), once.
 * One instance runs the job at a time (ShedLock); the due rows are also claimed with
 * {@code FOR UPDATE SKIP LOCKED} and marked sent in the transaction that writes the
 * outbox row, whose deduplication key names the reminder: even two runs at once send
 * nothing twice.
 */
@Component
public class ReminderJob {

	private final JdbcTemplate jdbc;

	private final Outbox outbox;

	private final MessageSource messages;

	private final CitySettings city;

	private final Dates dates;

	private final Clock clock;

	private final TransactionTemplate transactions;

	ReminderJob(JdbcTemplate jdbc, Outbox outbox, MessageSource messages, CitySettings city, Dates dates, Clock clock,
			TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.messages = messages;
		this.city = city;
		this.dates = dates;
		this.clock = clock;
		this.transactions = transactions;
	}

	/** The scheduled run, on one instance at a time. */
	@Scheduled(fixedDelayString = "${cc.reminders.interval:1m}", initialDelayString = "${cc.reminders.interval:1m}")
	@SchedulerLock(name = "reminders", lockAtMostFor = "PT10M")
	public void scheduledRun() {
		run();
	}

	/**
	 * Turns every due reminder into an outbox message.
	 * @return how many were sent
	 */
	public int run() {
		Integer sent = this.transactions.execute((status) -> fireDue());
		return (sent != null) ? sent : 0;
	}

	private int fireDue() {
		List<Due> due = this.jdbc.query(
				"select id, request_id, account_id, reference, title, event_date, channel, recipient, template, dedup "
						+ "from reminder where status = 'PENDING' and due_at <= ? order by due_at "
						+ "fetch first 200 rows only for update skip locked",
				(rs, i) -> new Due(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
						rs.getString("reference"), rs.getString("title"), rs.getDate("event_date").toLocalDate(),
						Channel.valueOf(rs.getString("channel")), rs.getString("recipient"), rs.getString("template"),
						rs.getString("dedup")),
				Timestamp.from(this.clock.instant()));
		for (Due reminder : due) {
			this.outbox.add(message(reminder));
			this.jdbc.update("update reminder set status = 'SENT', sent_at = ? where id = ?",
					Timestamp.from(this.clock.instant()), reminder.id());
		}
		return due.size();
	}

	private OutgoingMessage message(Due reminder) {
		String date = this.dates.date(reminder.date());
		String link = this.city.link("/demandes/" + reminder.reference());
		if (reminder.channel() == Channel.SMS) {
			String text = this.messages.getMessage("mail." + reminder.template() + ".sms",
					new Object[] { this.city.name(), date, reminder.reference() }, MailComposer.LOCALE);
			return new OutgoingMessage(reminder.dedup(), Channel.SMS, MessageKind.INFORMATION, reminder.accountId(),
					reminder.recipient(), reminder.title(), text, null, link);
		}
		Map<String, Object> model = new HashMap<>();
		model.put("reference", reminder.reference());
		model.put("title", reminder.title());
		model.put("date", date);
		model.put("link", link);
		return OutgoingMessage.email(reminder.dedup(), MessageKind.INFORMATION, reminder.accountId(),
				reminder.recipient(), link, reminder.template(), model, this.city.name(), date);
	}

	private record Due(UUID id, UUID accountId, String reference, String title, LocalDate date, Channel channel,
			String recipient, String template, String dedup) {
	}

}
