package fr.comptecitoyen.account.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import fr.comptecitoyen.account.PendingInputs;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link PendingInputs} in the {@code pending_input} table. */
@Service
class PendingInputStore implements PendingInputs {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<LinkedHashMap<String, String>> VALUES = new TypeReference<>() {
	};

	private static final int MAX_TOKEN = 64;

	private final SecureRandom random = new SecureRandom();

	private final JdbcTemplate jdbc;

	private final Clock clock;

	PendingInputStore(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public String park(Map<String, String> values, UUID accountId) {
		byte[] bytes = new byte[16];
		this.random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = this.clock.instant();
		this.jdbc.update(
				"insert into pending_input (token_hash, account_id, input_values, created_at, expires_at) values (?, ?, ?, ?, ?)",
				hash(token), accountId, JSON.writeValueAsString(values), Timestamp.from(now),
				Timestamp.from(now.plus(LIFETIME)));
		return token;
	}

	@Override
	@Transactional
	public Optional<Map<String, String>> restore(String token, UUID accountId) {
		if (token == null || token.isBlank() || token.length() > MAX_TOKEN || accountId == null) {
			return Optional.empty();
		}
		String hash = hash(token);
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.update(
				"update pending_input set account_id = ? where token_hash = ? and account_id is null and expires_at > ?",
				accountId, hash, now);
		List<String> found = this.jdbc.queryForList(
				"select input_values from pending_input where token_hash = ? and account_id = ? and expires_at > ?",
				String.class, hash, accountId, now);
		return found.stream().findFirst().map((json) -> JSON.readValue(json, VALUES));
	}

	@Override
	@Transactional
	public void discard(String token, UUID accountId) {
		if (token != null && token.length() <= MAX_TOKEN) {
			this.jdbc.update("delete from pending_input where token_hash = ? and account_id = ?", hash(token),
					accountId);
		}
	}

	/** Forgets expired values. */
	@Scheduled(cron = "${cc.pending-input.purge-cron:0 27 * * * *}")
	@SchedulerLock(name = "pending-input-purge", lockAtMostFor = "PT10M")
	@Transactional
	public void purge() {
		this.jdbc.update("delete from pending_input where expires_at <= ?", Timestamp.from(this.clock.instant()));
	}

	private static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
