package fr.comptecitoyen.account.web;

import fr.comptecitoyen.account.PhoneNumbers;

import fr.comptecitoyen.account.AccountSummary;
import fr.comptecitoyen.account.PostalAddress;
import fr.comptecitoyen.shared.DateParts;

/**
 * What "Modifier mon compte" posts, kept as typed. The email address is not here: it
 * changes through "Sécurité de mon compte", confirmed from the new address.
 */
record ProfileForm(String civility, String lastName, String firstName, String otherFirstNames, String birthDay,
		String birthMonth, String birthYear, String phone, String addressLine, String addressComplement,
		String postcode, String city, String contactPreference) {

	static ProfileForm of(AccountSummary account) {
		DateParts date = DateParts.of(account.birthDate());
		PostalAddress address = (account.address() != null) ? account.address()
				: new PostalAddress(null, null, null, null);
		return new ProfileForm(name(account.civility()), account.lastName(), account.firstName(),
				account.otherFirstNames(), date.day(), date.month(), date.year(), PhoneNumbers.display(account.phone()),
				address.line(), address.complement(), address.postcode(), address.city(),
				name(account.contactPreference()));
	}

	DateParts birthDate() {
		return new DateParts(this.birthDay, this.birthMonth, this.birthYear);
	}

	private static String name(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

}
