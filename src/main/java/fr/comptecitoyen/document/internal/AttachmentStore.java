package fr.comptecitoyen.document.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Where the bytes of attachments are kept, by a random key; the rows describing them stay
 * in the database whatever the store. Writes take part in the caller's transaction where
 * the store allows it (the database store does); for the others,
 * {@link StoreTransactions} undoes a rolled-back write and delays a deletion until it has
 * committed.
 */
public interface AttachmentStore {

	/**
	 * Whether a key is one of those this module makes (16 to 64 URL-safe Base64
	 * characters), so that no other name reaches a folder or a bucket.
	 * @param key a storage key
	 * @return whether it has the shape of one
	 */
	static boolean isKey(String key) {
		return Keys.KEY.matcher(key).matches();
	}

	/**
	 * Keeps the bytes under that key.
	 * @throws java.io.UncheckedIOException when a folder or a bucket cannot take them
	 * (the upload is then refused with a message, nothing else lost)
	 */
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

	/**
	 * Whether writes and deletions take part in the database's transaction (only the
	 * database store's do).
	 * @return true when a rollback also undoes them
	 */
	default boolean transactional() {
		return true;
	}

	/**
	 * Gives, a batch at a time, the keys of the contents written before that instant, so
	 * that the sweep removes those no attachment row names any more (what a crash between
	 * a write and its commit left). Nothing for a transactional store, which cannot have
	 * any.
	 * @param before only contents older than this
	 * @param batchSize the most keys given at once
	 * @param batch receives each batch
	 */
	default void forEachKeyOlderThan(Instant before, int batchSize, Consumer<List<String>> batch) {
	}

	/** The shape of a storage key. */
	final class Keys {

		static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{16,64}");

		private Keys() {
		}

	}

}
