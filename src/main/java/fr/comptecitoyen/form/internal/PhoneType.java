package fr.comptecitoyen.form.internal;

import java.util.Set;

import fr.comptecitoyen.form.FieldDefinition;
import fr.comptecitoyen.shared.InputRules;

/**
 * {@code phone}: a French number ({@code 06 12 34 56 78}) or an international one
 * ({@code +44 20 7946 0958}), checked with libphonenumber.
 */
class PhoneType extends TextType {

	PhoneType() {
		super("phone", 30);
	}

	@Override
	public void validate(FieldDefinition field, String path, Object value, Check check) {
		if (!valid(value.toString())) {
			check.reject(field, path, "", "form.error.phone");
		}
	}

	@Override
	public Set<String> messages() {
		return Set.of("form.error.phone");
	}

	/** Whether a number is a valid phone number (the one check of this type). */
	static boolean valid(String number) {
		return InputRules.phone(number).ok();
	}

}
