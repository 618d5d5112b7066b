package fr.comptecitoyen.instruction;

import java.time.Instant;
import java.util.UUID;

/**
 * What happens to staff accounts, published for the other modules (notifications send the
 * emails).
 */
public final class StaffEvents {

	private StaffEvents() {
	}

	/**
	 * An administrator invited a staff member: the email carries the single-use link to
	 * choose a password.
	 *
	 * @param eventId unique per invitation (a new invitation sends a new email)
	 * @param staffId the staff member
	 * @param username the identifier to sign in with
	 * @param email where to write
	 * @param displayName the name, for the greeting
	 * @param link the absolute link to choose a password
	 * @param expiresAt when the link stops working
	 */
	public record StaffInvited(UUID eventId, UUID staffId, String username, String email, String displayName,
			String link, Instant expiresAt) {
	}

	/**
	 * A staff member opened a request's page in the back office (after the department
	 * check): followed requests use it as "last opened", the audit log records the view.
	 *
	 * @param staffId who opened it
	 * @param reference the request's public reference
	 * @param at when
	 */
	public record RequestOpened(UUID staffId, String reference, Instant at) {
	}

}
