package fr.comptecitoyen.account;

import java.time.Instant;
import java.util.UUID;

/**
 * What happens to a citizen's credentials, published in the transaction of the change for
 * the notification module to send its emails. Each event has its own id: the email's
 * deduplication key, so that one event sends one email, once.
 */
public final class CredentialEvents {

	private CredentialEvents() {
	}

	/**
	 * A lost-password link was issued (one per account, when an address is shared).
	 *
	 * @param eventId unique per link
	 * @param username the identifier the link is for (named in the email)
	 * @param link the single-use link (secret: never log it)
	 * @param expiresAt when the link stops working
	 */
	public record PasswordResetRequested(UUID eventId, UUID accountId, String username, String email,
			String displayName, String link, Instant expiresAt) {
	}

	/** The password was changed (by the citizen, or through a lost-password link). */
	public record PasswordChanged(UUID eventId, UUID accountId, String username, String email, String displayName,
			Instant changedAt) {
	}

	/**
	 * A new email address was asked for: the link to confirm it goes to that address.
	 *
	 * @param link the single-use link (secret: never log it)
	 */
	public record EmailChangeRequested(UUID eventId, UUID accountId, String username, String newEmail,
			String displayName, String link, Instant expiresAt) {
	}

	/** The new email address was confirmed: a notice goes to the old one. */
	public record EmailChanged(UUID eventId, UUID accountId, String username, String oldEmail, String newEmail,
			String displayName) {
	}

	/** An authenticator app now protects the account. */
	public record TotpEnabled(UUID eventId, UUID accountId, String username, String email, String displayName) {
	}

	/** The authenticator app was removed from the account. */
	public record TotpDisabled(UUID eventId, UUID accountId, String username, String email, String displayName) {
	}

}
