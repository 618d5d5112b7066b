package fr.comptecitoyen.form.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.comptecitoyen.form.Answers;
import fr.comptecitoyen.form.FieldDefinition;
import fr.comptecitoyen.form.FieldError;
import fr.comptecitoyen.form.FormContext;

/**
 * Collects the problems found while validating, with what validation needs to know: the
 * day (for relative date bounds) and the caller's members.
 */
public final class Check {

	private final LocalDate today;

	private final FormContext context;

	private final Answers answers;

	private final List<FieldError> errors = new ArrayList<>();

	private final String commune;

	private int step;

	private int row;

	public Check(LocalDate today, FormContext context, Answers answers) {
		this(today, context, answers, null);
	}

	/**
	 * A check that also knows the commune running the portal (rules about acts registered
	 * there).
	 */
	public Check(LocalDate today, FormContext context, Answers answers, String commune) {
		this.today = today;
		this.context = context;
		this.answers = answers;
		this.commune = commune;
	}

	/** The commune's name, or {@code null} when not known. */
	public String commune() {
		return this.commune;
	}

	/** All answers of the form, for conditions. */
	public Answers answers() {
		return this.answers;
	}

	public LocalDate today() {
		return this.today;
	}

	public FormContext context() {
		return this.context;
	}

	public List<FieldError> errors() {
		return List.copyOf(this.errors);
	}

	/** Sets the step the next problems belong to. */
	public void step(int index) {
		this.step = index;
	}

	int row() {
		return this.row;
	}

	void row(int number) {
		this.row = number;
	}

	/**
	 * Reports a problem.
	 * @param field the field
	 * @param path its answer path
	 * @param suffix added to the field's HTML id to link to the right input
	 * @param code the message code
	 * @param args the message arguments
	 */
	public void reject(FieldDefinition field, String path, String suffix, String code, Object... args) {
		this.errors
			.add(new FieldError(this.step, path, Ids.of(path) + suffix, field.label(), this.row, code, List.of(args)));
	}

}
