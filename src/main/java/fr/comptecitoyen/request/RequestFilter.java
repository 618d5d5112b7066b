package fr.comptecitoyen.request;

import java.time.LocalDate;

/**
 * The filters of "Mes Demandes". Every part is optional ({@code null} or blank means
 * "any").
 *
 * @param status one status
 * @param procedure a procedure code
 * @param category a catalogue category slug
 * @param member the household member concerned (their public id)
 * @param from sent on or after this day (in the commune's time zone)
 * @param to sent on or before this day (in the commune's time zone)
 * @param text words found in the reference or the title, accents and case ignored
 */
public record RequestFilter(RequestStatus status, String procedure, String category, String member, LocalDate from,
		LocalDate to, String text) {

	/** No filter: every request. */
	public static RequestFilter none() {
		return new RequestFilter(null, null, null, null, null, null, null);
	}

	/** The same filters with another status (the counts per status ignore it). */
	public RequestFilter withStatus(RequestStatus other) {
		return new RequestFilter(other, this.procedure, this.category, this.member, this.from, this.to, this.text);
	}

}
