package fr.comptecitoyen.request.web;

/**
 * The citizen's answer to the department's question.
 *
 * @param message the answer, 1 to 4000 characters
 */
public record AnswerForm(String message) {

	/** The longest answer accepted. */
	public static final int MAX = 4000;

	/** The message key of the problem, or {@code null} when the answer is fine. */
	public String problem() {
		if (this.message == null || this.message.isBlank()) {
			return "request.answer.error.required";
		}
		return (this.message.length() > MAX) ? "request.answer.error.tooLong" : null;
	}

	/** An empty answer. */
	static AnswerForm empty() {
		return new AnswerForm("");
	}

}
