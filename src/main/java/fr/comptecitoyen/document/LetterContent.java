package fr.comptecitoyen.document;

import java.util.List;

/**
 * What a letter from the town hall shows (a message or a decision posted to someone
 * without an email address).
 *
 * @param cityName the commune, as the sender
 * @param cityAddress the town hall's address
 * @param cityPhone the town hall's telephone number, or null
 * @param department the department that writes
 * @param signatory who signs, by delegation of the mayor (the agent's name)
 * @param addressee the name and postal address to post it to (lines), placed where a
 * window envelope shows it
 * @param placeAndDate where and when it is written (« Lunel, le 1 décembre 2026 »)
 * @param subject the line « Objet : … »
 * @param paragraphs the text, paragraph by paragraph, as plain text
 */
public record LetterContent(String cityName, String cityAddress, String cityPhone, String department, String signatory,
		String addressee, String placeAndDate, String subject, List<String> paragraphs) {

	public LetterContent {
		paragraphs = List.copyOf(paragraphs);
	}

}
