package fr.comptecitoyen.account.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.comptecitoyen.security.SecretTokens;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The single-use tokens of emailed links: 256 random bits, base64url in the link, only
 * their SHA-256 in the database. A new token of one purpose voids the account's older
 * ones of that purpose.
 */
@Repository
public class AccountTokens {

	/** What a token may be used for. */
	public enum Purpose {

		/** Choose a new password (lost password). */
		PASSWORD_RESET,

		/** Confirm a new email address. */
		EMAIL_CHANGE

	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final int TOKEN_BYTES = 32;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	AccountTokens(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A new random token (not stored). */
	static String newToken() {
		return SecretTokens.newToken();
	}

	/** The SHA-256 of a token, in hex: what the database holds. */
	static String hash(String token) {
		return SecretTokens.sha256(token);
	}

	/**
	 * Stores a new token, voiding the account's older unused ones of the same purpose.
	 * @return the token itself, for the link
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Issued issue(UUID accountId, Purpose purpose, Duration validity, String newEmail) {
		Instant now = this.clock.instant();
		this.jdbc.update("delete from account_token where account_id = ? and purpose = ? and used_at is null",
				accountId, purpose.name());
		String token = newToken();
		Instant expiresAt = now.plus(validity);
		this.jdbc.update(
				"insert into account_token (token_hash, account_id, purpose, new_email, created_at, expires_at) "
						+ "values (?, ?, ?, ?, ?, ?)",
				hash(token), accountId, purpose.name(), newEmail, Timestamp.from(now), Timestamp.from(expiresAt));
		return new Issued(token, expiresAt);
	}

	/** The unused, unexpired token of that purpose, if the text is one. */
	@Transactional(readOnly = true)
	public Optional<Valid> find(String token, Purpose purpose) {
		if (token == null || token.length() > 100) {
			return Optional.empty();
		}
		List<Valid> rows = this.jdbc.query(
				"select token_hash, account_id, new_email from account_token where token_hash = ? and purpose = ? "
						+ "and used_at is null and expires_at > ?",
				(rs, i) -> new Valid(rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3)), hash(token),
				purpose.name(), Timestamp.from(this.clock.instant()));
		return rows.stream().findFirst();
	}

	/**
	 * Marks a token used, unless another request did so first.
	 * @return whether this call spent it
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean spend(Valid token) {
		return this.jdbc.update("update account_token set used_at = ? where token_hash = ? and used_at is null",
				Timestamp.from(this.clock.instant()), token.hash()) == 1;
	}

	/** Forgets every token of an account (closure). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void deleteAll(UUID accountId) {
		this.jdbc.update("delete from account_token where account_id = ?", accountId);
	}

	/** A token just issued. */
	public record Issued(String token, Instant expiresAt) {
	}

	/** A token found valid. */
	public record Valid(String hash, UUID accountId, String newEmail) {
	}

}
