package fr.comptecitoyen.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * "Mes messages": every email the portal sent to a citizen account, read or unread. Every
 * method is scoped to the given account in its query: another's message is not found.
 */
public interface Inbox {

	/** The account's messages, newest first (at most {@code limit}). */
	List<Message> messages(UUID accountId, int limit);

	/** How many of the account's messages are unread. */
	long unread(UUID accountId);

	/**
	 * Opens one message, marking it read.
	 * @return the message, empty when it is not the account's
	 */
	Optional<Message> open(UUID accountId, UUID messageId);

	/**
	 * A message as the citizen reads it on the portal.
	 *
	 * @param id its id (random, used in its URL)
	 * @param kind acknowledgement, decision, information or account
	 * @param subject the subject line
	 * @param text the text version
	 * @param path the portal page it is about (e.g. {@code /demandes/2026-ENC-8F3K2Q}),
	 * or {@code null}
	 * @param sentAt when it was written
	 * @param readAt when the citizen first opened it, or {@code null}
	 */
	record Message(UUID id, MessageKind kind, String subject, String text, String path, Instant sentAt,
			Instant readAt) {

		/** Whether the citizen opened it. */
		public boolean read() {
			return this.readAt != null;
		}

	}

}
