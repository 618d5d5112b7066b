package fr.comptecitoyen.form.internal;

import java.util.Map;
import java.util.Set;

import fr.comptecitoyen.form.FieldDefinition;
import fr.comptecitoyen.form.FormContext;

/** {@code info}: a text to read ({@code text}), no input. */
class InfoType implements FieldType {

	@Override
	public String name() {
		return "info";
	}

	@Override
	public Set<String> attributes() {
		return Set.of("text");
	}

	@Override
	public Object bind(FieldDefinition field, String path, Map<String, String[]> params, FormContext context) {
		return null;
	}

	@Override
	public void validate(FieldDefinition field, String path, Object value, Check check) {
	}

	@Override
	public void verify(FieldDefinition field) {
		if (field.text() == null || field.text().isBlank()) {
			throw new IllegalArgumentException("text is missing");
		}
	}

	@Override
	public boolean input() {
		return false;
	}

}
