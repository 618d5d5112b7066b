package fr.comptecitoyen.account.web;

import fr.comptecitoyen.account.PhoneNumbers;

import fr.comptecitoyen.account.AccountSummary;
import fr.comptecitoyen.account.PostalAddress;
import fr.comptecitoyen.shared.InputRules;

/**
 * What "Modifier mon compte" posts, kept as typed. The email address is not here: it
 * changes through "Sécurité de mon compte", confirmed from the new address.
 */
record ProfileForm(String civility, String lastName, String firstName, String otherFirstNames, String birthDate,
		String phone, String addressLine, String addressComplement, String postcode, String city,
		String contactPreference) {

	static ProfileForm of(AccountSummary account) {
		String birthDate = (account.birthDate() != null) ? InputRules.DATE_FORMAT.format(account.birthDate()) : "";
		PostalAddress address = (account.address() != null) ? account.address()
				: new PostalAddress(null, null, null, null);
		return new ProfileForm(name(account.civility()), account.lastName(), account.firstName(),
				account.otherFirstNames(), birthDate, PhoneNumbers.display(account.phone()), address.line(),
				address.complement(), address.postcode(), address.city(), name(account.contactPreference()));
	}

	private static String name(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

}
