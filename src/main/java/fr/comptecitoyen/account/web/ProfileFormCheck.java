package fr.comptecitoyen.account.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;

import fr.comptecitoyen.account.Civility;
import fr.comptecitoyen.account.ContactPreference;
import fr.comptecitoyen.account.PostalAddress;
import fr.comptecitoyen.account.ProfileChange;
import fr.comptecitoyen.shared.DateParts;
import fr.comptecitoyen.shared.InputRules;
import fr.comptecitoyen.shared.InputRules.Checked;
import fr.comptecitoyen.shared.InputRules.Problem;

import org.springframework.validation.Errors;

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
	ProfileChange check(ProfileForm form, Errors errors) {
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
			errors.rejectValue("phone", "account.profile.error.phone.needed");
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new ProfileChange(civility, lastName, firstName, otherFirstNames, birthDate, phone, address, preference);
	}

	private LocalDate birthDate(DateParts typed, Errors errors) {
		if (typed.problem() != null) {
			errors.rejectValue("birthDay", "account.profile.error.birth-date." + typed.problem().name().toLowerCase());
			return null;
		}
		LocalDate date = typed.toDate();
		LocalDate today = LocalDate.now(this.clock.withZone(this.zone));
		if (date.isAfter(today)) {
			errors.rejectValue("birthDay", "account.profile.error.birth-date.future");
		}
		else if (date.isBefore(today.minusYears(130))) {
			errors.rejectValue("birthDay", "account.profile.error.birth-date.too-old");
		}
		return date;
	}

	private static String phone(String typed, Errors errors) {
		if (isBlank(typed)) {
			return null;
		}
		Checked phone = InputRules.phone(typed);
		if (!phone.ok()) {
			errors.rejectValue("phone", "account.profile.error.phone.invalid");
		}
		return phone.ok() ? phone.value() : null;
	}

	private static PostalAddress address(ProfileForm form, Errors errors) {
		String line = clean(form.addressLine());
		String complement = clean(form.addressComplement());
		Checked postcode = InputRules.postcode(form.postcode());
		String city = clean(form.city());
		if (line == null && complement == null && postcode.missing() && city == null) {
			return null;
		}
		required(line, "addressLine", 200, errors);
		required(city, "city", 100, errors);
		if (complement != null && complement.length() > 200) {
			errors.rejectValue("addressComplement", "account.profile.error.too-long", new Object[] { 200 }, null);
		}
		if (postcode.missing()) {
			errors.rejectValue("postcode", "account.profile.error.postcode.required");
		}
		else if (!postcode.ok()) {
			errors.rejectValue("postcode", "account.profile.error.postcode.invalid");
		}
		return new PostalAddress(line, complement, postcode.value(), city);
	}

	private static void required(String value, String field, int max, Errors errors) {
		if (value == null) {
			errors.rejectValue(field, "account.profile.error." + field + ".required");
		}
		else if (value.length() > max) {
			errors.rejectValue(field, "account.profile.error.too-long", new Object[] { max }, null);
		}
	}

	private static String name(String typed, String field, int max, boolean needed, Errors errors) {
		Checked name = InputRules.name(typed, max);
		if (name.missing()) {
			if (needed) {
				errors.rejectValue(field, "account.profile.error." + field + ".required");
			}
		}
		else if (name.problem() == Problem.TOO_LONG) {
			errors.rejectValue(field, "account.profile.error.too-long", new Object[] { max }, null);
		}
		else if (!name.ok()) {
			errors.rejectValue(field, "account.profile.error.name.characters");
		}
		return name.value();
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String typed, String field, Errors errors) {
		E value = Arrays.stream(type.getEnumConstants())
			.filter((constant) -> constant.name().equals(typed))
			.findFirst()
			.orElse(null);
		if (value == null) {
			errors.rejectValue(field, "account.profile.error." + field + ".required");
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
