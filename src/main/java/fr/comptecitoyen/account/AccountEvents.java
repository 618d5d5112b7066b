package fr.comptecitoyen.account;

import java.util.UUID;

/**
 * What happens to citizen accounts, registered by the account aggregate's verbs (see
 * {@link AccountTransition}) and published when it is saved, for the other modules
 * (notifications send the emails). Each event carries what its listeners need, so that
 * they never read the account back.
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

	/**
	 * A citizen created an account with an email address that other open accounts already
	 * use (a household sharing one address): the address is told every identifier, since
	 * signing in with the address alone cannot tell the accounts apart.
	 *
	 * @param accountId the new account
	 * @param email the shared address
	 * @param displayName civility and full name of the new account's holder
	 * @param username the new account's identifier
	 * @param otherUsernames the identifiers of the other open accounts with this address,
	 * sorted
	 */
	public record SharedEmailRegistered(UUID accountId, String email, String displayName, String username,
			java.util.List<String> otherUsernames) {
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

	/**
	 * The town hall asks the citizen to correct something before validating the account.
	 *
	 * @param accountId the account
	 * @param email where to write
	 * @param displayName civility and full name, for the greeting
	 * @param message what to correct, as the town hall wrote it
	 */
	public record AccountCorrectionRequested(UUID accountId, String email, String displayName, String message) {
	}

	/**
	 * The citizen saved a change after a correction was requested: the account is back in
	 * the validation queue.
	 */
	public record AccountCorrected(UUID accountId, String username) {
	}

	/** The town hall lifted a suspension. */
	public record AccountReinstated(UUID accountId, String email, String displayName) {
	}

	/** The account was closed; the email address is the last one known. */
	public record AccountClosed(UUID accountId, String email, String displayName) {
	}

}
