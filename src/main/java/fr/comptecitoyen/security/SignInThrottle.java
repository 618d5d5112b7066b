package fr.comptecitoyen.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down password guessing, per account and per client address, in the database so
 * that every instance sees the same counts. After a few failures each new one doubles the
 * wait; past a daily maximum the key is blocked until its 24-hour window ends. Time comes
 * from the injected clock.
 */
@Component
class SignInThrottle {

	static final Duration WINDOW = Duration.ofHours(24);

	static final Duration MAX_DELAY = Duration.ofMinutes(30);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final TransactionTemplate ownTransaction;

	SignInThrottle(JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Limits of one kind of key. */
	enum Kind {

		/**
		 * A citizen account's identifier, or an email address as typed: delays after 5
		 * failures, at most 25 attempts a day.
		 */
		ACCOUNT("u:", 5, 25),

		/**
		 * A staff member's identifier or email address: the same limits, counted apart
		 * from the citizens' (anyone may register as « Agent Technique »).
		 */
		STAFF("s:", 5, 25),

		/** The client address, which a whole town-hall counter may share: looser. */
		ADDRESS("ip:", 20, 200);

		final String prefix;

		final int freeFailures;

		final int dailyMaximum;

		Kind(String prefix, int freeFailures, int dailyMaximum) {
			this.prefix = prefix;
			this.freeFailures = freeFailures;
			this.dailyMaximum = dailyMaximum;
		}

		String key(String value) {
			String normalised = (value == null) ? "" : value.strip().toLowerCase(Locale.ROOT);
			return this.prefix + (normalised.length() > 280 ? normalised.substring(0, 280) : normalised);
		}

	}

	/**
	 * Whether a step past the password (a second-factor code, the password confirmed by
	 * someone signed in) for this citizen identifier must be refused unchecked: the
	 * account is held back. The client address is not asked: whoever got here gave the
	 * password, and the address's hold is against guessing across accounts.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
	public boolean isBlocked(String identifier) {
		return isBlocked(Kind.ACCOUNT, identifier);
	}

	/**
	 * The same for an identifier of these accounts.
	 * @param accounts {@link Kind#ACCOUNT} or {@link Kind#STAFF}: whose identifier
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
	public boolean isBlocked(Kind accounts, String identifier) {
		return heldUntil(accounts, identifier).isPresent();
	}

	/**
	 * Until when the steps past the password are held back for this identifier.
	 * @param accounts {@link Kind#ACCOUNT} or {@link Kind#STAFF}: whose identifier
	 * @return the end of the hold, or empty when the identifier is not held back now
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
	public Optional<Instant> heldUntil(Kind accounts, String identifier) {
		return this.jdbc
			.query("select blocked_until from sign_in_throttle where throttle_key = ? and blocked_until > ?",
					(rs, i) -> rs.getTimestamp(1).toInstant(), accounts.key(identifier),
					Timestamp.from(this.clock.instant()))
			.stream()
			.findFirst();
	}

	/**
	 * Which of these identifiers, and whether the address, are held back now: one query
	 * for all of them.
	 * @param accounts {@link Kind#ACCOUNT} or {@link Kind#STAFF}: whose identifiers
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
	public HeldBack heldBack(Kind accounts, Collection<String> identifiers, String address) {
		Set<String> keys = new LinkedHashSet<>();
		identifiers.forEach((identifier) -> keys.add(accounts.key(identifier)));
		keys.add(Kind.ADDRESS.key(address));
		List<Object> arguments = new ArrayList<>(keys);
		arguments.add(Timestamp.from(this.clock.instant()));
		List<String> held = this.jdbc.queryForList(
				"select throttle_key from sign_in_throttle where throttle_key in ("
						+ String.join(", ", Collections.nCopies(keys.size(), "?")) + ") and blocked_until > ?",
				String.class, arguments.toArray());
		return new HeldBack(accounts, Set.copyOf(held));
	}

	/**
	 * Counts a failed attempt against both keys, in a transaction of its own. Two
	 * failures at once on a key without a row both insert it: the second insert fails,
	 * which on PostgreSQL aborts its whole transaction, so the count is done again in a
	 * new one (it then finds the row).
	 */
	public void failed(String identifier, String address) {
		failed(Kind.ACCOUNT, List.of(identifier), address);
	}

	/**
	 * Counts one failed attempt against each of these identifiers (the text typed and the
	 * accounts it designates, so that an email address and the identifier of its account
	 * share one allowance) and once against the address. Rows are locked in the order of
	 * their keys, so that two attempts at once never wait on each other.
	 * @param accounts {@link Kind#ACCOUNT} or {@link Kind#STAFF}: whose identifiers
	 * @param identifiers at least one; the same key given twice counts once
	 */
	public void failed(Kind accounts, Collection<String> identifiers, String address) {
		SortedSet<String> accountKeys = new TreeSet<>();
		identifiers.forEach((identifier) -> accountKeys.add(accounts.key(identifier)));
		DuplicateKeyException last = null;
		for (int attempt = 0; attempt < 3; attempt++) {
			try {
				this.ownTransaction.executeWithoutResult((status) -> {
					accountKeys.forEach((key) -> count(accounts, key));
					count(Kind.ADDRESS, Kind.ADDRESS.key(address));
				});
				return;
			}
			catch (DuplicateKeyException raced) {
				last = raced;
			}
		}
		throw last;
	}

	/**
	 * A citizen's successful sign-in clears the identifier's failures (not the
	 * address's).
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void succeeded(String identifier) {
		succeeded(Kind.ACCOUNT, identifier);
	}

	/**
	 * A successful sign-in clears the identifier's failures (not the address's).
	 * @param accounts {@link Kind#ACCOUNT} or {@link Kind#STAFF}: whose identifier
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void succeeded(Kind accounts, String identifier) {
		this.jdbc.update("delete from sign_in_throttle where throttle_key = ?", accounts.key(identifier));
	}

	private void count(Kind kind, String key) {
		Instant now = this.clock.instant();
		List<Row> rows = this.jdbc.query(
				"select failures, window_start from sign_in_throttle where throttle_key = ? for update",
				(rs, i) -> new Row(rs.getInt(1), rs.getTimestamp(2).toInstant()), key);
		if (rows.isEmpty()) {
			this.jdbc.update(
					"insert into sign_in_throttle (throttle_key, failures, window_start, blocked_until) values (?, 1, ?, ?)",
					key, Timestamp.from(now), blockedUntil(kind, 1, now, now));
			return;
		}
		Row row = rows.get(0);
		boolean windowOver = !row.windowStart().plus(WINDOW).isAfter(now);
		int failures = windowOver ? 1 : row.failures() + 1;
		Instant windowStart = windowOver ? now : row.windowStart();
		this.jdbc.update(
				"update sign_in_throttle set failures = ?, window_start = ?, blocked_until = ? where throttle_key = ?",
				failures, Timestamp.from(windowStart), blockedUntil(kind, failures, windowStart, now), key);
	}

	/**
	 * When the next attempt is allowed after this many failures in the window: at once
	 * for the first few, then 1, 2, 4… minutes (at most 30), and not before the window
	 * ends once the daily maximum is reached.
	 */
	static Timestamp blockedUntil(Kind kind, int failures, Instant windowStart, Instant now) {
		if (failures >= kind.dailyMaximum) {
			return Timestamp.from(windowStart.plus(WINDOW));
		}
		if (failures < kind.freeFailures) {
			return null;
		}
		int doublings = Math.min(failures - kind.freeFailures, 10);
		Duration delay = Duration.ofMinutes(1L << doublings);
		return Timestamp.from(now.plus(delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay));
	}

	private record Row(int failures, Instant windowStart) {
	}

	/**
	 * The keys among those asked about that are held back at the time of asking.
	 *
	 * @param accounts whose identifiers were asked about
	 * @param keys the throttle keys held back, prefixed ({@code u:}, {@code s:},
	 * {@code ip:})
	 */
	record HeldBack(Kind accounts, Set<String> keys) {

		/** Whether an identifier asked about (as typed, or an account's) is held back. */
		boolean anyIdentifier() {
			return this.keys.stream().anyMatch((key) -> !key.startsWith(Kind.ADDRESS.prefix));
		}

		/** Whether this identifier (as typed, or an account's) is held back. */
		boolean identifier(String identifier) {
			return this.keys.contains(this.accounts.key(identifier));
		}

		/** Whether this client address is held back. */
		boolean address(String address) {
			return this.keys.contains(Kind.ADDRESS.key(address));
		}

		/**
		 * What the refused page says: an identifier first (nothing but time lifts it),
		 * else the address (a captcha solved lets an attempt through).
		 * @param address the client address asked about
		 */
		SignInHold hold(String address) {
			if (anyIdentifier()) {
				return SignInHold.ACCOUNT;
			}
			return address(address) ? SignInHold.ADDRESS : SignInHold.NONE;
		}

		/**
		 * Whether an attempt is refused unchecked: an identifier is held back, or the
		 * address is and no captcha was solved with the attempt.
		 * @param typed what was typed as the identifier
		 * @param address the client address
		 * @param byEmail whether what was typed is an email address several accounts may
		 * share (then only it and the address are asked, each account is skipped apart)
		 * @param captchaSolved whether the attempt came with a captcha solved
		 */
		boolean refuses(String typed, String address, boolean byEmail, boolean captchaSolved) {
			boolean addressHeld = address(address) && !captchaSolved;
			return addressHeld || (byEmail ? identifier(typed) : anyIdentifier());
		}

	}

}
