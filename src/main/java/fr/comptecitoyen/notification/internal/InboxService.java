package fr.comptecitoyen.notification.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.comptecitoyen.notification.Inbox;
import fr.comptecitoyen.notification.MessageKind;
import fr.comptecitoyen.shared.CitySettings;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The citizen's inbox, read from the outbox rows that carry the account (emails only: an
 * SMS repeats a reminder already in the list), once the relay has composed them (a few
 * seconds after the action; an email whose composition failed is not listed).
 */
@Service
class InboxService implements Inbox {

	private static final String COLUMNS = "id, kind, subject, text_body, link, created_at, read_at";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final String base;

	InboxService(JdbcTemplate jdbc, Clock clock, CitySettings city) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.base = city.link("");
	}

	@Override
	@Transactional(readOnly = true)
	public List<Message> messages(UUID accountId, int limit) {
		return this.jdbc.query("select " + COLUMNS + " from outbox_message where account_id = ? and channel = 'EMAIL' "
				+ "and subject is not null order by created_at desc, id fetch first " + Math.max(1, limit)
				+ " rows only", mapper(), accountId);
	}

	@Override
	@Transactional(readOnly = true)
	public long unread(UUID accountId) {
		Long count = this.jdbc.queryForObject("select count(*) from outbox_message where account_id = ? "
				+ "and channel = 'EMAIL' and subject is not null and read_at is null", Long.class, accountId);
		return (count != null) ? count : 0;
	}

	@Override
	@Transactional
	public Optional<Message> open(UUID accountId, UUID messageId) {
		this.jdbc.update(
				"update outbox_message set read_at = ? where id = ? and account_id = ? and channel = 'EMAIL' "
						+ "and subject is not null and read_at is null",
				Timestamp.from(this.clock.instant()), messageId, accountId);
		return this.jdbc
			.query("select " + COLUMNS + " from outbox_message where id = ? and account_id = ? and channel = 'EMAIL' "
					+ "and subject is not null", mapper(), messageId, accountId)
			.stream()
			.findFirst();
	}

	private RowMapper<Message> mapper() {
		return (rs, i) -> {
			Timestamp read = rs.getTimestamp("read_at");
			return new Message(rs.getObject("id", UUID.class), MessageKind.valueOf(rs.getString("kind")),
					rs.getString("subject"), rs.getString("text_body"), path(rs.getString("link")),
					rs.getTimestamp("created_at").toInstant(), (read != null) ? read.toInstant() : null);
		};
	}

	/** The portal path of an emailed link; links elsewhere are not followed. */
	private String path(String link) {
		if (link == null || !link.startsWith(this.base + "/")) {
			return null;
		}
		return link.substring(this.base.length());
	}

}
