package fr.comptecitoyen.form.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import fr.comptecitoyen.form.Answers;
import fr.comptecitoyen.form.Condition;
import fr.comptecitoyen.form.FieldDefinition;
import fr.comptecitoyen.form.FieldError;
import fr.comptecitoyen.form.FieldView;
import fr.comptecitoyen.form.FormContext;
import fr.comptecitoyen.form.FormDefinition;
import fr.comptecitoyen.form.StepDefinition;
import fr.comptecitoyen.form.StepView;

/**
 * Builds the views the fragments render from a definition, answers and errors; each type
 * adds its own data ({@link FieldType#view}).
 */
public final class Views {

	private final FormDefinition form;

	private final Answers answers;

	private final FormContext context;

	private final LocalDate today;

	private final List<FieldError> errors;

	/**
	 * @param form the form
	 * @param answers its answers
	 * @param context the caller's members and prefill values
	 * @param today the commune's current day
	 * @param errors the problems to show
	 */
	public Views(FormDefinition form, Answers answers, FormContext context, LocalDate today, List<FieldError> errors) {
		this.form = form;
		this.answers = answers;
		this.context = context;
		this.today = today;
		this.errors = errors;
	}

	/** One step ready to render. */
	public StepView step(int index) {
		StepDefinition step = this.form.steps().get(index);
		Set<String> ownKeys = step.fields().stream().map(FieldDefinition::key).collect(Collectors.toSet());
		List<FieldView> fields = new ArrayList<>();
		for (FieldDefinition field : step.fields()) {
			FieldView view = field(field, field.key(), this.answers.get(field.key()), null,
					Requirements.of(field, step.fields()));
			if (view.visible() || dependsOn(field.visibleWhen(), ownKeys)) {
				fields.add(view);
			}
		}
		int number = 0;
		int count = 0;
		for (int i = 0; i < this.form.steps().size(); i++) {
			if (Validator.holds(this.form.steps().get(i).visibleWhen(), Validator.values(this.answers, null), true)) {
				count++;
				number += (i <= index) ? 1 : 0;
			}
		}
		List<FieldError> own = this.errors.stream().filter((e) -> e.step() == index).toList();
		return new StepView(index, Math.max(number, 1), Math.max(count, 1), step, fields, own, number <= 1);
	}

	static boolean dependsOn(Condition condition, Set<String> keys) {
		return condition != null && condition.paths()
			.stream()
			.anyMatch((path) -> keys.contains(path.contains(".") ? path.substring(0, path.indexOf('.')) : path));
	}

	/** The commune's current day. */
	public LocalDate today() {
		return this.today;
	}

	/**
	 * Every problem found on one field, in the order they were found (a field whose type
	 * checks several parts, such as an address, may have several).
	 * @param path the field's answer path
	 * @return its problems; empty when it has none
	 */
	public List<FieldError> errorsOf(String path) {
		return this.errors.stream().filter((e) -> e.path().equals(path)).toList();
	}

	/** The caller's members and prefill values. */
	public FormContext context() {
		return this.context;
	}

	/**
	 * The view of one field; its type adds its own data.
	 * @param field the field
	 * @param path its answer path
	 * @param value its answer
	 * @param row the group row it sits in, or {@code null}
	 * @param requiredIf what to say when it is needed only for some answers shown with
	 * it, or {@code null}
	 * @return the view
	 */
	FieldView field(FieldDefinition field, String path, Object value, Map<String, Object> row,
			FieldView.RequiredIf requiredIf) {
		var values = Validator.values(this.answers, row);
		boolean visible = Validator.holds(field.visibleWhen(), values, true);
		boolean required = visible && (field.required() || Validator.holds(field.requiredWhen(), values, false));
		FieldError error = this.errors.stream().filter((e) -> e.path().equals(path)).findFirst().orElse(null);
		boolean locked = field.prefill() != null && !field.editable()
				&& this.context.prefill().value(field.prefill()).isPresent();
		FieldType type = FieldTypes.get(field.type());
		return new FieldView(field, path, Ids.of(path), value, type.shown(value), error, required, requiredIf, visible,
				locked, type.view(field, path, value, this));
	}

}
