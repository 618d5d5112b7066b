package fr.comptecitoyen.account;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The read side of the town hall's queue of pending accounts: what an account validator
 * needs to check an account (identity, contact data, time waiting) and possible
 * duplicates among validated and pending accounts. Hints only: nothing here blocks a
 * decision.
 */
public interface PendingAccounts {

	/**
	 * Pending accounts a validator can decide on, oldest first (at most {@code limit}):
	 * an account whose holder was asked for a correction leaves the queue until they save
	 * a change, then comes back in its place.
	 */
	List<PendingAccount> queue(int limit);

	/**
	 * How many accounts are in the {@link #queue(int)} (corrections awaited left out).
	 */
	long count();

	/**
	 * Pending accounts whose holder was asked for a correction and has not saved a change
	 * yet, the longest waiting first (at most {@code limit}), each with the date of the
	 * last request for correction and its message.
	 */
	List<AwaitingCorrection> awaitingCorrection(int limit);

	/** An account by its identifier, whatever its status, for a staff page. */
	Optional<PendingAccount> findByUsername(String username);

	/**
	 * Other validated or pending accounts that may be the same person: same last name,
	 * first name and birth date (case and accents ignored); same email; same phone.
	 */
	List<DuplicateHint> duplicates(UUID accountId);

	/**
	 * An account as a validator sees it.
	 *
	 * @param id the account's id (never shown in URLs: the username is)
	 * @param username the {@code prénom.nom} identifier
	 * @param status where the account stands
	 * @param civility civility, if given
	 * @param lastName last (birth) name
	 * @param firstName first name
	 * @param otherFirstNames other first names, if given
	 * @param birthDate birth date
	 * @param email email address
	 * @param phone phone number (E.164), if given
	 * @param address postal address, if given
	 * @param contactPreference how the citizen wants to be contacted
	 * @param createdAt when the account was created (start of the wait)
	 */
	record PendingAccount(UUID id, String username, AccountStatus status, Civility civility, String lastName,
			String firstName, String otherFirstNames, LocalDate birthDate, String email, String phone,
			PostalAddress address, ContactPreference contactPreference, Instant createdAt) {
	}

	/**
	 * An account waiting for its holder's correction.
	 *
	 * @param account the account
	 * @param askedAt when the town hall last asked for a correction
	 * @param message what it asked for
	 */
	record AwaitingCorrection(PendingAccount account, Instant askedAt, String message) {
	}

	/**
	 * Another account that may be the same person.
	 *
	 * @param username its identifier (links to its page)
	 * @param status validated or pending
	 * @param rule which rule matched
	 */
	record DuplicateHint(String username, AccountStatus status, Rule rule) {
	}

	/** The rules of possible duplicates. */
	enum Rule {

		/** Same last name, first name and birth date. */
		IDENTITY,

		/** Same email address. */
		EMAIL,

		/** Same phone number. */
		PHONE

	}

}
