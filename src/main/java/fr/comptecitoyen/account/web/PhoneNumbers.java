package fr.comptecitoyen.account.web;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Phone numbers as citizens type them ("06 12 34 56 78", "0612345678", "+33 6 12…", "+44
 * 20 7946 0958"), checked with libphonenumber (France by default) and stored in one
 * readable form: French numbers as the French write them, others in international form.
 */
final class PhoneNumbers {

	static final String DEFAULT_REGION = "FR";

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	private PhoneNumbers() {
	}

	/** The normalised number, or null when it is not a valid number. */
	static String normalise(String typed) {
		if (typed == null || typed.isBlank() || typed.length() > 40) {
			return null;
		}
		try {
			PhoneNumber number = UTIL.parse(typed, DEFAULT_REGION);
			if (!UTIL.isValidNumber(number)) {
				return null;
			}
			boolean french = DEFAULT_REGION.equals(UTIL.getRegionCodeForNumber(number));
			return UTIL.format(number, french ? PhoneNumberFormat.NATIONAL : PhoneNumberFormat.INTERNATIONAL);
		}
		catch (NumberParseException ex) {
			return null;
		}
	}

}
