package fr.comptecitoyen.catalogue;

import java.time.Duration;
import java.time.LocalTime;

/**
 * Something the portal does by itself on an event of a request, e.g. remind the citizen
 * the day before the pickup date the agent set. Parsed and kept; run by the notification
 * module.
 *
 * @param on the event ({@code information-with-date}, {@code accepted}, …)
 * @param remind the reminder to schedule, or {@code null}
 */
public record Automation(String on, Reminder remind) {

	/**
	 * A reminder before a date.
	 *
	 * @param before how long before the date ({@code P1D})
	 * @param at the time of day to send it, in the commune's time zone
	 * @param template the message template
	 */
	public record Reminder(Duration before, LocalTime at, String template) {
	}

}
