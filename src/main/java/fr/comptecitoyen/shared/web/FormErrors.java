package fr.comptecitoyen.shared.web;

import java.util.ArrayList;
import java.util.List;

import fr.comptecitoyen.shared.FieldProblem;

/**
 * The problems of a hand-written form, in the order of the form, as the model attribute
 * {@code errors} that the fragments of {@code templates/fragments/form-fields.html} read:
 * each field shows its own next to it, and the summary at the top lists them all, each
 * linking to its field.
 */
public final class FormErrors {

	private final List<FieldProblem> problems = new ArrayList<>();

	/** No problem yet. */
	public FormErrors() {
	}

	/** The problems a service reported. */
	public FormErrors(List<FieldProblem> problems) {
		this.problems.addAll(problems);
	}

	/** The form with a single problem. */
	public static FormErrors of(String field, String code) {
		FormErrors errors = new FormErrors();
		errors.add(field, code);
		return errors;
	}

	/**
	 * Adds a problem to a field.
	 * @param field the field's id in the page
	 * @param code the message key
	 * @param arguments the message's arguments, if any
	 */
	public void add(String field, String code, Object... arguments) {
		this.problems.add(new FieldProblem(field, code, arguments));
	}

	/** Adds a problem a shared rule reported ({@code BirthDates}). */
	public void add(FieldProblem problem) {
		this.problems.add(problem);
	}

	/** Adds problems a service reported. */
	public void addAll(List<FieldProblem> more) {
		this.problems.addAll(more);
	}

	/** Whether the field has a problem. */
	public boolean has(String field) {
		return this.problems.stream().anyMatch((problem) -> problem.field().equals(field));
	}

	/** The field's problems. */
	public List<FieldProblem> of(String field) {
		return this.problems.stream().filter((problem) -> problem.field().equals(field)).toList();
	}

	/** Whether the form is fine. */
	public boolean isEmpty() {
		return this.problems.isEmpty();
	}

	/** Every problem, in the order found, for the summary. */
	public List<FieldProblem> all() {
		return List.copyOf(this.problems);
	}

	/** The message keys of a field's problems (tests and logs). */
	public List<String> codes(String field) {
		return of(field).stream().map(FieldProblem::code).toList();
	}

	/**
	 * The message key of a field's first problem, for a widget that shows one message.
	 * @return the key, or null when the field is fine
	 */
	public String code(String field) {
		return this.problems.stream()
			.filter((problem) -> problem.field().equals(field))
			.map(FieldProblem::code)
			.findFirst()
			.orElse(null);
	}

	/** The ids of a field's hint and error texts, for {@code aria-describedby}. */
	public String describedBy(String field, boolean hasHint) {
		List<String> ids = new ArrayList<>();
		if (hasHint) {
			ids.add(field + "-hint");
		}
		if (has(field)) {
			ids.add(field + "-error");
		}
		return ids.isEmpty() ? null : String.join(" ", ids);
	}

}
