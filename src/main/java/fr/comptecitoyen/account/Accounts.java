package fr.comptecitoyen.account;

import java.util.List;
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

	/**
	 * Validates a pending account on behalf of a staff member: the restrictions of the
	 * pending state end at once, the citizen is emailed, the history records who.
	 * @param by the staff identifier
	 * @throws IllegalStateException when the account is not pending (someone else decided
	 * first)
	 */
	void validate(UUID accountId, String by);

	/**
	 * Asks the citizen of a pending account to correct it (email and portal message); the
	 * account stays pending.
	 * @param by the staff identifier
	 * @param message what to fix, as the citizen reads it
	 * @throws IllegalStateException when the account is not pending
	 */
	void askCorrection(UUID accountId, String by, String message);

	/**
	 * Refuses a pending account on behalf of a staff member: the citizen is told why by
	 * email and every session of the account ends. Its requests stay with the
	 * departments.
	 * @param by the staff identifier
	 * @param reason the reason given to the citizen (mandatory)
	 * @throws IllegalStateException when the account is not pending
	 */
	void reject(UUID accountId, String by, String reason);

	/** The account's status changes and correction requests, oldest first. */
	List<AccountStatusChange> history(UUID accountId);

	/** Suspends a validated account, with the reason given to the citizen. */
	void suspend(UUID accountId, String reason);

	/** Lifts a suspension. */
	void reinstate(UUID accountId);

}
