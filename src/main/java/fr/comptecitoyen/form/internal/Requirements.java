package fr.comptecitoyen.form.internal;

import java.util.List;
import java.util.Set;

import fr.comptecitoyen.form.Condition;
import fr.comptecitoyen.form.FieldDefinition;
import fr.comptecitoyen.form.FieldView;
import fr.comptecitoyen.form.StepDefinition;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What a field says after its label when it is needed only for some answers of its own
 * step: without JavaScript such a field is always shown, so "(obligatoire si « Motif » :
 * Déménagement)" tells when to fill it, instead of looking plainly required.
 */
final class Requirements {

	private Requirements() {
	}

	/**
	 * The words for a top-level field of a step.
	 * @param field the field
	 * @param ownKeys the keys of the step's fields
	 * @param step the step
	 * @return the requirement, or {@code null} when the field is always or never required
	 * whatever is answered on this step
	 */
	static FieldView.RequiredIf of(FieldDefinition field, Set<String> ownKeys, StepDefinition step) {
		Condition condition = null;
		if (field.required() && Views.dependsOn(field.visibleWhen(), ownKeys)) {
			condition = field.visibleWhen();
		}
		else if (!field.required() && Views.dependsOn(field.requiredWhen(), ownKeys)) {
			condition = field.requiredWhen();
		}
		if (condition == null || !FieldTypes.get(field.type()).input()) {
			return null;
		}
		Condition.Comparison comparison = condition.comparison().orElse(null);
		FieldDefinition source = (comparison != null) ? own(step, comparison.path()) : null;
		if (source != null) {
			return new FieldView.RequiredIf("form.requiredIf", List.of(source.label(), values(source, comparison)));
		}
		String first = condition.paths().iterator().next();
		FieldDefinition named = own(step, first.contains(".") ? first.substring(0, first.indexOf('.')) : first);
		return new FieldView.RequiredIf("form.requiredIf.answer",
				List.of((named != null && named.label() != null) ? named.label() : first));
	}

	private static Object values(FieldDefinition source, Condition.Comparison comparison) {
		if (FieldTypes.get(source.type()) instanceof YesNoType && comparison.values().size() == 1) {
			return new DefaultMessageSourceResolvable(
					"true".equals(comparison.values().get(0)) ? "form.yes" : "form.no");
		}
		return String.join(" / ", comparison.values());
	}

	private static FieldDefinition own(StepDefinition step, String key) {
		return step.fields().stream().filter((f) -> f.key().equals(key)).findFirst().orElse(null);
	}

}
