package fr.comptecitoyen.form.internal;

import java.util.Set;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import fr.comptecitoyen.form.FieldDefinition;

/**
 * {@code phone}: a French number ({@code 06 12 34 56 78}) or an international one
 * ({@code +44 20 7946 0958}), checked with libphonenumber.
 */
class PhoneType extends TextType {

	private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

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
		if (number.length() > 30) {
			return false;
		}
		try {
			return PHONES.isValidNumber(PHONES.parse(number, "FR"));
		}
		catch (NumberParseException ex) {
			return false;
		}
	}

}
