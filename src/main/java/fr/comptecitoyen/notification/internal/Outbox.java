package fr.comptecitoyen.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import fr.comptecitoyen.notification.MessageKind;
import fr.comptecitoyen.notification.internal.MailComposer.Composed;
import fr.comptecitoyen.notification.internal.OutgoingMessage.Template;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The database outbox. Messages are added inside the transaction of the change they
 * announce (so a rolled-back change sends nothing), then claimed by the relay with
 * {@code FOR UPDATE SKIP LOCKED} so that several instances never send the same one.
 */
@Repository
public class Outbox {

	private static final String COLUMNS = "id, dedup_key, channel, kind, account_id, recipient, subject, text_body, "
			+ "html_body, link, status, attempts, next_attempt_at, last_error, created_at, sent_at, read_at, "
			+ "template_name, locale, model_json, subject_args_json";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final JsonMapper json;

	public Outbox(JdbcTemplate jdbc, Clock clock, JsonMapper json) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.json = json;
	}

	/**
	 * Adds a message unless one with the same deduplication key exists already. An email
	 * to compose is stored with its template, locale and model (JSON): nothing is
	 * rendered here, so that no template can fail the transaction of the change it
	 * announces.
	 * @return whether it was added
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean add(OutgoingMessage message) {
		Integer existing = this.jdbc.queryForObject("select count(*) from outbox_message where dedup_key = ?",
				Integer.class, message.dedupKey());
		if (existing != null && existing > 0) {
			return false;
		}
		// Truncated: databases keep microseconds at most, and rounding up would make a
		// new
		// message look not yet due.
		Timestamp now = Timestamp.from(this.clock.instant().truncatedTo(ChronoUnit.MILLIS));
		Template template = message.template();
		try {
			this.jdbc
				.update("insert into outbox_message (id, dedup_key, channel, kind, account_id, recipient, subject, "
						+ "text_body, html_body, link, status, attempts, next_attempt_at, created_at, template_name, "
						+ "locale, model_json, subject_args_json) "
						+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?, ?, ?, ?)", UUID.randomUUID(),
						message.dedupKey(), message.channel().name(), message.kind().name(), message.accountId(),
						message.recipient(), message.subject(), message.text(), message.html(), message.link(), now,
						now, (template != null) ? template.name() : null,
						(template != null) ? template.locale().toLanguageTag() : null,
						(template != null) ? this.json.writeValueAsString(template.model()) : null,
						(template != null) ? this.json.writeValueAsString(template.subjectArguments()) : null);
			return true;
		}
		catch (DuplicateKeyException concurrent) {
			return false;
		}
	}

	/**
	 * Locks and returns the messages due now, oldest first; other instances skip them.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<StoredMessage> claimDue(int limit) {
		return this.jdbc.query("select " + COLUMNS + " from outbox_message where status = 'PENDING' and "
				+ "next_attempt_at <= ? order by next_attempt_at, created_at fetch first " + limit
				+ " rows only for update skip locked", MAPPER, Timestamp.from(this.clock.instant()));
	}

	/** Keeps what the relay composed: the subject and both bodies. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void markComposed(UUID id, Composed mail) {
		this.jdbc.update("update outbox_message set subject = ?, text_body = ?, html_body = ? where id = ?",
				mail.subject(), mail.text(), mail.html(), id);
	}

	/**
	 * What composes a stored email, read back from its JSON.
	 * @throws tools.jackson.core.JacksonException when the stored JSON cannot be read
	 */
	public Template template(StoredMessage message) {
		if (message.templateName() == null) {
			return null;
		}
		Map<String, Object> model = this.json.readValue(message.modelJson(), new TypeReference<Map<String, Object>>() {
		});
		List<Object> arguments = (message.subjectArgsJson() != null)
				? this.json.readValue(message.subjectArgsJson(), new TypeReference<List<Object>>() {
				}) : List.of();
		return new Template(message.templateName(), Locale.forLanguageTag(message.locale()), model, arguments);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void markSent(UUID id) {
		this.jdbc.update("update outbox_message set status = 'SENT', sent_at = ?, attempts = attempts + 1, "
				+ "last_error = null where id = ?", Timestamp.from(this.clock.instant()), id);
	}

	/**
	 * Records a failed attempt: retried later, or failed for good after the last attempt.
	 * @return whether it was the last attempt (the message is now FAILED)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean markAttemptFailed(StoredMessage message, String error, int maxAttempts) {
		int attempts = message.attempts() + 1;
		boolean givingUp = attempts >= maxAttempts;
		Instant next = this.clock.instant().plus(backoff(attempts));
		this.jdbc.update(
				"update outbox_message set status = ?, attempts = ?, next_attempt_at = ?, last_error = ? where id = ?",
				givingUp ? "FAILED" : "PENDING", attempts, Timestamp.from(next),
				(error == null) ? null : error.substring(0, Math.min(error.length(), 1000)), message.id());
		return givingUp;
	}

	/**
	 * Wait before the next attempt: 1, 2, 5, 10, 15 minutes, then every 30 minutes (48
	 * attempts span about a day).
	 */
	static Duration backoff(int attempts) {
		int[] minutes = { 1, 2, 5, 10, 15 };
		return Duration.ofMinutes((attempts <= minutes.length) ? minutes[attempts - 1] : 30);
	}

	/** Every message, newest first (the demo mailbox). */
	public List<StoredMessage> latest(int limit) {
		return this.jdbc.query("select " + COLUMNS + " from outbox_message where channel = 'EMAIL' "
				+ "order by created_at desc fetch first " + limit + " rows only", MAPPER);
	}

	public Optional<StoredMessage> find(UUID id) {
		return this.jdbc.query("select " + COLUMNS + " from outbox_message where id = ?", MAPPER, id)
			.stream()
			.findFirst();
	}

	private static final RowMapper<StoredMessage> MAPPER = (rs, i) -> new StoredMessage(rs.getObject("id", UUID.class),
			rs.getString("dedup_key"), rs.getString("channel"), MessageKind.valueOf(rs.getString("kind")),
			rs.getObject("account_id", UUID.class), rs.getString("recipient"), rs.getString("subject"),
			rs.getString("text_body"), rs.getString("html_body"), rs.getString("link"), rs.getString("status"),
			rs.getInt("attempts"), instant(rs, "next_attempt_at"), rs.getString("last_error"),
			instant(rs, "created_at"), instant(rs, "sent_at"), instant(rs, "read_at"), rs.getString("template_name"),
			rs.getString("locale"), rs.getString("model_json"), rs.getString("subject_args_json"));

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

	/**
	 * A message as stored. {@code subject}, {@code text} and {@code html} are null until
	 * the relay has composed an email; {@code templateName}, {@code locale},
	 * {@code modelJson} and {@code subjectArgsJson} say how to compose it (null for a
	 * message written whole, such as an SMS).
	 */
	public record StoredMessage(UUID id, String dedupKey, String channel, MessageKind kind, UUID accountId,
			String recipient, String subject, String text, String html, String link, String status, int attempts,
			Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt, Instant readAt,
			String templateName, String locale, String modelJson, String subjectArgsJson) {

		/** Whether the relay still has to compose it. */
		public boolean needsComposing() {
			return this.subject == null && this.templateName != null;
		}

		/** The same message with what the relay composed. */
		public StoredMessage composed(Composed mail) {
			return new StoredMessage(this.id, this.dedupKey, this.channel, this.kind, this.accountId, this.recipient,
					mail.subject(), mail.text(), mail.html(), this.link, this.status, this.attempts, this.nextAttemptAt,
					this.lastError, this.createdAt, this.sentAt, this.readAt, this.templateName, this.locale,
					this.modelJson, this.subjectArgsJson);
		}

	}

}
