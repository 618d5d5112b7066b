package fr.comptecitoyen.account;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What other modules may know of a citizen account.
 */
public record AccountSummary(UUID id, String username, String email, AccountStatus status, Civility civility,
		String lastName, String firstName, String otherFirstNames, LocalDate birthDate, String phone,
		PostalAddress address, ContactPreference contactPreference) {

}
