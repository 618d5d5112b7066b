package fr.comptecitoyen.form.internal;

import java.util.Map;
import java.util.Set;

import fr.comptecitoyen.form.FieldDefinition;
import fr.comptecitoyen.form.FormContext;

/**
 * {@code file}: one or several files, with an optional note ({@code text}), the accepted
 * kinds ({@code accept: [pdf, jpeg, png]}) and the size limit of one file
 * ({@code max-size: 10MB}), read into {@link fr.comptecitoyen.form.FileSettings}. The
 * files themselves are received and checked by the document module, not bound from the
 * posted parameters: the answer (a list of {@code {id, name, size}}) is written by the
 * request module from the files actually kept, so nothing posted can forge it. Never
 * required: missing documents never block a request (FAQ).
 */
class FileType implements FieldType {

	@Override
	public String name() {
		return "file";
	}

	@Override
	public Set<String> attributes() {
		return Set.of("text", "accept", "max-size");
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
		if (field.required()) {
			throw new IllegalArgumentException("a file field cannot be required: missing documents never block");
		}
	}

	@Override
	public boolean input() {
		return false;
	}

}
