package fr.comptecitoyen.form.internal;

import java.util.Set;
import java.util.regex.Pattern;

import fr.comptecitoyen.form.FieldDefinition;

/** {@code email}: one address, shape checked, 254 characters at most. */
class EmailType extends TextType {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

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
		return address.length() <= 254 && EMAIL.matcher(address).matches();
	}

}
