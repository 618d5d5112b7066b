package fr.comptecitoyen.account;

import java.util.Optional;
import java.util.UUID;

/**
 * The citizen's own profile: read it with the town hall's reason for its status, and
 * change it once the account is validated.
 */
public interface Profiles {

	/** The account with that {@code prénom.nom} identifier (demo data, back office). */
	Optional<AccountSummary> findByUsername(String username);

	/**
	 * The reason the town hall gave when it rejected or suspended the account; empty
	 * otherwise.
	 */
	Optional<String> statusReason(UUID accountId);

	/**
	 * Replaces the profile (the email address excepted: it changes only once confirmed
	 * from the new address).
	 * @throws AccountNotEditableException unless the account is validated
	 */
	void updateProfile(UUID accountId, ProfileChange change);

}
