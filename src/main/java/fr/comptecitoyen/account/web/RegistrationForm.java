package fr.comptecitoyen.account.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the registration form posts. Only these fields can be set by the visitor; all are
 * text so that whatever was typed can be shown again.
 */
record RegistrationForm(String civility, String lastName, String firstName, String otherFirstNames, String birthDate,
		String email, String phone, String addressLine, String addressComplement, String postcode, String city,
		String contactPreference, String password, String passwordConfirmation, String terms, String captchaPayload,
		String captchaToken, String captchaAnswer, String registrationKey, String retour) {

	/** What was typed, to fill the form again (never the passwords nor the captcha). */
	Map<String, String> typed() {
		Map<String, String> typed = new LinkedHashMap<>();
		typed.put("civility", this.civility);
		typed.put("lastName", this.lastName);
		typed.put("firstName", this.firstName);
		typed.put("otherFirstNames", this.otherFirstNames);
		typed.put("birthDate", this.birthDate);
		typed.put("email", this.email);
		typed.put("phone", this.phone);
		typed.put("addressLine", this.addressLine);
		typed.put("addressComplement", this.addressComplement);
		typed.put("postcode", this.postcode);
		typed.put("city", this.city);
		typed.put("contactPreference", this.contactPreference);
		typed.put("terms", this.terms);
		return typed;
	}

	static Map<String, String> empty() {
		return new RegistrationForm(null, null, null, null, null, null, null, null, null, null, null, "EMAIL", null,
				null, null, null, null, null, null, null)
			.typed();
	}

}
