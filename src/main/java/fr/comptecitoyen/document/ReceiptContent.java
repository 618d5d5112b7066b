package fr.comptecitoyen.document;

import java.util.List;

/**
 * What a PDF receipt shows.
 *
 * @param cityName the commune
 * @param cityAddress the town hall's address
 * @param title the procedure's title
 * @param reference the request's reference
 * @param submittedAt date and time of sending, as the commune reads it
 * @param lines the answers, as the citizen reads them
 * @param link the request's page, also encoded in the QR code
 */
public record ReceiptContent(String cityName, String cityAddress, String title, String reference, String submittedAt,
		List<Line> lines, String link) {

	/** One answer: its label and its value. */
	public record Line(String label, String value) {
	}

}
