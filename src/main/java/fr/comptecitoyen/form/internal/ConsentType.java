package fr.comptecitoyen.form.internal;

import java.util.Map;
import java.util.Set;

import fr.comptecitoyen.form.FieldDefinition;
import fr.comptecitoyen.form.FieldView;
import fr.comptecitoyen.form.FormContext;
import fr.comptecitoyen.form.Wording;

/**
 * {@code consent}: one check box whose label is the statement agreed to; must be ticked
 * when required. Kept as {@code "true"}.
 */
class ConsentType implements FieldType {

	@Override
	public String name() {
		return "consent";
	}

	@Override
	public Set<String> attributes() {
		return Set.of();
	}

	@Override
	public Object bind(FieldDefinition field, String path, Map<String, String[]> params, FormContext context) {
		return "true".equals(Ids.param(params, path)) ? "true" : null;
	}

	@Override
	public void validate(FieldDefinition field, String path, Object value, Check check) {
		if (!"true".equals(value)) {
			check.reject(field, path, "", "form.error.consent");
		}
	}

	@Override
	public String missingCode() {
		return "form.error.consent";
	}

	@Override
	public Set<String> messages() {
		return Set.of("form.error.consent", "form.read.consent");
	}

	@Override
	public String plain(FieldView field, Wording wording) {
		return wording.text("form.read.consent");
	}

}
