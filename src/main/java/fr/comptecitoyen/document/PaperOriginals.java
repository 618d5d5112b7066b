package fr.comptecitoyen.document;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * "Je n'ai que l'original papier": the supporting documents a citizen will bring to the
 * counter instead of uploading them (FAQ: never blocking). The list is the request's
 * checklist "À apporter au guichet"; the department ticks each document when it is
 * received.
 */
public interface PaperOriginals {

	/**
	 * Puts a document on the holder's list (again: nothing changes).
	 * @param holderId the draft or request
	 * @param documentKey the procedure's key of the document
	 * @param label what the citizen reads
	 * @param position its place in the procedure's list
	 */
	void mark(UUID holderId, String documentKey, String label, int position);

	/** Takes a document off the list, unless the counter already received it. */
	void unmark(UUID holderId, String documentKey);

	/** The holder's list, in the procedure's order. */
	List<Item> of(UUID holderId);

	/**
	 * The department received the paper original (the back office's tick).
	 * @param holderId the request
	 * @param documentKey the document
	 * @param agentName who received it
	 * @return whether the document was on the list and not yet received
	 */
	boolean markReceived(UUID holderId, String documentKey, String agentName);

	/**
	 * One document to bring.
	 *
	 * @param key the procedure's key
	 * @param label what the citizen reads
	 * @param receivedAt when the counter received it, or {@code null}
	 * @param receivedBy the agent who received it, or {@code null}
	 */
	record Item(String key, String label, Instant receivedAt, String receivedBy) {

		/** Whether the counter received it. */
		public boolean received() {
			return this.receivedAt != null;
		}

	}

}
