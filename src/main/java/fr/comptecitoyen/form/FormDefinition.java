package fr.comptecitoyen.form;

import java.util.List;
import java.util.Optional;

import fr.comptecitoyen.form.internal.FormReader;

/**
 * A form: its steps and their fields. Immutable; read once from YAML (see
 * {@link #read(List)}) and shared.
 *
 * @param steps the steps, in order
 */
public record FormDefinition(List<StepDefinition> steps) {

	public FormDefinition {
		steps = List.copyOf(steps);
	}

	/**
	 * Reads the {@code steps} of a procedure file, as SnakeYAML loaded them, and checks
	 * them: field types, keys, labels, options, bounds, conditions and prefill bindings.
	 * @param steps the list under {@code steps:}
	 * @return the definition
	 * @throws FormDefinitionException naming the place and the problem
	 */
	public static FormDefinition read(List<?> steps) {
		return new FormReader().read(steps);
	}

	/** The top-level field with that key, in any step. */
	public Optional<FieldDefinition> field(String key) {
		return this.steps.stream().flatMap((s) -> s.fields().stream()).filter((f) -> f.key().equals(key)).findFirst();
	}

	/** Every top-level field, in order. */
	public List<FieldDefinition> fields() {
		return this.steps.stream().flatMap((s) -> s.fields().stream()).toList();
	}

}
