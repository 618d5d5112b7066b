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
 * @param link the request's page, also encoded in the QR code; null when the person
 * cannot follow it online (no account, no email address)
 * @param toBring the documents to bring to the counter ("À apporter au guichet"), as
 * lines to print
 * @param department the department in charge, or null
 * @param addressee the name and postal address to post the receipt to (lines), or null
 */
public record ReceiptContent(String cityName, String cityAddress, String title, String reference, String submittedAt,
		List<Line> lines, String link, List<String> toBring, String department, String addressee) {

	public ReceiptContent {
		toBring = (toBring != null) ? List.copyOf(toBring) : List.of();
	}

	/** A receipt read online: no addressee, no department line. */
	public ReceiptContent(String cityName, String cityAddress, String title, String reference, String submittedAt,
			List<Line> lines, String link, List<String> toBring) {
		this(cityName, cityAddress, title, reference, submittedAt, lines, link, toBring, null, null);
	}

	/** A receipt with nothing to bring to the counter. */
	public ReceiptContent(String cityName, String cityAddress, String title, String reference, String submittedAt,
			List<Line> lines, String link) {
		this(cityName, cityAddress, title, reference, submittedAt, lines, link, List.of());
	}

	/** One answer: its label and its value. */
	public record Line(String label, String value) {
	}

}
