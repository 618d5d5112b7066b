package fr.comptecitoyen.account;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import fr.comptecitoyen.shared.InputRules;
import fr.comptecitoyen.shared.InputRules.Checked;

/**
 * Phone numbers of accounts: checked by the portal's one rule ({@link InputRules#phone}),
 * stored in the international E.164 form ({@code +33612345678}) so that SMS gateways can
 * use them, and shown as people write them.
 */
public final class PhoneNumbers {

	/** Numbers without a country code are French. */
	public static final String DEFAULT_REGION = InputRules.PHONE_REGION;

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	private PhoneNumbers() {
	}

	/**
	 * The number in E.164 form, if it is a valid number.
	 * @param typed what the citizen typed (spaces, dots, dashes allowed)
	 * @return the normalised number, or empty if it is not a valid phone number
	 */
	public static Optional<String> normalise(String typed) {
		Checked checked = InputRules.phone(typed);
		return checked.ok() ? Optional.of(checked.value()) : Optional.empty();
	}

	/**
	 * A stored number as people read it: French numbers the French way
	 * ({@code 06 12 34 56
	 * 78}), others in international form ({@code +44 20 7946 0958}).
	 * @param stored the number as stored (E.164), or anything else, returned as it is
	 */
	public static String display(String stored) {
		if (stored == null || stored.isBlank()) {
			return stored;
		}
		try {
			PhoneNumber number = UTIL.parse(stored, DEFAULT_REGION);
			boolean french = DEFAULT_REGION.equals(UTIL.getRegionCodeForNumber(number));
			return UTIL.format(number, french ? PhoneNumberUtil.PhoneNumberFormat.NATIONAL
					: PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
		}
		catch (NumberParseException unreadable) {
			return stored;
		}
	}

}
