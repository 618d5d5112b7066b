package fr.comptecitoyen.document;

import java.util.List;

/**
 * What an attestation PDF shows (the document a town hall issues with an acceptance).
 *
 * @param cityName the commune
 * @param cityAddress the town hall's address
 * @param title the document's title
 * @param paragraphs its text, placeholders already filled (printed as plain text, never
 * interpreted)
 * @param reference the request's reference
 * @param decidedOn the decision date, as the commune reads it
 * @param department the name of the department that decided
 */
public record AttestationContent(String cityName, String cityAddress, String title, List<String> paragraphs,
		String reference, String decidedOn, String department) {

	public AttestationContent {
		paragraphs = List.copyOf(paragraphs);
	}

}
