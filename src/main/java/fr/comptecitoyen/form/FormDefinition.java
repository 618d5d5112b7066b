package fr.comptecitoyen.form;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.comptecitoyen.form.internal.FormReader;
import fr.comptecitoyen.form.internal.MemberType;

/**
 * A form: its steps and their fields, and the rules between fields. Immutable; read once
 * from YAML (see {@link #read(List, Object)}) and shared.
 *
 * @param steps the steps, in order
 * @param rules the rules between fields, in the order they were declared
 */
public record FormDefinition(List<StepDefinition> steps, List<FieldRule> rules) {

	public FormDefinition {
		steps = List.copyOf(steps);
		rules = (rules != null) ? List.copyOf(rules) : List.of();
	}

	/**
	 * Reads the {@code steps} of a procedure file without rules between fields.
	 * @param steps the list under {@code steps:}
	 * @return the definition
	 * @throws FormDefinitionException naming the place and the problem
	 */
	public static FormDefinition read(List<?> steps) {
		return read(steps, null);
	}

	/**
	 * Reads the {@code steps} and {@code rules} of a procedure file, as SnakeYAML loaded
	 * them, and checks them: field types, keys, labels, options, bounds, conditions,
	 * prefill bindings, and rules that name existing date fields.
	 * @param steps the list under {@code steps:}
	 * @param rules the list under {@code rules:}, or {@code null} when there is none
	 * @return the definition
	 * @throws FormDefinitionException naming the place and the problem
	 */
	public static FormDefinition read(List<?> steps, Object rules) {
		return new FormReader().read(steps, rules);
	}

	/** The top-level field with that key, in any step. */
	public Optional<FieldDefinition> field(String key) {
		return this.steps.stream().flatMap((s) -> s.fields().stream()).filter((f) -> f.key().equals(key)).findFirst();
	}

	/** The index of the step holding a top-level field, or -1. */
	public int stepOf(String key) {
		for (int i = 0; i < this.steps.size(); i++) {
			if (this.steps.get(i).fields().stream().anyMatch((f) -> f.key().equals(key))) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * Who a request is for: the first household member chosen in the form.
	 * @param answers the form's answers
	 * @return the chosen member's answer ({@code id}, {@code first-name},
	 * {@code last-name}, {@code birth-date}), or empty when no member was chosen
	 */
	public Optional<Map<?, ?>> firstMember(Answers answers) {
		return MemberType.firstChosen(this, answers);
	}

	/** Every top-level field, in order. */
	public List<FieldDefinition> fields() {
		return this.steps.stream().flatMap((s) -> s.fields().stream()).toList();
	}

}
