package fr.comptecitoyen.form;

import java.util.List;

/**
 * One step ready to render: its fields with values and errors.
 *
 * @param index the step's index in the definition
 * @param number its number among the visible steps, from 1
 * @param count how many steps are visible
 * @param step the definition
 * @param fields the fields to show (hidden ones are left out, except those whose
 * condition depends on this very step, which stay so that the form works without
 * JavaScript)
 * @param errors the step's problems, in page order
 * @param first whether no visible step comes before
 */
public record StepView(int index, int number, int count, StepDefinition step, List<FieldView> fields,
		List<FieldError> errors, boolean first) {

	public StepView {
		fields = List.copyOf(fields);
		errors = List.copyOf(errors);
	}

	/**
	 * Whether a field of the step (or a column of a group) is shown only under a
	 * condition: the page then loads the script that shows and hides it as answers
	 * change.
	 */
	public boolean conditional() {
		return this.step.fields()
			.stream()
			.anyMatch((f) -> f.visibleWhen() != null || f.fields().stream().anyMatch((c) -> c.visibleWhen() != null));
	}

	/** Whether the step has a file field (its form is then sent as multipart). */
	public boolean hasFiles() {
		return this.step.fields().stream().anyMatch(FieldDefinition::isFile);
	}

	/**
	 * The visible fields, for the read-only summary (a type with nothing to summarise,
	 * such as {@code info}, renders nothing there).
	 */
	public List<FieldView> summaryFields() {
		return this.fields.stream().filter(FieldView::visible).toList();
	}

}
