package fr.comptecitoyen.document;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Supporting documents uploaded by citizens, and files agents give with an opinion. A
 * file belongs to a holder (a draft, then the request it becomes: the same id; or the
 * note of an opinion) and to an owner (the citizen, or the agent); every lookup names one
 * of them. Checks, in order: size (per file, then per holder), emptiness, type from the
 * content against the allow-list and the extension, antivirus.
 */
public interface Attachments {

	/**
	 * Receives one file.
	 * @param holderId the draft or request
	 * @param ownerId the citizen
	 * @param slot what it answers (a field's key, or {@code document:<key>})
	 * @param fileName the name the browser sent (sanitised here)
	 * @param content the bytes, read here up to {@code maxBytes} + 1 at most (and closed)
	 * @param accepted the accepted media types
	 * @param maxBytes the largest file accepted, in bytes
	 * @return stored, or refused with the message to show
	 */
	UploadOutcome store(UUID holderId, UUID ownerId, String slot, String fileName, InputStream content,
			Set<String> accepted, long maxBytes);

	/** The holder's attachments, oldest first. */
	List<AttachmentView> of(UUID holderId);

	/**
	 * Removes one of the holder's attachments.
	 * @return whether there was one
	 */
	boolean remove(UUID holderId, String publicId);

	/**
	 * A file for its owner: empty when it is not theirs, does not exist, or waits for the
	 * antivirus.
	 */
	Optional<Download> download(UUID ownerId, String publicId);

	/**
	 * A file of a holder, for the back office (the caller checked the staff member may
	 * see the holder): empty when it is not the holder's, does not exist, or waits for
	 * the antivirus.
	 */
	Optional<Download> downloadOfHolder(UUID holderId, String publicId);

	/**
	 * Reads one file of a holder for the back office (the caller checked the staff member
	 * may see the holder) without holding it whole in memory with others: the reader gets
	 * the file's name and its content as a stream, closed afterwards.
	 * @return whether the file was read: false when it is not the holder's, does not
	 * exist, or waits for the antivirus
	 * @throws IOException when the reader fails
	 */
	boolean readOfHolder(UUID holderId, String publicId, FileReader reader) throws java.io.IOException;

	/** Receives one file's content, as a stream. */
	@FunctionalInterface
	interface FileReader {

		/**
		 * @param name the sanitised file name
		 * @param content the bytes, closed by the caller after this returns
		 */
		void read(String name, InputStream content) throws java.io.IOException;

	}

	/**
	 * Moves every attachment of one holder to another, oldest first, as long as the
	 * receiving holder stays within the size allowed for one request; the others are
	 * deleted.
	 * @param fromHolderId where the files wait (files kept apart until their owner came
	 * back)
	 * @param toHolderId the draft or request that takes them
	 * @return one outcome per file, in order: moved, or refused with the message to show
	 */
	List<Adopted> adopt(UUID fromHolderId, UUID toHolderId);

	/**
	 * One file moved by {@link #adopt}.
	 *
	 * @param slot what it answers
	 * @param outcome stored in the new holder, or refused
	 */
	record Adopted(String slot, UploadOutcome outcome) {
	}

	/** Removes every attachment and paper original of a holder (a deleted draft). */
	void deleteAll(UUID holderId);

}
