package fr.comptecitoyen.form.internal;

import fr.comptecitoyen.form.FieldDefinition;
import fr.comptecitoyen.shared.InputRules;

/** {@code email}: one address, shape checked. */
class EmailType extends TextType {

	EmailType() {
		super("email", 254);
	}

	@Override
	public void validate(FieldDefinition field, String path, Object value, Check check) {
		if (!InputRules.email(value.toString()).ok()) {
			check.reject(field, path, "", "form.error.email");
		}
	}

}
