package fr.comptecitoyen.form.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.comptecitoyen.form.Answers;
import fr.comptecitoyen.form.FieldDefinition;
import fr.comptecitoyen.form.FieldSettings;
import fr.comptecitoyen.form.FieldView;
import fr.comptecitoyen.form.FormContext;
import fr.comptecitoyen.form.TextLine;
import fr.comptecitoyen.form.Wording;

/**
 * One kind of field, whole: its YAML settings, how its answer is read from the posted
 * parameters and checked, the data its fragment needs, and its plain-text rendering for
 * emails and PDF documents. Each type has a Thymeleaf fragment
 * {@code fragments/fields/<name>.html} with an {@code edit(f)} and a {@code read(f)}
 * rendering, and the message codes listed by {@link #messages()} in every bundle. Nothing
 * outside a type's class compares type names.
 */
public interface FieldType {

	/** The name used in YAML ({@code type: short-text}) and for the fragment. */
	String name();

	/**
	 * The YAML attributes this type reads besides the common ones (any other is refused);
	 * {@code docs/adding-a-procedure.md} lists the same, which a test checks.
	 */
	Set<String> attributes();

	/**
	 * Reads and checks the type's own settings when the definition is loaded.
	 * @param yaml the field's attributes
	 * @return the settings ({@link FieldSettings#NONE} for a type without attributes)
	 * @throws IllegalArgumentException describing the problem
	 */
	default FieldSettings settings(Attributes yaml) {
		return FieldSettings.NONE;
	}

	/**
	 * Reads the answer from the posted parameters.
	 * @param field the field
	 * @param path the parameter name ({@code email}, {@code items[0].kind})
	 * @param params the posted parameters
	 * @param context the members and prefill values
	 * @return the answer, or {@code null} when nothing was given
	 */
	Object bind(FieldDefinition field, String path, Map<String, String[]> params, FormContext context);

	/**
	 * Checks a non-empty answer and reports problems to {@code check}.
	 * @param field the field
	 * @param path the answer path
	 * @param value the answer
	 * @param check where problems go
	 */
	void validate(FieldDefinition field, String path, Object value, Check check);

	/** Whether the citizen types or picks something (false for {@code info}). */
	/**
	 * Checks the whole definition once read, for rules that involve common attributes
	 * (e.g. a file field cannot be required).
	 * @param field the field as read
	 * @throws IllegalArgumentException describing the problem
	 */
	default void verify(FieldDefinition field) {
	}

	/** Whether the citizen types or picks something (false for {@code info}). */
	default boolean input() {
		return true;
	}

	/**
	 * Whether a field of this type is required unless it says {@code required: false}.
	 */
	default boolean requiredByDefault() {
		return input();
	}

	/** The message code when a required answer is missing. */
	default String missingCode() {
		return "form.error.required";
	}

	/** Added to the field's HTML id to get the element an error links to. */
	default String focusSuffix(FieldDefinition field) {
		return "";
	}

	/**
	 * The message codes the type's checks, fragment and text rendering use besides the
	 * shared ones ({@code form.optional}, {@code form.read.empty}…).
	 */
	Set<String> messages();

	/**
	 * The data only this type's fragment needs (bounds, options, rows…).
	 * @param field the field
	 * @param path its answer path
	 * @param value its answer
	 * @param views builds nested views and knows the day and the members
	 * @return the type's view record, or {@code null}
	 */
	default Object view(FieldDefinition field, String path, Object value, Views views) {
		return null;
	}

	/**
	 * The answer as shown in an input or a summary, or {@code null} when it is not text.
	 */
	default String shown(Object value) {
		return (value instanceof String text) ? text : null;
	}

	/**
	 * The answer as plain text for emails and PDF documents: by default one line, "label:
	 * value", when answered.
	 * @param field the field's view
	 * @param wording resolves message codes in the document's language
	 * @return the lines
	 */
	default List<TextLine> lines(FieldView field, Wording wording) {
		return field.empty() ? List.of() : List.of(new TextLine(field.label(), plain(field, wording)));
	}

	/** The value part of the default text line. */
	default String plain(FieldView field, Wording wording) {
		return (field.text() != null) ? field.text() : String.valueOf(field.value());
	}

	/**
	 * The answer to store when the form is sent (a group drops its empty rows and hidden
	 * columns).
	 * @param field the field
	 * @param value its non-empty answer
	 * @param answers all answers, for conditions
	 * @return the value kept
	 */
	default Object kept(FieldDefinition field, Object value, Answers answers) {
		return value;
	}

	/**
	 * The settings of a field, as the type's own record.
	 * @param field a field of this type
	 * @param type the record class
	 * @return the settings
	 */
	static <S extends FieldSettings> S settingsOf(FieldDefinition field, Class<S> type) {
		return type.cast(field.settings());
	}

}
