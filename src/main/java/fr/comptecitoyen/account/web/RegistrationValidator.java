package fr.comptecitoyen.account.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import fr.comptecitoyen.account.Civility;
import fr.comptecitoyen.account.ContactPreference;
import fr.comptecitoyen.account.PostalAddress;
import fr.comptecitoyen.account.internal.Registration.NewAccount;
import fr.comptecitoyen.security.PasswordPolicy;
import fr.comptecitoyen.shared.BirthDates;
import fr.comptecitoyen.shared.FieldProblem;
import fr.comptecitoyen.shared.InputRules.Problem;
import fr.comptecitoyen.shared.InputRules;
import fr.comptecitoyen.shared.web.FormErrors;

/**
 * Checks the registration form, field by field, and turns it into a {@link NewAccount}.
 * Only what creating the account needs is mandatory: civility, names, birth date, email,
 * password and consent.
 */
final class RegistrationValidator {

	/**
	 * Minimum age of an account holder: the holder acts for the household; younger people
	 * are declared as children of a household.
	 */
	static final int MIN_AGE = 16;

	/** The box of the birth date. */
	static final String BIRTH_FIELD = BirthDates.FIELD;

	private static final String ERROR = "account.register.error.";

	private final PasswordPolicy passwords;

	private final Clock clock;

	private final ZoneId zone;

	RegistrationValidator(PasswordPolicy passwords, Clock clock, ZoneId zone) {
		this.passwords = passwords;
		this.clock = clock;
		this.zone = zone;
	}

	/** The form's problems (none if it is fine) and the account it describes. */
	record Checked(FormErrors errors, NewAccount account) {
	}

	Checked check(RegistrationForm form, String registrationKey) {
		FormErrors errors = new FormErrors();
		Civility civility = civility(form.civility(), errors);
		String lastName = name("lastName", form.lastName(), true, 100, errors);
		String firstName = name("firstName", form.firstName(), true, 100, errors);
		String otherFirstNames = name("otherFirstNames", form.otherFirstNames(), false, 150, errors);
		LocalDate birthDate = birthDate(form.birthDate(), errors);
		String email = email(form.email(), errors);
		String phone = phone(form.phone(), errors);
		PostalAddress address = address(form, errors);
		ContactPreference preference = preference(form.contactPreference(), phone, form.phone(), errors);
		List<String> context = new ArrayList<>(List.of(clean(form.lastName()), clean(form.firstName()),
				clean(form.otherFirstNames()), emailLocalPart(email)));
		this.passwords.problems(form.password(), context).forEach((code) -> errors.add("password", code));
		if (form.password() != null && !form.password().isEmpty()
				&& !form.password().equals(form.passwordConfirmation())) {
			errors.add("passwordConfirmation", ERROR + "passwordConfirmation.mismatch");
		}
		if (!"on".equals(form.terms()) && !"true".equals(form.terms())) {
			errors.add("terms", ERROR + "terms.required");
		}
		NewAccount account = new NewAccount(civility, lastName, firstName, otherFirstNames, birthDate, email, phone,
				address, preference, form.password(), registrationKey);
		return new Checked(errors, account);
	}

	private static Civility civility(String typed, FormErrors errors) {
		for (Civility civility : Civility.values()) {
			if (civility.name().equals(typed)) {
				return civility;
			}
		}
		errors.add("civility", ERROR + "civility.required");
		return null;
	}

	private static String name(String field, String typed, boolean required, int max, FormErrors errors) {
		InputRules.Checked name = InputRules.name(typed, max);
		if (name.missing()) {
			if (required) {
				errors.add(field, ERROR + field + ".required");
			}
		}
		else if (name.problem() == Problem.TOO_LONG) {
			errors.add(field, ERROR + field + ".too-long");
		}
		else if (!name.ok()) {
			errors.add(field, ERROR + field + ".invalid");
		}
		return name.value();
	}

	private LocalDate birthDate(String typed, FormErrors errors) {
		LocalDate today = LocalDate.now(this.clock.withZone(this.zone));
		FieldProblem problem = BirthDates.check(typed, today);
		if (problem != null) {
			errors.add(problem);
			return null;
		}
		LocalDate date = InputRules.date(typed);
		if (Period.between(date, today).getYears() < MIN_AGE) {
			errors.add(BIRTH_FIELD, ERROR + "birthDate.too-young");
		}
		return date;
	}

	private static String email(String typed, FormErrors errors) {
		InputRules.Checked email = InputRules.email(typed);
		if (email.missing()) {
			errors.add("email", ERROR + "email.required");
		}
		else if (!email.ok()) {
			errors.add("email", ERROR + "email.invalid");
		}
		return email.value();
	}

	private static String phone(String typed, FormErrors errors) {
		InputRules.Checked phone = InputRules.phone(typed);
		if (!phone.ok() && !phone.missing()) {
			errors.add("phone", ERROR + "phone.invalid");
		}
		return phone.ok() ? phone.value() : null;
	}

	private static PostalAddress address(RegistrationForm form, FormErrors errors) {
		String line = clean(form.addressLine());
		String complement = clean(form.addressComplement());
		InputRules.Checked postcode = InputRules.postcode(form.postcode());
		String city = clean(form.city());
		if (line.isEmpty() && complement.isEmpty() && postcode.missing() && city.isEmpty()) {
			return null;
		}
		required("addressLine", line, 200, errors);
		if (complement.length() > 200) {
			errors.add("addressComplement", ERROR + "addressComplement.too-long");
		}
		if (postcode.missing()) {
			errors.add("postcode", ERROR + "postcode.required");
		}
		else if (!postcode.ok()) {
			errors.add("postcode", ERROR + "postcode.invalid");
		}
		required("city", city, 100, errors);
		return new PostalAddress(line, complement.isEmpty() ? null : complement, postcode.value(), city);
	}

	private static void required(String field, String value, int max, FormErrors errors) {
		if (value.isEmpty()) {
			errors.add(field, ERROR + field + ".required");
		}
		else if (value.length() > max) {
			errors.add(field, ERROR + field + ".too-long");
		}
	}

	private static ContactPreference preference(String typed, String phone, String typedPhone, FormErrors errors) {
		ContactPreference preference = "PHONE".equals(typed) ? ContactPreference.PHONE : ContactPreference.EMAIL;
		if (preference == ContactPreference.PHONE && phone == null && clean(typedPhone).isEmpty()) {
			errors.add("contactPreference", ERROR + "contactPreference.phone-needed");
		}
		return preference;
	}

	private static String emailLocalPart(String email) {
		return (email == null) ? "" : email.substring(0, Math.max(0, email.indexOf('@')));
	}

	private static String clean(String typed) {
		return InputRules.clean(typed);
	}

}
