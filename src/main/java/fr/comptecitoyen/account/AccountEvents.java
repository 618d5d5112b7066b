package fr.comptecitoyen.account;

import java.util.UUID;

/**
 * What happens to citizen accounts, published for the other modules (notifications send
 * the emails). Each event carries what its listeners need, so that they never read the
 * account back.
 */
public final class AccountEvents {

	private AccountEvents() {
	}

	/**
	 * A citizen created an account (pending validation).
	 *
	 * @param accountId the account
	 * @param username the generated {@code prénom.nom} identifier
	 * @param email where to write
	 * @param displayName civility and full name, for the greeting
	 */
	public record AccountRegistered(UUID accountId, String username, String email, String displayName) {
	}

	/** The town hall validated the account. */
	public record AccountValidated(UUID accountId, String username, String email, String displayName) {
	}

	/** The town hall rejected the account, with a reason. */
	public record AccountRejected(UUID accountId, String email, String displayName, String reason) {
	}

	/** The town hall suspended the account, with a reason. */
	public record AccountSuspended(UUID accountId, String email, String displayName, String reason) {
	}

	/** The account was closed; the email address is the last one known. */
	public record AccountClosed(UUID accountId, String email, String displayName) {
	}

	/**
	 * The town hall asked the citizen of a pending account to correct it.
	 *
	 * @param message what to fix
	 */
	public record AccountCorrectionAsked(UUID eventId, UUID accountId, String email, String displayName,
			String message) {
	}

}
