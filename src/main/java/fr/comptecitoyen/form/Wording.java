package fr.comptecitoyen.form;

/**
 * Resolves a message code in the language of a document, for the plain-text rendering of
 * answers (acknowledgement emails, PDF receipts).
 */
@FunctionalInterface
public interface Wording {

	/**
	 * The text of a message.
	 * @param code the message code ({@code form.yes}…)
	 * @param args its arguments
	 * @return the text
	 */
	String text(String code, Object... args);

}
