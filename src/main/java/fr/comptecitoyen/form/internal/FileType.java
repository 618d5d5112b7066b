package fr.comptecitoyen.form.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.comptecitoyen.form.FieldDefinition;
import fr.comptecitoyen.form.FieldSettings;
import fr.comptecitoyen.form.FieldView;
import fr.comptecitoyen.form.FileSettings;
import fr.comptecitoyen.form.FormContext;
import fr.comptecitoyen.form.TextLine;
import fr.comptecitoyen.form.Wording;

/**
 * {@code file}: one or several files, with an optional note ({@code text}), the accepted
 * kinds ({@code accept: [pdf, jpeg, png]}) and the size limit of one file
 * ({@code max-size: 10MB}), read into {@link FileSettings}. The files themselves are
 * received and checked by the document module, not bound from the posted parameters: the
 * answer (a list of {@code {id, name, size}}) is written by the request module from the
 * files actually kept, so nothing posted can forge it. Never required: missing documents
 * never block a request (FAQ).
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
	public FieldSettings settings(Attributes yaml) {
		return FileSettings.read(yaml.text("text"), yaml.has("accept") ? yaml.strings("accept") : null,
				yaml.text("max-size"));
	}

	@Override
	public void verify(FieldDefinition field) {
		if (field.required()) {
			throw new IllegalArgumentException("a file field cannot be required: missing documents never block");
		}
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

	@Override
	public boolean requiredByDefault() {
		return false;
	}

	@Override
	public Set<String> messages() {
		return Set.of("form.file.none", "form.file.accepted", "form.file.list", "form.file.remove",
				"form.file.removeNamed");
	}

	@Override
	public Object view(FieldDefinition field, String path, Object value, Views views) {
		return field.settings();
	}

	@Override
	public List<TextLine> lines(FieldView field, Wording wording) {
		List<String> names = field.files().stream().map((file) -> String.valueOf(file.get("name"))).toList();
		return List.of(new TextLine(field.label(),
				names.isEmpty() ? wording.text("form.file.none") : String.join(", ", names)));
	}

}
