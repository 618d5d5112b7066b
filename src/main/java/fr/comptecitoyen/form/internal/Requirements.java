package fr.comptecitoyen.form.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import fr.comptecitoyen.form.Condition;
import fr.comptecitoyen.form.FieldDefinition;
import fr.comptecitoyen.form.FieldView;

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
	 * The words for a field among those shown with it.
	 * @param field the field
	 * @param neighbours the fields of its step, or the columns of its group's row
	 * @return the requirement, or {@code null} when the field is always or never required
	 * whatever is answered on this step
	 */
	static FieldView.RequiredIf of(FieldDefinition field, List<FieldDefinition> neighbours) {
		Set<String> ownKeys = neighbours.stream().map(FieldDefinition::key).collect(Collectors.toSet());
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
		FieldDefinition source = (comparison != null) ? own(neighbours, comparison.path()) : null;
		if (source != null) {
			return new FieldView.RequiredIf("form.requiredIf", List.of(source.label(), values(source, comparison)));
		}
		String first = condition.paths().iterator().next();
		FieldDefinition named = own(neighbours, first.contains(".") ? first.substring(0, first.indexOf('.')) : first);
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

	private static FieldDefinition own(List<FieldDefinition> neighbours, String key) {
		return neighbours.stream().filter((f) -> f.key().equals(key)).findFirst().orElse(null);
	}

}
