package fr.comptecitoyen.form.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.comptecitoyen.form.FieldDefinition;
import fr.comptecitoyen.form.FieldSettings;
import fr.comptecitoyen.form.FieldView;
import fr.comptecitoyen.form.FormContext;
import fr.comptecitoyen.form.TextLine;
import fr.comptecitoyen.form.Wording;

/**
 * {@code file}: the interface of an attachment (a file input and a note, {@code text}).
 * Uploads come with the document module: until then nothing is bound and the field is
 * never required.
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
	public FieldSettings settings(Attributes yaml) {
		return new Paragraphs(yaml.text("text"));
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
		return Set.of("form.file.later", "form.file.none");
	}

	@Override
	public Object view(FieldDefinition field, String path, Object value, Views views) {
		return field.settings();
	}

	@Override
	public List<TextLine> lines(FieldView field, Wording wording) {
		return List.of(new TextLine(field.label(), wording.text("form.file.none")));
	}

}
