package fr.comptecitoyen.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;

/**
 * A date typed in three boxes (day, month, year), the accessible pattern for a date of
 * birth: each box is a plain text field that works with any keyboard, screen reader or
 * browser, and what was typed is kept as typed when it is wrong.
 *
 * @param day the day as typed
 * @param month the month as typed
 * @param year the year as typed
 */
public record DateParts(String day, String month, String year) {

	/** What is wrong with the typed date. */
	public enum Problem {

		/** Nothing typed at all. */
		MISSING,

		/** Not a real date (31 February, letters, two-digit year...). */
		INVALID

	}

	/** Oldest plausible age, in years: no one alive was born before. */
	public static final int OLDEST = 130;

	/** Message key: no birth date typed. */
	public static final String BIRTH_MISSING = "shared.birth-date.missing";

	/** Message key: the boxes do not make a real date. */
	public static final String BIRTH_INVALID = "shared.birth-date.invalid";

	/** Message key: a birth date after today. */
	public static final String BIRTH_FUTURE = "shared.birth-date.future";

	/** Message key: a birth date more than {@link #OLDEST} years ago. */
	public static final String BIRTH_TOO_OLD = "shared.birth-date.too-old";

	/**
	 * What is wrong with a typed birth date, as the message key every form shows for that
	 * mistake (registration, profile, household), or null when it is a plausible one.
	 * @param today today in the commune
	 */
	public String birthDateProblem(LocalDate today) {
		Problem problem = problem();
		if (problem != null) {
			return (problem == Problem.MISSING) ? BIRTH_MISSING : BIRTH_INVALID;
		}
		return birthDateProblem(toDate(), today);
	}

	/**
	 * What is wrong with a birth date: after today, or more than {@link #OLDEST} years
	 * ago.
	 * @return the message key, or null when it is plausible
	 */
	public static String birthDateProblem(LocalDate date, LocalDate today) {
		if (date.isAfter(today)) {
			return BIRTH_FUTURE;
		}
		return (Period.between(date, today).getYears() > OLDEST) ? BIRTH_TOO_OLD : null;
	}

	/** The parts of a known date, for a form shown with the current value. */
	public static DateParts of(LocalDate date) {
		if (date == null) {
			return new DateParts("", "", "");
		}
		return new DateParts(String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()),
				String.valueOf(date.getYear()));
	}

	/** Whether all three boxes are empty. */
	public boolean isBlank() {
		return blank(this.day) && blank(this.month) && blank(this.year);
	}

	/** The problem with what was typed, or null when it is a real date. */
	public Problem problem() {
		if (isBlank()) {
			return Problem.MISSING;
		}
		return (toDate() == null) ? Problem.INVALID : null;
	}

	/**
	 * The date, or null when the boxes do not make a real date with a four-digit year.
	 */
	public LocalDate toDate() {
		Integer d = number(this.day, 2);
		Integer m = number(this.month, 2);
		Integer y = number(this.year, 4);
		if (d == null || m == null || y == null || this.year.strip().length() != 4) {
			return null;
		}
		try {
			return LocalDate.of(y, m, d);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static Integer number(String value, int maxDigits) {
		if (blank(value)) {
			return null;
		}
		String digits = value.strip();
		return (digits.length() <= maxDigits && digits.chars().allMatch(Character::isDigit)) ? Integer.valueOf(digits)
				: null;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
