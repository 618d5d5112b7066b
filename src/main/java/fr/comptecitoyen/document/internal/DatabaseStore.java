package fr.comptecitoyen.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;

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

	/**
	 * Reads the column as a stream from the row, so that only this file's bytes are in
	 * memory while it is read (the driver may hold them, never another file's).
	 */
	@Override
	public boolean read(String key, ContentReader reader) throws IOException {
		try {
			Boolean found = this.jdbc.query("SELECT content FROM attachment_content WHERE storage_key = ?",
					(ResultSetExtractor<Boolean>) (rs) -> {
						if (!rs.next()) {
							return false;
						}
						try (InputStream in = rs.getBinaryStream(1)) {
							reader.read(in);
						}
						catch (IOException ex) {
							throw new UncheckedIOException(ex);
						}
						return true;
					}, key);
			return Boolean.TRUE.equals(found);
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	@Override
	public void delete(String key) {
		this.jdbc.update("DELETE FROM attachment_content WHERE storage_key = ?", key);
	}

}
