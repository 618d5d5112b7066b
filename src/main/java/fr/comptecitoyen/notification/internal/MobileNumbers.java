package fr.comptecitoyen.notification.internal;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Which phone numbers can receive an SMS: valid mobile numbers only (libphonenumber,
 * France by default), in international form for the SMS provider.
 */
final class MobileNumbers {

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	private MobileNumbers() {
	}

	/** The number in E.164 form ({@code +33612345678}) when it is a mobile number. */
	static Optional<String> mobile(String typed) {
		if (typed == null || typed.isBlank()) {
			return Optional.empty();
		}
		try {
			PhoneNumber number = UTIL.parse(typed, "FR");
			if (UTIL.isValidNumber(number) && UTIL.getNumberType(number) == PhoneNumberType.MOBILE) {
				return Optional.of(UTIL.format(number, PhoneNumberFormat.E164));
			}
			return Optional.empty();
		}
		catch (NumberParseException ex) {
			return Optional.empty();
		}
	}

}
