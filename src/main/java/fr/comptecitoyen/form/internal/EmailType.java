package fr.comptecitoyen.form.internal;

import java.util.regex.Pattern;

import fr.comptecitoyen.form.FieldDefinition;

/** {@code email}: one address, shape checked. */
class EmailType extends TextType {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

	EmailType() {
		super("email", 254);
	}

	@Override
	public void validate(FieldDefinition field, String path, Object value, Check check) {
		if (!EMAIL.matcher(value.toString()).matches() || value.toString().length() > 254) {
			check.reject(field, path, "", "form.error.email");
		}
	}

}
