package fr.comptecitoyen.form.internal;

import java.util.Map;
import java.util.Set;

import fr.comptecitoyen.form.FieldDefinition;
import fr.comptecitoyen.form.FormContext;

/**
 * {@code choice}: one of the {@code options}, shown as radio buttons
 * ({@code display: radio}, the default) or a drop-down list ({@code display: list}).
 */
class ChoiceType implements FieldType {

	@Override
	public String name() {
		return "choice";
	}

	@Override
	public Set<String> attributes() {
		return Set.of("options", "display");
	}

	@Override
	public Object bind(FieldDefinition field, String path, Map<String, String[]> params, FormContext context) {
		return Ids.param(params, path);
	}

	@Override
	public void validate(FieldDefinition field, String path, Object value, Check check) {
		if (!field.options().contains(value.toString())) {
			check.reject(field, path, focusSuffix(field), "form.error.option");
		}
	}

	@Override
	public void verify(FieldDefinition field) {
		if (field.options().isEmpty()) {
			throw new IllegalArgumentException("options are missing");
		}
		if (field.options().stream().distinct().count() != field.options().size()) {
			throw new IllegalArgumentException("an option appears twice");
		}
		if (field.display() != null && !Set.of("radio", "list").contains(field.display())) {
			throw new IllegalArgumentException("display must be radio or list, not '" + field.display() + "'");
		}
	}

	@Override
	public String missingCode() {
		return "form.error.choose";
	}

	@Override
	public String focusSuffix(FieldDefinition field) {
		return "list".equals(field.display()) ? "" : "-0";
	}

	/** Whether the field is shown as a drop-down list. */
	static boolean isList(FieldDefinition field) {
		return "list".equals(field.display());
	}

}
