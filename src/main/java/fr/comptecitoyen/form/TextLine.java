package fr.comptecitoyen.form;

/**
 * One answer as plain text, for emails and PDF documents.
 *
 * @param label what was asked ({@code Adresse}, or {@code Objet n° 2} for a group's row)
 * @param value the answer as text
 */
public record TextLine(String label, String value) {
}
