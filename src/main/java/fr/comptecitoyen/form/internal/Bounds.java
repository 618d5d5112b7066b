package fr.comptecitoyen.form.internal;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;

/**
 * Date bounds of a {@code date} field: {@code today}, {@code tomorrow},
 * {@code yesterday}, a period from today ({@code +P1D}, {@code -P18Y}) or an ISO date.
 */
public final class Bounds {

	private Bounds() {
	}

	/**
	 * Resolves a bound against today.
	 * @param bound the bound as written, or {@code null}
	 * @param today the commune's current day
	 * @return the date, or {@code null} without bound
	 * @throws IllegalArgumentException when the bound cannot be read
	 */
	public static LocalDate date(String bound, LocalDate today) {
		if (bound == null) {
			return null;
		}
		String value = bound.strip();
		switch (value) {
			case "today":
				return today;
			case "tomorrow":
				return today.plusDays(1);
			case "yesterday":
				return today.minusDays(1);
			default:
		}
		try {
			if (value.startsWith("+")) {
				return today.plus(Period.parse(value.substring(1)));
			}
			if (value.startsWith("-")) {
				return today.minus(Period.parse(value.substring(1)));
			}
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("bad date bound '" + bound
					+ "' (use today, tomorrow, yesterday, +P1D, -P18Y or an ISO date such as 2026-09-01)");
		}
	}

}
