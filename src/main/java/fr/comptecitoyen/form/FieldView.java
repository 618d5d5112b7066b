package fr.comptecitoyen.form;

import java.util.List;
import java.util.Map;

import fr.comptecitoyen.form.internal.Autocomplete;
import fr.comptecitoyen.form.internal.FieldTypes;
import fr.comptecitoyen.form.internal.Ids;

/**
 * What a field fragment needs to render one field, in edit or read-only mode. What only
 * one type needs (a date's bounds, a group's rows, the members offered) is in
 * {@link #data()}, built by the type.
 *
 * @param field the definition
 * @param path the parameter name and answer path ({@code items[0].kind})
 * @param id the HTML id of its (first) input
 * @param value the current answer, as stored or typed
 * @param text the answer as shown in an input or a summary (a date as
 * {@code JJ/MM/AAAA}), or {@code null} when it is not text
 * @param error its problem, or {@code null}
 * @param required whether an answer is needed now
 * @param requiredIf when the field is needed only for some answers of the same step
 * (shown without JavaScript whatever the answers), what to say after its label; or
 * {@code null}
 * @param visible whether its {@code visible-when} holds now
 * @param locked whether it shows a prefilled value that cannot be changed
 * @param data the type's own view data (see each type's {@code View} record), or
 * {@code null}
 */
public record FieldView(FieldDefinition field, String path, String id, Object value, String text, FieldError error,
		boolean required, RequiredIf requiredIf, boolean visible, boolean locked, Object data) {

	/**
	 * "(obligatoire si …)" as a message code and its arguments (arguments may be message
	 * codes themselves, resolved in the page's language).
	 *
	 * @param code the message code
	 * @param args its arguments
	 */
	public record RequiredIf(String code, List<Object> args) {

		public RequiredIf {
			args = List.copyOf(args);
		}

		/** The arguments as an array, for {@code #messages.msgWithParams}. */
		public Object[] arguments() {
			return this.args.toArray();
		}

	}

	public String type() {
		return this.field.type();
	}

	public String label() {
		return this.field.label();
	}

	public String hint() {
		return this.field.hint();
	}

	public boolean invalid() {
		return this.error != null;
	}

	public String hintId() {
		return this.id + "-hint";
	}

	public String errorId() {
		return this.id + "-error";
	}

	/** The ids of the hint and error, for {@code aria-describedby}, or {@code null}. */
	public String describedBy() {
		String ids = ((hint() != null) ? hintId() + " " : "") + (invalid() ? errorId() : "");
		return ids.isBlank() ? null : ids.strip();
	}

	/** A part of an address answer, or {@code null}. */
	public String part(String name) {
		return (this.value instanceof Map<?, ?> map && map.get(name) != null) ? map.get(name).toString() : null;
	}

	/** Whether an option is chosen (choice, multi-choice, yes-no, member id). */
	public boolean has(String option) {
		if (this.value instanceof List<?> chosen) {
			return chosen.contains(option);
		}
		if (this.value instanceof Map<?, ?> map) {
			return option.equals(map.get("id"));
		}
		return option.equals(this.value);
	}

	/**
	 * The {@code autocomplete} token of the input when the field collects the citizen's
	 * own data (WCAG 1.3.5), or {@code null}.
	 */
	public String autocomplete() {
		return Autocomplete.token(this.field, null);
	}

	/** The {@code autocomplete} token of a part of an own address, or {@code null}. */
	public String autocomplete(String part) {
		return Autocomplete.token(this.field, part);
	}

	/** The files of a file field: maps with {@code id}, {@code name} and {@code size}. */
	public List<Map<?, ?>> files() {
		if (!(this.value instanceof List<?> list)) {
			return List.of();
		}
		return list.stream().filter(Map.class::isInstance).<Map<?, ?>>map((file) -> (Map<?, ?>) file).toList();
	}

	/** Whether the answer is missing (read-only rendering says so). */
	public boolean empty() {
		return Ids.isEmpty(this.value);
	}

	/**
	 * The answer as lines of plain text, for emails and PDF documents (none when
	 * unanswered; one per filled row for a group).
	 * @param wording resolves the type's message codes in the document's language
	 * @return the lines
	 */
	public List<TextLine> textLines(Wording wording) {
		return FieldTypes.get(type()).lines(this, wording);
	}

}
