package fr.comptecitoyen.security;

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
 * The recovery codes of a second factor (citizen or staff): ten random codes shown once,
 * stored as SHA-256 hashes (they are random, not chosen: a fast hash is enough), each
 * usable once. Keyed by the owner's id, whatever kind of principal owns them.
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

	/** Replaces the owner's codes by ten new ones, returned in clear this once. */
	@Transactional(propagation = Propagation.MANDATORY)
	List<String> replace(UUID ownerId) {
		deleteAll(ownerId);
		List<String> codes = new ArrayList<>();
		Timestamp now = Timestamp.from(this.clock.instant());
		for (int i = 0; i < COUNT; i++) {
			String code = newCode();
			codes.add(code);
			this.jdbc.update(
					"insert into second_factor_recovery_code (id, owner_id, code_hash, created_at) values (?, ?, ?, ?)",
					UUID.randomUUID(), ownerId, SecretTokens.sha256(normalise(code)), now);
		}
		return codes;
	}

	/**
	 * Spends a code if it is one of the owner's unused codes.
	 * @return whether it was
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	boolean use(UUID ownerId, String typed) {
		String code = normalise(typed);
		if (code.length() != 10) {
			return false;
		}
		return this.jdbc.update(
				"update second_factor_recovery_code set used_at = ? where owner_id = ? and code_hash = ? and used_at is null",
				Timestamp.from(this.clock.instant()), ownerId, SecretTokens.sha256(code)) == 1;
	}

	/** How many unused codes are left. */
	int remaining(UUID ownerId) {
		Integer count = this.jdbc.queryForObject(
				"select count(*) from second_factor_recovery_code where owner_id = ? and used_at is null",
				Integer.class, ownerId);
		return (count != null) ? count : 0;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void deleteAll(UUID ownerId) {
		this.jdbc.update("delete from second_factor_recovery_code where owner_id = ?", ownerId);
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
