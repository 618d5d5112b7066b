package fr.comptecitoyen.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The portal's one fixed-window rate limiter (accounts created per address, lost-password
 * links per identifier, visitor requests…), counted in the database table
 * {@code rate_limit} so that every instance sees the same counts. A window starts at the
 * first use of a key and lasts the limit's {@link Limit#window()}; time comes from the
 * injected clock.
 * <p>
 * <b>Transactions.</b> Each use is counted in a transaction of its own
 * ({@code REQUIRES_NEW}), committed before the caller goes on: what is limited is the
 * number of <em>attempts</em>, so an attempt whose action then fails or rolls back still
 * counts (otherwise a robot could try for free as long as its attempts fail). The row of
 * the key is locked ({@code SELECT … FOR UPDATE}) while it is counted, so two instances
 * never both take the last use; two first uses racing on a new key are settled by the
 * primary key and the loser counts again on the row the winner wrote. Called inside a
 * caller's transaction, it briefly takes a second connection from the pool.
 * <p>
 * Sign-in failures are not counted here: their growing delays live in
 * {@code SignInThrottle}.
 */
@Component
public class RateLimit {

	private static final int MAX_KEY = 300;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final TransactionTemplate ownTransaction;

	RateLimit(JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * A limit: at most {@code max} uses per {@code window} for each subject.
	 *
	 * @param name what is limited, the first part of the key (e.g. {@code register-day})
	 * @param max uses allowed per window, at least 0
	 * @param window length of a window, from its first use
	 */
	public record Limit(String name, int max, Duration window) {

		/** Checks the limit's shape. */
		public Limit {
			if (name == null || name.isBlank() || max < 0 || window == null || window.isNegative() || window.isZero()) {
				throw new IllegalArgumentException("Invalid limit " + name + " " + max + "/" + window);
			}
		}

	}

	/**
	 * Counts one use of the limit by a subject, unless its limit is reached in the
	 * current window. Committed at once, whatever the caller's transaction does next (see
	 * the class comment).
	 * @param limit the limit
	 * @param subject who or what uses it (a client address, an identifier typed…); case
	 * and surrounding spaces do not matter
	 * @return true if allowed (and counted), false if the limit is reached (nothing is
	 * counted then)
	 */
	public boolean tryAcquire(Limit limit, String subject) {
		String key = key(limit, subject);
		DuplicateKeyException last = null;
		for (int attempt = 0; attempt < 3; attempt++) {
			try {
				return Boolean.TRUE.equals(this.ownTransaction.execute((status) -> count(limit, key)));
			}
			catch (DuplicateKeyException raced) {
				// Another instance opened the window first: count on its row.
				last = raced;
			}
		}
		throw last;
	}

	private boolean count(Limit limit, String key) {
		Instant now = this.clock.instant();
		List<Integer> hits = this.jdbc.queryForList(
				"select hits from rate_limit where limit_key = ? and window_end > ? for update", Integer.class, key,
				Timestamp.from(now));
		if (hits.isEmpty()) {
			if (limit.max() < 1) {
				return false;
			}
			this.jdbc.update("delete from rate_limit where limit_key = ?", key);
			this.jdbc.update("insert into rate_limit (limit_key, hits, window_start, window_end) values (?, 1, ?, ?)",
					key, Timestamp.from(now), Timestamp.from(now.plus(limit.window())));
			return true;
		}
		if (hits.get(0) >= limit.max()) {
			return false;
		}
		this.jdbc.update("update rate_limit set hits = hits + 1 where limit_key = ?", key);
		return true;
	}

	/**
	 * Uses counted for a subject in its current window (0 when none is open).
	 * @param limit the limit
	 * @param subject who or what uses it
	 */
	@Transactional(readOnly = true)
	public int used(Limit limit, String subject) {
		List<Integer> hits = this.jdbc.queryForList(
				"select hits from rate_limit where limit_key = ? and window_end > ?", Integer.class,
				key(limit, subject), Timestamp.from(this.clock.instant()));
		return hits.isEmpty() ? 0 : hits.get(0);
	}

	private static String key(Limit limit, String subject) {
		String normalised = limit.name() + ":" + ((subject == null) ? "" : subject.strip().toLowerCase(Locale.ROOT));
		return (normalised.length() > MAX_KEY) ? normalised.substring(0, MAX_KEY) : normalised;
	}

	/** Forgets windows that are over. */
	@Scheduled(cron = "${cc.rate-limit.purge-cron:0 17 * * * *}")
	@SchedulerLock(name = "rate-limit-purge", lockAtMostFor = "PT10M")
	@Transactional
	public void purge() {
		this.jdbc.update("delete from rate_limit where window_end <= ?", Timestamp.from(this.clock.instant()));
	}

}
