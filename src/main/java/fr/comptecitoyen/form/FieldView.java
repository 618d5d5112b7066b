package fr.comptecitoyen.form;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import fr.comptecitoyen.form.internal.DateType;

/**
 * What a field fragment needs to render one field, in edit or read-only mode.
 *
 * @param field the definition
 * @param path the parameter name and answer path ({@code items[0].kind})
 * @param id the HTML id of its (first) input
 * @param value the current answer, as typed
 * @param error its problem, or {@code null}
 * @param required whether an answer is needed now
 * @param visible whether its {@code visible-when} holds now
 * @param locked whether it shows a prefilled value that cannot be changed
 * @param members the members a member field offers
 * @param rows the rows of a group
 * @param min the lower bound as shown (a date as {@code JJ/MM/AAAA}), or {@code null}
 * @param max the upper bound as shown, or {@code null}
 * @param maxLength the longest text accepted, or {@code null}
 */
public record FieldView(FieldDefinition field, String path, String id, Object value, FieldError error, boolean required,
		boolean visible, boolean locked, List<MemberOption> members, List<Row> rows, String min, String max,
		Integer maxLength) {

	/**
	 * One row of a group.
	 *
	 * @param number the row number, from 1
	 * @param marker the name of the hidden marker that keeps the row when posted
	 * @param fields the row's fields
	 */
	public record Row(int number, String marker, List<FieldView> fields) {
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

	public List<String> options() {
		return this.field.options();
	}

	/** Whether a choice field is shown as a drop-down list. */
	public boolean list() {
		return "list".equals(this.field.display());
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

	/** The answer as text (a date as typed or as {@code JJ/MM/AAAA}). */
	public String text() {
		if (!(this.value instanceof String text)) {
			return null;
		}
		if ("date".equals(type()) && text.matches("\\d{4}-\\d{2}-\\d{2}")) {
			return DateType.FRENCH.format(LocalDate.parse(text));
		}
		return text;
	}

	/** A part of an address or member answer. */
	public String part(String name) {
		if (this.value instanceof Map<?, ?> map && map.get(name) != null) {
			Object part = map.get(name);
			if (name.equals("birth-date") && part.toString().matches("\\d{4}-\\d{2}-\\d{2}")) {
				return DateType.FRENCH.format(LocalDate.parse(part.toString()));
			}
			return part.toString();
		}
		return null;
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

	/** Whether the error points at this part of an address. */
	public boolean invalidPart(String part) {
		return invalid() && this.error.target().equals(this.id + "-" + part);
	}

	/** The paragraphs of an info text or file note. */
	public List<String> paragraphs() {
		String text = this.field.text();
		return (text != null) ? Arrays.stream(text.strip().split("\\n\\s*\\n")).map(String::strip).toList() : List.of();
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
		return fr.comptecitoyen.form.internal.Ids.isEmpty(this.value);
	}

	/** Whether a group may get one more row. */
	public boolean canAdd() {
		return this.rows.size() < this.field.repeatMax();
	}

	/** Whether a group may lose a row. */
	public boolean canRemove() {
		return this.rows.size() > Math.max(this.field.repeatMin(), 1);
	}

	/** The action value of the "add a row" button. */
	public String addAction() {
		return "add:" + this.path;
	}

	/** The action value of the "remove this row" button. */
	public String removeAction(int number) {
		return "remove:" + this.path + ":" + (number - 1);
	}

	/** The rows of a group answer that hold something, for the read-only rendering. */
	public List<Row> filledRows() {
		return this.rows.stream().filter((row) -> row.fields().stream().anyMatch((f) -> !f.empty())).toList();
	}

}
