package fr.comptecitoyen.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts uses of an action (send a lost-password link…) per key in fixed windows, in the
 * database so that every instance sees the same counts. Callers answer the same way
 * whether the quota is spent or not; they only skip the work.
 */
@Component
public class ActionQuota {

	private static final int MAX_KEY = 300;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	ActionQuota(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Counts one use.
	 * @param key e.g. {@code recovery-ip:203.0.113.5}
	 * @param max uses allowed per window
	 * @param window the window's length
	 * @return whether this use is within the quota
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean tryAcquire(String key, int max, Duration window) {
		String normalised = key.strip().toLowerCase(Locale.ROOT);
		String quotaKey = (normalised.length() > MAX_KEY) ? normalised.substring(0, MAX_KEY) : normalised;
		Instant now = this.clock.instant();
		List<Row> rows = this.jdbc.query("select hits, window_start from action_quota where quota_key = ? for update",
				(rs, i) -> new Row(rs.getInt(1), rs.getTimestamp(2).toInstant()), quotaKey);
		if (rows.isEmpty()) {
			try {
				this.jdbc.update("insert into action_quota (quota_key, hits, window_start) values (?, 1, ?)", quotaKey,
						Timestamp.from(now));
				return max >= 1;
			}
			catch (DuplicateKeyException raced) {
				return tryAcquire(key, max, window);
			}
		}
		Row row = rows.get(0);
		boolean windowOver = !row.windowStart().plus(window).isAfter(now);
		int hits = windowOver ? 1 : row.hits() + 1;
		this.jdbc.update("update action_quota set hits = ?, window_start = ? where quota_key = ?", hits,
				Timestamp.from(windowOver ? now : row.windowStart()), quotaKey);
		return hits <= max;
	}

	private record Row(int hits, Instant windowStart) {
	}

}
