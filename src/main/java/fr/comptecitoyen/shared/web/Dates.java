package fr.comptecitoyen.shared.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import fr.comptecitoyen.shared.CitySettings;
import fr.comptecitoyen.shared.InputRules;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates as the commune reads them, in its time zone: {@code ${@dates.dateTime(instant)}}
 * in templates.
 */
@Component("dates")
public class Dates {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private static final DateTimeFormatter DATE_TIME_EN = DateTimeFormatter.ofPattern("dd/MM/yyyy, HH:mm");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final CitySettings city;

	public Dates(CitySettings city) {
		this.city = city;
	}

	/** "27/11/2026 14:05", in the commune's time zone. */
	public String dateTime(Instant instant) {
		if (instant == null) {
			return "";
		}
		Locale locale = LocaleContextHolder.getLocale();
		DateTimeFormatter format = "en".equals(locale.getLanguage()) ? DATE_TIME_EN : DATE_TIME;
		return format.format(instant.atZone(this.city.timeZone()));
	}

	/**
	 * The machine-readable form for {@code <time datetime>}: ISO 8601 in UTC to the
	 * second, "2026-11-27T13:05:00Z" (HTML allows at most three digits of fractions of a
	 * second; stored instants have nine).
	 */
	public String machine(Instant instant) {
		return (instant != null) ? DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS)) : "";
	}

	/**
	 * A moment to come, for "until …", rounded up to the minute (at the time shown it is
	 * over): "14:05" when it is today in the commune's time zone, else "28/11/2026 14:05"
	 * (a hold may last until the next day).
	 * @param instant the moment, or null for ""
	 * @param now the current moment
	 */
	public String until(Instant instant, Instant now) {
		if (instant == null) {
			return "";
		}
		Instant minute = instant.truncatedTo(ChronoUnit.MINUTES);
		Instant end = minute.equals(instant) ? instant : minute.plus(1, ChronoUnit.MINUTES);
		boolean today = end.atZone(this.city.timeZone())
			.toLocalDate()
			.equals(now.atZone(this.city.timeZone()).toLocalDate());
		return today ? TIME.format(end.atZone(this.city.timeZone())) : dateTime(end);
	}

	/** "27/11/2026". */
	public String date(LocalDate date) {
		return (date != null) ? DATE.format(date) : "";
	}

	/**
	 * What a date box shows again: "27/11/2026" for a real date however it was typed
	 * ({@code 27.11.2026}, {@code 2026-11-27}), anything else as typed, so that it can be
	 * corrected ({@code fragments/form-fields :: date}).
	 */
	public String typed(String typed) {
		return InputRules.dateAsTyped(typed);
	}

	/** "27/11/2026", the day of an instant in the commune's time zone. */
	public String date(Instant instant) {
		return (instant != null) ? DATE.format(instant.atZone(this.city.timeZone())) : "";
	}

}
