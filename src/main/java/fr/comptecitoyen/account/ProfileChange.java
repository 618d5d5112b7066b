package fr.comptecitoyen.account;

import java.time.LocalDate;

/**
 * A citizen's new profile, checked and normalised by the form that collected it.
 *
 * @param civility civility
 * @param lastName surname
 * @param firstName usual first name
 * @param otherFirstNames other first names, or null
 * @param birthDate date of birth
 * @param phone phone number in its normalised form, or null
 * @param address postal address, or null
 * @param contactPreference how the town hall should reach the citizen
 */
public record ProfileChange(Civility civility, String lastName, String firstName, String otherFirstNames,
		LocalDate birthDate, String phone, PostalAddress address, ContactPreference contactPreference) {

}
