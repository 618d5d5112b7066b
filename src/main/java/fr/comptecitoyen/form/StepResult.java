package fr.comptecitoyen.form;

import java.util.List;

/**
 * The outcome of posting one step: the answers with that step bound (even when invalid:
 * nothing typed is lost) and the step's problems.
 *
 * @param answers all answers, the step's included
 * @param errors the problems of the step's visible fields, in page order
 */
public record StepResult(Answers answers, List<FieldError> errors) {

	public StepResult {
		errors = List.copyOf(errors);
	}

	/** Whether the step has no problem. */
	public boolean valid() {
		return this.errors.isEmpty();
	}

}
