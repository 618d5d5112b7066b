package fr.comptecitoyen.shared;

import java.net.IDN;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * The one set of rules for what citizens type about themselves: person names, French
 * postcodes, email addresses, phone numbers and dates. Registration, profile, household,
 * the security pages and the form engine's field types all ask here, so that a value
 * accepted by one form is accepted by every other.
 * <p>
 * Each rule takes the text as typed (null allowed) and returns a {@link Checked}: the
 * value to store (normalised) when it is fine, otherwise the problem and the cleaned text
 * to show back. Message codes stay with the forms: each form words its own messages,
 * except for a date, whose mistake reads the same everywhere ({@link #DATE_MESSAGE}).
 */
public final class InputRules {

	/**
	 * Longest email address: RFC 5321 §4.5.3.1.3 limits a path to 256 octets, 254 usable.
	 */
	public static final int EMAIL_MAX = 254;

	/** Longest local part (before the {@code @}): RFC 5321 §4.5.3.1.1. */
	static final int EMAIL_LOCAL_MAX = 64;

	/**
	 * Longest street line (number and street) or address complement of a postal address.
	 */
	public static final int ADDRESS_LINE_MAX = 200;

	/** Longest commune name of a postal address. */
	public static final int COMMUNE_MAX = 100;

	/** Longest phone number as typed, spaces and punctuation included. */
	public static final int PHONE_MAX = 30;

	/** Numbers typed without a country code are French. */
	public static final String PHONE_REGION = "FR";

	/** How a date is shown and asked for: {@code JJ/MM/AAAA}. */
	public static final DateTimeFormatter DATE_FORMAT = DateTimeFormatter.ofPattern("dd/MM/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	/** The message for a typed date that is not a real date, the same on every page. */
	public static final String DATE_MESSAGE = "form.error.date";

	/**
	 * Letters of any script (with their accents), then letters, spaces, hyphens,
	 * apostrophes (straight or typographic) and dots ("St. John", "N’Diaye").
	 */
	private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} '’.\\-]*");

	/** Five digits (the code of La Poste; Corsica is 20xxx, overseas 97xxx and 98xxx). */
	private static final Pattern POSTCODE = Pattern.compile("[0-9]{5}");

	/**
	 * The local part of a "valid email address" of the WHATWG HTML standard (§4.10.5.1.5,
	 * what browsers check for {@code type=email}), as dot-separated atoms (RFC 5322
	 * §3.2.3: no leading, trailing or doubled dot).
	 */
	private static final Pattern LOCAL = Pattern
		.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");

	/**
	 * An ASCII domain (IDN already in Punycode) of at least two labels, the last one
	 * alphabetic or Punycode: a portal's citizens have addresses on the Internet, not on
	 * an intranet host.
	 */
	private static final Pattern DOMAIN = Pattern
		.compile("([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+([A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})");

	/** An ISO date, {@code AAAA-MM-JJ}. */
	private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

	/** Day, month and year, separated by {@code /}, {@code -}, {@code .} or spaces. */
	private static final Pattern FRENCH_DATE = Pattern
		.compile("([0-9]{1,2})\\s*[/.\\- ]\\s*([0-9]{1,2})\\s*[/.\\- ]\\s*([0-9]{4})");

	private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

	private InputRules() {
	}

	/** What is wrong with a typed value. */
	public enum Problem {

		/** Nothing typed (only spaces). */
		MISSING,

		/** Longer than the field allows. */
		TOO_LONG,

		/** Not the expected shape. */
		INVALID

	}

	/**
	 * The outcome of a rule.
	 *
	 * @param value the value to store when {@code problem} is null (normalised), else the
	 * cleaned text as typed; null when nothing was typed
	 * @param problem what is wrong, or null when the value is fine
	 */
	public record Checked(String value, Problem problem) {

		/** Whether the value passes the rule. */
		public boolean ok() {
			return this.problem == null;
		}

		/** Whether nothing was typed. */
		public boolean missing() {
			return this.problem == Problem.MISSING;
		}

		static Checked fine(String value) {
			return new Checked(value, null);
		}

		static Checked wrong(String value, Problem problem) {
			return new Checked(value, problem);
		}

	}

	/**
	 * A date typed in one text box, as the portal asks for it everywhere (registration,
	 * profile, household, procedures, the citizen's and the agents' filters): "Format
	 * attendu : JJ/MM/AAAA", the same message {@link #DATE_MESSAGE} for the same mistake.
	 * {@code JJ/MM/AAAA}, one-digit day or month allowed, with {@code /}, {@code -},
	 * {@code .} or spaces between the parts; ISO {@code AAAA-MM-JJ} (what a browser's
	 * date picker or an old link sends) is accepted too.
	 * @param typed as typed, may be null
	 * @return the date, or null when nothing was typed or it is not a real date
	 */
	public static LocalDate date(String typed) {
		String text = clean(typed);
		try {
			if (ISO_DATE.matcher(text).matches()) {
				return LocalDate.parse(text);
			}
			Matcher parts = FRENCH_DATE.matcher(text);
			return parts.matches() ? LocalDate.of(Integer.parseInt(parts.group(3)), Integer.parseInt(parts.group(2)),
					Integer.parseInt(parts.group(1))) : null;
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/**
	 * A typed date as its box shows it again: a real date as {@code JJ/MM/AAAA}, anything
	 * else exactly as typed, so that the person can correct it.
	 * @param typed as typed, may be null
	 * @return the text for the box, empty when nothing was typed
	 */
	public static String dateAsTyped(String typed) {
		LocalDate date = date(typed);
		if (date != null) {
			return DATE_FORMAT.format(date);
		}
		return (typed != null) ? typed : "";
	}

	/**
	 * Strips the text and folds runs of white space into one space.
	 * @return the cleaned text, empty (never null) when nothing was typed
	 */
	public static String clean(String typed) {
		return (typed == null) ? "" : typed.strip().replaceAll("\\s+", " ");
	}

	/**
	 * A last name or first names.
	 * @param typed as typed
	 * @param maxLength the field's limit, in characters
	 * @return the cleaned name, or MISSING, TOO_LONG or INVALID (a character that is no
	 * letter, space, hyphen, apostrophe or dot, or not starting with a letter)
	 */
	public static Checked name(String typed, int maxLength) {
		String value = clean(typed);
		if (value.isEmpty()) {
			return Checked.wrong(null, Problem.MISSING);
		}
		if (value.length() > maxLength) {
			return Checked.wrong(value, Problem.TOO_LONG);
		}
		return NAME.matcher(value).matches() ? Checked.fine(value) : Checked.wrong(value, Problem.INVALID);
	}

	/**
	 * A French postcode: five digits; spaces typed inside ("34 200") are dropped.
	 * @return the five digits, or MISSING or INVALID
	 */
	public static Checked postcode(String typed) {
		String value = clean(typed).replace(" ", "");
		if (value.isEmpty()) {
			return Checked.wrong(null, Problem.MISSING);
		}
		return POSTCODE.matcher(value).matches() ? Checked.fine(value) : Checked.wrong(clean(typed), Problem.INVALID);
	}

	/**
	 * An email address: the WHATWG rule browsers apply to {@code type=email} (ASCII local
	 * part of dot-separated atoms, no quoted strings or comments), a domain of at least
	 * two labels (an accented domain such as {@code mairie-sète.fr} is converted to
	 * Punycode first, RFC 5891), at most 64 characters before the {@code @} and 254 in
	 * all (RFC 5321). Stored in lower case: addresses identify accounts, and no provider
	 * tells {@code Jean@} from {@code jean@}.
	 * @return the address in lower case (domain in Unicode as typed), or MISSING,
	 * TOO_LONG or INVALID
	 */
	public static Checked email(String typed) {
		String value = clean(typed).toLowerCase(Locale.ROOT);
		if (value.isEmpty()) {
			return Checked.wrong(null, Problem.MISSING);
		}
		if (value.length() > EMAIL_MAX) {
			return Checked.wrong(value, Problem.TOO_LONG);
		}
		int at = value.lastIndexOf('@');
		if (at <= 0 || at > EMAIL_LOCAL_MAX || value.indexOf('@') != at
				|| !LOCAL.matcher(value.substring(0, at)).matches()
				|| !DOMAIN.matcher(ascii(value.substring(at + 1))).matches()) {
			return Checked.wrong(value, Problem.INVALID);
		}
		return Checked.fine(value);
	}

	private static String ascii(String domain) {
		try {
			return IDN.toASCII(domain, 0);
		}
		catch (IllegalArgumentException notADomain) {
			return "";
		}
	}

	/**
	 * A phone number, checked with libphonenumber: French without the country code
	 * ({@code 06 12 34 56 78}), any other with it ({@code +44 20 7946 0958}); spaces,
	 * dots and dashes allowed.
	 * @return the number in E.164 form ({@code +33612345678}, what SMS gateways take), or
	 * MISSING, TOO_LONG or INVALID
	 */
	public static Checked phone(String typed) {
		String value = clean(typed);
		if (value.isEmpty()) {
			return Checked.wrong(null, Problem.MISSING);
		}
		if (value.length() > PHONE_MAX) {
			return Checked.wrong(value, Problem.TOO_LONG);
		}
		try {
			PhoneNumber number = PHONES.parse(value, PHONE_REGION);
			return PHONES.isValidNumber(number) ? Checked.fine(PHONES.format(number, PhoneNumberFormat.E164))
					: Checked.wrong(value, Problem.INVALID);
		}
		catch (NumberParseException unreadable) {
			return Checked.wrong(value, Problem.INVALID);
		}
	}

}
