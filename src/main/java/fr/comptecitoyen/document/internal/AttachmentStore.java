package fr.comptecitoyen.document.internal;

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

	/** Forgets the bytes under that key (nothing when there are none). */
	void delete(String key);

}
