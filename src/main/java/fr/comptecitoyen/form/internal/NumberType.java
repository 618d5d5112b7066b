package fr.comptecitoyen.form.internal;

import java.util.Map;
import java.util.Set;

import fr.comptecitoyen.form.FieldDefinition;
import fr.comptecitoyen.form.FieldSettings;
import fr.comptecitoyen.form.FormContext;

/** {@code number}: a whole number, with optional {@code min} and {@code max}. */
class NumberType implements FieldType {

	/**
	 * Settings of a number field.
	 *
	 * @param min the smallest number accepted, or {@code null}
	 * @param max the largest number accepted, or {@code null}
	 */
	public record Settings(Long min, Long max) implements FieldSettings {
	}

	@Override
	public String name() {
		return "number";
	}

	@Override
	public Set<String> attributes() {
		return Set.of("min", "max");
	}

	@Override
	public FieldSettings settings(Attributes yaml) {
		Long min = number(yaml.text("min"));
		Long max = number(yaml.text("max"));
		if (min != null && max != null && min > max) {
			throw new IllegalArgumentException("min " + min + " is greater than max " + max);
		}
		return new Settings(min, max);
	}

	@Override
	public Object bind(FieldDefinition field, String path, Map<String, String[]> params, FormContext context) {
		return Ids.param(params, path);
	}

	@Override
	public void validate(FieldDefinition field, String path, Object value, Check check) {
		long number;
		try {
			number = Long.parseLong(value.toString().replace(" ", ""));
		}
		catch (NumberFormatException ex) {
			check.reject(field, path, "", "form.error.number");
			return;
		}
		Settings settings = FieldType.settingsOf(field, Settings.class);
		if (settings.min() != null && number < settings.min()) {
			check.reject(field, path, "", "form.error.number.min", settings.min());
		}
		else if (settings.max() != null && number > settings.max()) {
			check.reject(field, path, "", "form.error.number.max", settings.max());
		}
	}

	@Override
	public Set<String> messages() {
		return Set.of("form.error.number", "form.error.number.min", "form.error.number.max");
	}

	private static Long number(String bound) {
		if (bound == null) {
			return null;
		}
		try {
			return Long.parseLong(bound);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("bad number bound '" + bound + "'");
		}
	}

}
