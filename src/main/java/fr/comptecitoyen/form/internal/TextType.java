package fr.comptecitoyen.form.internal;

import java.util.Map;
import java.util.Set;

import fr.comptecitoyen.form.FieldDefinition;
import fr.comptecitoyen.form.FormContext;

/**
 * {@code short-text} (one line, 200 characters by default) and {@code long-text} (a text
 * area, 4000 characters by default).
 */
class TextType implements FieldType {

	private final String name;

	private final int defaultMaxLength;

	TextType(String name, int defaultMaxLength) {
		this.name = name;
		this.defaultMaxLength = defaultMaxLength;
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public Set<String> attributes() {
		return Set.of("max-length");
	}

	@Override
	public Object bind(FieldDefinition field, String path, Map<String, String[]> params, FormContext context) {
		return Ids.param(params, path);
	}

	@Override
	public void validate(FieldDefinition field, String path, Object value, Check check) {
		int max = (field.maxLength() != null) ? field.maxLength() : this.defaultMaxLength;
		if (value.toString().length() > max) {
			check.reject(field, path, "", "form.error.tooLong", max);
		}
	}

	/** The longest answer accepted, for the input's {@code maxlength}. */
	int maxLength(FieldDefinition field) {
		return (field.maxLength() != null) ? field.maxLength() : this.defaultMaxLength;
	}

}
