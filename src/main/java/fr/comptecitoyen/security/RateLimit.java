package fr.comptecitoyen.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fixed-window limits on actions (e.g. accounts created per client address and hour),
 * counted in the database like {@link SignInThrottle} so that every instance sees the
 * same counts. Time comes from the injected clock.
 */
@Component
public class RateLimit {

	private static final int MAX_KEY = 300;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	RateLimit(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Counts one more use of the key, unless its limit is reached. Joins the caller's
	 * transaction, so that a use whose action then fails is not counted. A first use
	 * raced by another instance fails that transaction with a duplicate key: the caller
	 * retries it.
	 * @param key what is limited, e.g. {@code "register:203.0.113.7"}
	 * @param limit uses allowed per window
	 * @param window length of a window, starting at its first use
	 * @return true if allowed (and counted), false if the limit is reached
	 */
	@Transactional
	public boolean tryConsume(String key, int limit, Duration window) {
		String k = (key.length() > MAX_KEY) ? key.substring(0, MAX_KEY) : key;
		Instant now = this.clock.instant();
		List<Integer> hits = this.jdbc.queryForList(
				"select hits from rate_limit where limit_key = ? and window_end > ? for update", Integer.class, k,
				Timestamp.from(now));
		if (hits.isEmpty()) {
			this.jdbc.update("delete from rate_limit where limit_key = ?", k);
			this.jdbc.update("insert into rate_limit (limit_key, hits, window_start, window_end) values (?, 1, ?, ?)",
					k, Timestamp.from(now), Timestamp.from(now.plus(window)));
			return true;
		}
		if (hits.get(0) >= limit) {
			return false;
		}
		this.jdbc.update("update rate_limit set hits = hits + 1 where limit_key = ?", k);
		return true;
	}

	/** Forgets windows that are over. */
	@Scheduled(cron = "${cc.rate-limit.purge-cron:0 17 * * * *}")
	@SchedulerLock(name = "rate-limit-purge", lockAtMostFor = "PT10M")
	@Transactional
	public void purge() {
		this.jdbc.update("delete from rate_limit where window_end <= ?", Timestamp.from(this.clock.instant()));
	}

}
