package fr.comptecitoyen.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The accounts module's API for the other modules: read an account, and the town hall's
 * verbs on it (the back office calls these). Each verb is checked against
 * {@link AccountTransition}'s table, written to the status history, and raises its event
 * (which sends the matching email) in the caller's transaction. Two staff members acting
 * on one account at once are served one after the other: the second finds the first's
 * change and, when the table refuses it, gets {@link IllegalAccountTransitionException}.
 */
public interface Accounts {

	/** The account, if it exists. */
	Optional<AccountSummary> find(UUID accountId);

	/**
	 * The accounts an agent at the counter looks up: the one with that identifier
	 * ({@code prénom.nom}), else those with that email address (several accounts may
	 * share one).
	 * @param identifier an identifier or an email address, any case
	 * @return the matches, none when nothing matches
	 */
	List<AccountSummary> findByIdentifier(String identifier);

	/**
	 * Throws {@link AccountNotEditableException} unless the account may change its
	 * profile or household (validated, or a requested correction pending).
	 */
	void requireEditable(UUID accountId);

	/**
	 * The citizen saved a change to the household (profile changes are seen by the
	 * account itself): when a correction was requested, the account is back in the
	 * validation queue ({@link AccountTransition#CORRECTED}); otherwise nothing happens.
	 */
	void recordCitizenChange(UUID accountId);

	/**
	 * Validates a pending account ("Votre compte a été validé").
	 * @param by the staff member's display name
	 * @throws IllegalAccountTransitionException unless pending
	 */
	void validate(UUID accountId, String by);

	/**
	 * Asks the citizen to correct something ("Votre Compte Citoyen : une correction est
	 * demandée"); the account stays pending and may be changed until the citizen saves.
	 * @param message what to correct, 1 to 500 characters
	 * @throws IllegalAccountTransitionException unless pending
	 * @throws IllegalArgumentException when the message is blank or too long
	 */
	void askCorrection(UUID accountId, String by, String message);

	/**
	 * Rejects a pending account, with the reason given to the citizen.
	 * @throws IllegalAccountTransitionException unless pending
	 */
	void reject(UUID accountId, String by, String reason);

	/**
	 * Suspends a validated account, with the reason given to the citizen.
	 * @throws IllegalAccountTransitionException unless validated
	 */
	void suspend(UUID accountId, String by, String reason);

	/**
	 * Lifts a suspension.
	 * @throws IllegalAccountTransitionException unless suspended
	 */
	void reinstate(UUID accountId, String by);

	/** The account's status history, oldest first (empty for an unknown account). */
	List<AccountStatusChange> history(UUID accountId);

}
