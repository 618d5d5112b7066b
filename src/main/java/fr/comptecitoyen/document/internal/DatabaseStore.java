package fr.comptecitoyen.document.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The default store: table {@code attachment_content}, in the same transaction as the
 * attachment's row, so that a request never shows a file that is not there.
 */
class DatabaseStore implements AttachmentStore {

	private final JdbcTemplate jdbc;

	DatabaseStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void put(String key, byte[] content) {
		this.jdbc.update("INSERT INTO attachment_content (storage_key, content) VALUES (?, ?)", key, content);
	}

	@Override
	public Optional<byte[]> get(String key) {
		List<byte[]> found = this.jdbc.query("SELECT content FROM attachment_content WHERE storage_key = ?",
				(rs, row) -> rs.getBytes(1), key);
		return found.stream().findFirst();
	}

	@Override
	public void delete(String key) {
		this.jdbc.update("DELETE FROM attachment_content WHERE storage_key = ?", key);
	}

}
