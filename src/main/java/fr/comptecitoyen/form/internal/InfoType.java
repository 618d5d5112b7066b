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
 * {@code info}: a text to read ({@code text}), no input; left out of summaries, emails
 * and PDF documents.
 */
class InfoType implements FieldType {

	@Override
	public String name() {
		return "info";
	}

	@Override
	public Set<String> attributes() {
		return Set.of("text");
	}

	@Override
	public FieldSettings settings(Attributes yaml) {
		String text = yaml.text("text");
		if (text == null) {
			throw new IllegalArgumentException("text is missing");
		}
		return new Paragraphs(text);
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
	public Set<String> messages() {
		return Set.of();
	}

	@Override
	public Object view(FieldDefinition field, String path, Object value, Views views) {
		return field.settings();
	}

	@Override
	public List<TextLine> lines(FieldView field, Wording wording) {
		return List.of();
	}

}
