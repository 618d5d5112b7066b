package fr.comptecitoyen.document.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Where the bytes of attachments are kept, by a random key; the rows describing them stay
 * in the database whatever the store. Writes take part in the caller's transaction where
 * the store allows it (the database store does).
 */
public interface AttachmentStore {

	/** Keeps the bytes under that key. */
	void put(String key, byte[] content);

	/** The bytes under that key, if any. */
	Optional<byte[]> get(String key);

	/**
	 * Reads the bytes under that key as a stream, one file at a time (the stream is
	 * closed after the reader returns).
	 * @return whether there were bytes under that key
	 */
	default boolean read(String key, ContentReader reader) throws IOException {
		Optional<byte[]> content = get(key);
		if (content.isEmpty()) {
			return false;
		}
		try (InputStream in = new ByteArrayInputStream(content.get())) {
			reader.read(in);
		}
		return true;
	}

	/** Receives the bytes of one file as a stream. */
	@FunctionalInterface
	interface ContentReader {

		/** Reads the content (not closed here). */
		void read(InputStream content) throws IOException;

	}

	/** Forgets the bytes under that key (nothing when there are none). */
	void delete(String key);

}
