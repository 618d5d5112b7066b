package fr.comptecitoyen.form.internal;

import java.util.Map;
import java.util.Set;

import fr.comptecitoyen.form.FieldDefinition;
import fr.comptecitoyen.form.FormContext;

/**
 * One kind of field: how its answer is read from the posted parameters, how it is checked
 * when the definition is loaded and when a citizen answers. Each type has a Thymeleaf
 * fragment {@code fragments/fields/<name>.html} with an {@code edit(f)} and a
 * {@code read(f)} rendering.
 */
public interface FieldType {

	/** The name used in YAML ({@code type: short-text}) and for the fragment. */
	String name();

	/** The YAML attributes this type accepts besides the common ones. */
	Set<String> attributes();

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

	/**
	 * Checks the definition when it is loaded.
	 * @param field the field
	 * @throws IllegalArgumentException describing the problem
	 */
	default void verify(FieldDefinition field) {
	}

	/** Whether the citizen types or picks something (false for {@code info}). */
	default boolean input() {
		return true;
	}

	/** The message code when a required answer is missing. */
	default String missingCode() {
		return "form.error.required";
	}

	/** Added to the field's HTML id to get the element an error links to. */
	default String focusSuffix(FieldDefinition field) {
		return "";
	}

}
