package fr.comptecitoyen.form.internal;

import java.util.Map;
import java.util.Set;

import fr.comptecitoyen.form.FieldDefinition;
import fr.comptecitoyen.form.FieldSettings;
import fr.comptecitoyen.form.FormContext;

/**
 * {@code short-text} (one line, 200 characters by default) and {@code long-text} (a text
 * area, 4000 characters by default); {@code max-length} sets another limit.
 */
class TextType implements FieldType {

	/**
	 * Settings of a text field.
	 *
	 * @param maxLength the longest answer accepted, in characters
	 */
	public record Settings(int maxLength) implements FieldSettings {
	}

	/**
	 * What the fragment needs.
	 *
	 * @param maxLength the input's {@code maxlength}
	 */
	public record View(int maxLength) {
	}

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
	public FieldSettings settings(Attributes yaml) {
		Integer max = yaml.integer("max-length");
		if (max != null && max < 1) {
			throw new IllegalArgumentException("max-length must be at least 1");
		}
		return new Settings((max != null) ? max : this.defaultMaxLength);
	}

	@Override
	public Object bind(FieldDefinition field, String path, Map<String, String[]> params, FormContext context) {
		return Ids.param(params, path);
	}

	@Override
	public void validate(FieldDefinition field, String path, Object value, Check check) {
		int max = maxLength(field);
		if (value.toString().length() > max) {
			check.reject(field, path, "", "form.error.tooLong", max);
		}
	}

	@Override
	public Set<String> messages() {
		return Set.of("form.error.tooLong");
	}

	@Override
	public Object view(FieldDefinition field, String path, Object value, Views views) {
		return new View(maxLength(field));
	}

	/** The longest answer accepted. */
	int maxLength(FieldDefinition field) {
		return FieldType.settingsOf(field, Settings.class).maxLength();
	}

}
