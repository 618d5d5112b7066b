package fr.comptecitoyen.form.internal;

import java.util.Map;
import java.util.Set;

import fr.comptecitoyen.form.FieldDefinition;
import fr.comptecitoyen.form.FormContext;

/** {@code number}: a whole number, with optional {@code min} and {@code max}. */
class NumberType implements FieldType {

	@Override
	public String name() {
		return "number";
	}

	@Override
	public Set<String> attributes() {
		return Set.of("min", "max");
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
		Long min = Bounds.number(field.min());
		Long max = Bounds.number(field.max());
		if (min != null && number < min) {
			check.reject(field, path, "", "form.error.number.min", min);
		}
		else if (max != null && number > max) {
			check.reject(field, path, "", "form.error.number.max", max);
		}
	}

	@Override
	public void verify(FieldDefinition field) {
		Long min = Bounds.number(field.min());
		Long max = Bounds.number(field.max());
		if (min != null && max != null && min > max) {
			throw new IllegalArgumentException("min " + min + " is greater than max " + max);
		}
	}

}
