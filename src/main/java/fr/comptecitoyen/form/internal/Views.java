package fr.comptecitoyen.form.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import fr.comptecitoyen.form.Answers;
import fr.comptecitoyen.form.FieldDefinition;
import fr.comptecitoyen.form.FieldError;
import fr.comptecitoyen.form.FieldView;
import fr.comptecitoyen.form.FormContext;
import fr.comptecitoyen.form.FormDefinition;
import fr.comptecitoyen.form.StepDefinition;
import fr.comptecitoyen.form.StepView;

/**
 * Builds the views the fragments render from a definition, answers and errors.
 */
public final class Views {

	private final FormDefinition form;

	private final Answers answers;

	private final FormContext context;

	private final LocalDate today;

	private final List<FieldError> errors;

	public Views(FormDefinition form, Answers answers, FormContext context, LocalDate today, List<FieldError> errors) {
		this.form = form;
		this.answers = answers;
		this.context = context;
		this.today = today;
		this.errors = errors;
	}

	public StepView step(int index) {
		StepDefinition step = this.form.steps().get(index);
		Set<String> ownKeys = step.fields().stream().map(FieldDefinition::key).collect(Collectors.toSet());
		List<FieldView> fields = new ArrayList<>();
		for (FieldDefinition field : step.fields()) {
			FieldView view = field(field, field.key(), this.answers.get(field.key()), null, 0);
			if (view.visible() || dependsOn(field, ownKeys)) {
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

	private boolean dependsOn(FieldDefinition field, Set<String> keys) {
		return field.visibleWhen() != null && field.visibleWhen()
			.paths()
			.stream()
			.anyMatch((path) -> keys.contains(path.contains(".") ? path.substring(0, path.indexOf('.')) : path));
	}

	private FieldView field(FieldDefinition field, String path, Object value, Map<String, Object> row, int rowNumber) {
		var values = Validator.values(this.answers, row);
		boolean visible = Validator.holds(field.visibleWhen(), values, true);
		boolean required = field.required() || Validator.holds(field.requiredWhen(), values, false);
		FieldError error = this.errors.stream().filter((e) -> e.path().equals(path)).findFirst().orElse(null);
		boolean locked = field.prefill() != null && !field.editable()
				&& this.context.prefill().value(field.prefill()).isPresent();
		List<FieldView.Row> rows = field.type().equals("group") ? rows(field, path, value) : List.of();
		String min = bound(field, field.min());
		String max = bound(field, field.max());
		return new FieldView(field, path, Ids.of(path), value, error, required, visible, locked,
				MemberType.eligible(field, this.context.members(), this.today), rows, min, max,
				FieldTypes.maxLength(field));
	}

	private List<FieldView.Row> rows(FieldDefinition group, String path, Object value) {
		List<Map<String, Object>> rows = new ArrayList<>(GroupType.rows(value));
		while (rows.size() < Math.max(group.repeatMin(), 1)) {
			rows.add(Map.of());
		}
		List<FieldView.Row> views = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Map<String, Object> row = rows.get(i);
			List<FieldView> fields = new ArrayList<>();
			for (FieldDefinition child : group.fields()) {
				fields.add(field(child, GroupType.row(path, i) + "." + child.key(), row.get(child.key()), row, i + 1));
			}
			views.add(new FieldView.Row(i + 1, GroupType.rowMarker(path, i), fields));
		}
		return views;
	}

	private String bound(FieldDefinition field, String bound) {
		if (bound == null) {
			return null;
		}
		return field.type().equals("date") ? DateType.FRENCH.format(Bounds.date(bound, this.today)) : bound;
	}

}
