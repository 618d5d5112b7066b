package fr.comptecitoyen.account.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recovery codes of an authenticator app: ten random codes shown once, stored as
 * SHA-256 hashes (they are random, not chosen: a fast hash is enough), each usable once.
 */
@Repository
class RecoveryCodes {

	static final int COUNT = 10;

	/** No 0/o, 1/l/i: codes are copied by hand. */
	private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcTemplate jdbc;

	private final Clock clock;

	RecoveryCodes(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Replaces the account's codes by ten new ones, returned in clear this once. */
	@Transactional(propagation = Propagation.MANDATORY)
	List<String> replace(UUID accountId) {
		deleteAll(accountId);
		List<String> codes = new ArrayList<>();
		Timestamp now = Timestamp.from(this.clock.instant());
		for (int i = 0; i < COUNT; i++) {
			String code = newCode();
			codes.add(code);
			this.jdbc.update(
					"insert into account_recovery_code (id, account_id, code_hash, created_at) values (?, ?, ?, ?)",
					UUID.randomUUID(), accountId, AccountTokens.hash(normalise(code)), now);
		}
		return codes;
	}

	/**
	 * Spends a code if it is one of the account's unused codes.
	 * @return whether it was
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	boolean use(UUID accountId, String typed) {
		String code = normalise(typed);
		if (code.length() != 10) {
			return false;
		}
		return this.jdbc.update(
				"update account_recovery_code set used_at = ? where account_id = ? and code_hash = ? and used_at is null",
				Timestamp.from(this.clock.instant()), accountId, AccountTokens.hash(code)) == 1;
	}

	/** How many unused codes are left. */
	int remaining(UUID accountId) {
		Integer count = this.jdbc.queryForObject(
				"select count(*) from account_recovery_code where account_id = ? and used_at is null", Integer.class,
				accountId);
		return (count != null) ? count : 0;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void deleteAll(UUID accountId) {
		this.jdbc.update("delete from account_recovery_code where account_id = ?", accountId);
	}

	private static String newCode() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 10; i++) {
			if (i == 5) {
				code.append('-');
			}
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	private static String normalise(String typed) {
		return (typed == null) ? "" : typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
	}

}
