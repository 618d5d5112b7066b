package fr.comptecitoyen.instruction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What happens to staff accounts, published for the other modules (notifications send the
 * emails).
 */
public final class StaffEvents {

	private StaffEvents() {
	}

	/**
	 * An administrator invited a staff member, or voided their password: the email
	 * carries the single-use link to choose a password.
	 *
	 * @param eventId unique per invitation (a new invitation sends a new email)
	 * @param staffId the staff member
	 * @param username the identifier to sign in with
	 * @param email where to write
	 * @param displayName the name, for the greeting
	 * @param link the absolute link to choose a password
	 * @param expiresAt when the link stops working
	 * @param passwordReset whether it replaces a password (else a first invitation)
	 */
	public record StaffInvited(UUID eventId, UUID staffId, String username, String email, String displayName,
			String link, Instant expiresAt, boolean passwordReset) {
	}

	/**
	 * A staff member chose a new password by the link sent after an administrator's
	 * reset: an email confirms it.
	 *
	 * @param eventId unique per new password
	 * @param username the identifier to sign in with
	 * @param email where to write
	 * @param displayName the name, for the greeting
	 * @param at when
	 */
	public record StaffPasswordChosen(UUID eventId, String username, String email, String displayName, Instant at) {
	}

	/**
	 * An administrator removed a staff member's authenticator app: an email tells the
	 * person, who sets up a new one at the next sign-in.
	 *
	 * @param eventId unique per removal
	 * @param username the identifier to sign in with
	 * @param email where to write
	 * @param displayName the name, for the greeting
	 * @param at when
	 */
	public record StaffAppRemoved(UUID eventId, String username, String email, String displayName, Instant at) {
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

	/**
	 * A staff member's daily digest is due: the requests of their departments that are
	 * new or changed since the previous digest. Raised at most once a day per person,
	 * never with no line; the notifications write it to the outbox in the same
	 * transaction.
	 *
	 * @param staffId the staff member
	 * @param day the commune's day of the digest (one a day: it names the email)
	 * @param email where to write
	 * @param displayName the name, for the greeting
	 * @param lines the requests, most recently changed first (at most
	 * {@link #DIGEST_LINES})
	 * @param total how many requests are new or changed (may exceed the lines)
	 */
	public record DigestDue(UUID staffId, LocalDate day, String email, String displayName, List<DigestLine> lines,
			int total) {
	}

	/** The most lines a digest lists; the rest is counted. */
	public static final int DIGEST_LINES = 100;

	/**
	 * One request in a digest.
	 *
	 * @param reference its public reference
	 * @param title the procedure's title
	 * @param status the status constant ({@code request.status.<status>} in the messages)
	 * @param isNew whether it was sent since the previous digest (else it changed)
	 * @param path the path of its back-office page
	 */
	public record DigestLine(String reference, String title, String status, boolean isNew, String path) {
	}

}
