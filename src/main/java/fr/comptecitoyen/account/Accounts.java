package fr.comptecitoyen.account;

import java.util.Optional;
import java.util.UUID;

/**
 * The accounts module's API for the other modules: read an account, and the town hall's
 * decisions on it (the back office calls these). Each decision publishes its event, which
 * sends the matching email.
 */
public interface Accounts {

	/** The account, if it exists. */
	Optional<AccountSummary> find(UUID accountId);

	/**
	 * Throws {@link AccountNotEditableException} unless the account may change its
	 * profile or household (it must be validated).
	 */
	void requireEditable(UUID accountId);

	/** Validates a pending account ("Votre compte a été validé"). */
	void validate(UUID accountId);

	/** Rejects a pending account, with the reason given to the citizen. */
	void reject(UUID accountId, String reason);

	/** Suspends a validated account, with the reason given to the citizen. */
	void suspend(UUID accountId, String reason);

	/** Lifts a suspension. */
	void reinstate(UUID accountId);

}
