package fr.comptecitoyen.form;

import java.util.List;

/**
 * One page of a form.
 *
 * @param key a stable key (defaults to {@code step-<n>})
 * @param title the step's title
 * @param intro an optional text shown under the title
 * @param visibleWhen shows the step only when it holds, or {@code null}
 * @param fields the step's fields, in page order
 */
public record StepDefinition(String key, String title, String intro, Condition visibleWhen,
		List<FieldDefinition> fields) {

	public StepDefinition {
		fields = List.copyOf(fields);
	}

}
