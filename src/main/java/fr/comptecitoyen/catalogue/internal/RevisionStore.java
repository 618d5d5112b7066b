package fr.comptecitoyen.catalogue.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code procedure} and {@code procedure_revision} tables.
 */
@Component
public class RevisionStore {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	RevisionStore(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records a procedure's source: a new revision when its hash differs from the current
	 * one, nothing otherwise.
	 * @param code the procedure's code
	 * @param file the file it comes from
	 * @param source its YAML text
	 * @return the current revision number after the call
	 */
	@Transactional
	public int record(String code, String file, String source) {
		String hash = sha256(source);
		Timestamp now = Timestamp.from(this.clock.instant());
		List<Integer> current = this.jdbc.queryForList("select current_revision from procedure where code = ?",
				Integer.class, code);
		if (current.isEmpty()) {
			this.jdbc.update(
					"insert into procedure (code, current_revision, published, updated_at) values (?, 1, true, ?)",
					code, now);
			insert(code, 1, hash, file, source, now);
			return 1;
		}
		int revision = current.get(0);
		String currentHash = this.jdbc.queryForObject(
				"select content_hash from procedure_revision where procedure_code = ? and revision = ?", String.class,
				code, revision);
		if (hash.equals(currentHash)) {
			return revision;
		}
		insert(code, revision + 1, hash, file, source, now);
		this.jdbc.update("update procedure set current_revision = ?, updated_at = ? where code = ?", revision + 1, now,
				code);
		return revision + 1;
	}

	/** Unpublishes the procedures whose file is gone (their revisions stay). */
	@Transactional
	public void unpublishAllBut(Set<String> codes) {
		for (String code : this.jdbc.queryForList("select code from procedure where published = true", String.class)) {
			if (!codes.contains(code)) {
				this.jdbc.update("update procedure set published = false where code = ?", code);
			}
		}
	}

	/**
	 * Publishes or unpublishes a procedure (an administrator's choice, kept across
	 * restarts).
	 */
	@Transactional
	public void setPublished(String code, boolean published) {
		this.jdbc.update("update procedure set published = ?, updated_at = ? where code = ?", published,
				Timestamp.from(this.clock.instant()), code);
	}

	/** The codes of the published procedures. */
	public Set<String> published() {
		return Set.copyOf(this.jdbc.queryForList("select code from procedure where published = true", String.class));
	}

	/** The YAML text of a revision. */
	public Optional<String> source(String code, int revision) {
		return this.jdbc
			.queryForList("select source from procedure_revision where procedure_code = ? and revision = ?",
					String.class, code, revision)
			.stream()
			.findFirst();
	}

	/** The file a revision came from. */
	public Optional<String> file(String code, int revision) {
		return this.jdbc
			.queryForList("select source_file from procedure_revision where procedure_code = ? and revision = ?",
					String.class, code, revision)
			.stream()
			.findFirst();
	}

	private void insert(String code, int revision, String hash, String file, String source, Timestamp now) {
		this.jdbc.update("insert into procedure_revision (procedure_code, revision, content_hash, source_file, source, "
				+ "created_at) values (?, ?, ?, ?, ?, ?)", code, revision, hash, file, source, now);
	}

	static String sha256(String source) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
