package fr.comptecitoyen.form.internal;

import java.util.Map;
import java.util.Set;

import fr.comptecitoyen.form.FieldDefinition;
import fr.comptecitoyen.form.FormContext;

/**
 * {@code file}: the interface of an attachment (a file input and a note). Uploads come
 * with the document module: until then nothing is bound and the field is never required.
 */
class FileType implements FieldType {

	@Override
	public String name() {
		return "file";
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
	public boolean input() {
		return false;
	}

}
