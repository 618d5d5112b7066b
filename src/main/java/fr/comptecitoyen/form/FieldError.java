package fr.comptecitoyen.form;

import java.util.List;

/**
 * A validation problem on one field, as a message code and its arguments (resolved in
 * French or English by the web layer).
 *
 * @param step the index of the step holding the field
 * @param path the answer path of the field ({@code email}, {@code items[1].quantity})
 * @param target the HTML id of the input to focus (the error summary links to it)
 * @param label the field's label
 * @param row the row number (from 1) inside a repeatable group, 0 outside groups
 * @param code the message code, such as {@code form.error.required}
 * @param args the message arguments
 */
public record FieldError(int step, String path, String target, String label, int row, String code, List<Object> args) {

	public FieldError {
		args = List.copyOf(args);
	}

	/** The arguments as an array, for {@code #messages.msgWithParams}. */
	public Object[] arguments() {
		return this.args.toArray();
	}

}
