package fr.comptecitoyen.form.internal;

import java.util.Set;

import fr.comptecitoyen.form.FieldDefinition;
import fr.comptecitoyen.shared.InputRules;

/**
 * {@code email}: one address, checked by the portal's one email rule
 * ({@link InputRules#email}).
 */
class EmailType extends TextType {

	EmailType() {
		super("email", 254);
	}

	@Override
	public void validate(FieldDefinition field, String path, Object value, Check check) {
		if (!valid(value.toString())) {
			check.reject(field, path, "", "form.error.email");
		}
	}

	@Override
	public Set<String> messages() {
		return Set.of("form.error.email");
	}

	/**
	 * Whether an address has the shape of an email address (the one check of this type).
	 */
	static boolean valid(String address) {
		return InputRules.email(address).ok();
	}

}
