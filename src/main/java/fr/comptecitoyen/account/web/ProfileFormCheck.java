package fr.comptecitoyen.account.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;

import fr.comptecitoyen.account.Civility;
import fr.comptecitoyen.account.ContactPreference;
import fr.comptecitoyen.account.PostalAddress;
import fr.comptecitoyen.account.ProfileChange;
import fr.comptecitoyen.shared.BirthDates;
import fr.comptecitoyen.shared.FieldProblem;
import fr.comptecitoyen.shared.InputRules.Checked;
import fr.comptecitoyen.shared.InputRules.Problem;
import fr.comptecitoyen.shared.InputRules;
import fr.comptecitoyen.shared.web.FormErrors;

/**
 * Checks "Modifier mon compte": civility, names and birth date are needed (they identify
 * the citizen), the rest may stay empty; an address, once started, needs its street,
 * 5-digit postcode and commune; contact by phone needs a phone number.
 */
final class ProfileFormCheck {

	private final Clock clock;

	private final ZoneId zone;

	ProfileFormCheck(Clock clock, ZoneId zone) {
		this.clock = clock;
		this.zone = zone;
	}

	/** The change to apply, or null when {@code errors} received at least one error. */
	ProfileChange check(ProfileForm form, FormErrors errors) {
		Civility civility = choice(Civility.class, form.civility(), "civility", errors);
		String lastName = name(form.lastName(), "lastName", 100, true, errors);
		String firstName = name(form.firstName(), "firstName", 100, true, errors);
		String otherFirstNames = name(form.otherFirstNames(), "otherFirstNames", 150, false, errors);
		LocalDate birthDate = birthDate(form.birthDate(), errors);
		String phone = phone(form.phone(), errors);
		PostalAddress address = address(form, errors);
		ContactPreference preference = choice(ContactPreference.class, form.contactPreference(), "contactPreference",
				errors);
		if (preference == ContactPreference.PHONE && isBlank(form.phone())) {
			errors.add("phone", "account.profile.error.phone.needed");
		}
		if (!errors.isEmpty()) {
			return null;
		}
		return new ProfileChange(civility, lastName, firstName, otherFirstNames, birthDate, phone, address, preference);
	}

	private LocalDate birthDate(String typed, FormErrors errors) {
		FieldProblem problem = BirthDates.check(typed, LocalDate.now(this.clock.withZone(this.zone)));
		if (problem != null) {
			errors.add(problem);
		}
		return InputRules.date(typed);
	}

	private static String phone(String typed, FormErrors errors) {
		if (isBlank(typed)) {
			return null;
		}
		Checked phone = InputRules.phone(typed);
		if (!phone.ok()) {
			errors.add("phone", "account.profile.error.phone.invalid");
		}
		return phone.ok() ? phone.value() : null;
	}

	private static PostalAddress address(ProfileForm form, FormErrors errors) {
		String line = clean(form.addressLine());
		String complement = clean(form.addressComplement());
		Checked postcode = InputRules.postcode(form.postcode());
		String city = clean(form.city());
		if (line == null && complement == null && postcode.missing() && city == null) {
			return null;
		}
		required(line, "addressLine", InputRules.ADDRESS_LINE_MAX, errors);
		required(city, "city", InputRules.COMMUNE_MAX, errors);
		if (complement != null && complement.length() > InputRules.ADDRESS_LINE_MAX) {
			errors.add("addressComplement", "account.profile.error.too-long", InputRules.ADDRESS_LINE_MAX);
		}
		if (postcode.missing()) {
			errors.add("postcode", "account.profile.error.postcode.required");
		}
		else if (!postcode.ok()) {
			errors.add("postcode", "account.profile.error.postcode.invalid");
		}
		return new PostalAddress(line, complement, postcode.value(), city);
	}

	private static void required(String value, String field, int max, FormErrors errors) {
		if (value == null) {
			errors.add(field, "account.profile.error." + field + ".required");
		}
		else if (value.length() > max) {
			errors.add(field, "account.profile.error.too-long", max);
		}
	}

	private static String name(String typed, String field, int max, boolean needed, FormErrors errors) {
		Checked name = InputRules.name(typed, max);
		if (name.missing()) {
			if (needed) {
				errors.add(field, "account.profile.error." + field + ".required");
			}
		}
		else if (name.problem() == Problem.TOO_LONG) {
			errors.add(field, "account.profile.error.too-long", max);
		}
		else if (!name.ok()) {
			errors.add(field, "account.profile.error.name.characters");
		}
		return name.value();
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String typed, String field, FormErrors errors) {
		E value = Arrays.stream(type.getEnumConstants())
			.filter((constant) -> constant.name().equals(typed))
			.findFirst()
			.orElse(null);
		if (value == null) {
			errors.add(field, "account.profile.error." + field + ".required");
		}
		return value;
	}

	private static String clean(String typed) {
		return isBlank(typed) ? null : InputRules.clean(typed);
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
