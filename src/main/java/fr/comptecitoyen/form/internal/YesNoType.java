package fr.comptecitoyen.form.internal;

import java.util.Map;
import java.util.Set;

import fr.comptecitoyen.form.FieldDefinition;
import fr.comptecitoyen.form.FieldView;
import fr.comptecitoyen.form.FormContext;
import fr.comptecitoyen.form.Wording;

/** {@code yes-no}: two radio buttons; kept as {@code "true"} or {@code "false"}. */
class YesNoType implements FieldType {

	@Override
	public String name() {
		return "yes-no";
	}

	@Override
	public Set<String> attributes() {
		return Set.of();
	}

	@Override
	public Object bind(FieldDefinition field, String path, Map<String, String[]> params, FormContext context) {
		return Ids.param(params, path);
	}

	@Override
	public void validate(FieldDefinition field, String path, Object value, Check check) {
		if (!"true".equals(value) && !"false".equals(value)) {
			check.reject(field, path, "-0", "form.error.option");
		}
	}

	@Override
	public String missingCode() {
		return "form.error.choose";
	}

	@Override
	public Set<String> messages() {
		return Set.of("form.yes", "form.no", "form.error.choose", "form.error.option");
	}

	@Override
	public String plain(FieldView field, Wording wording) {
		return wording.text(field.has("true") ? "form.yes" : "form.no");
	}

	@Override
	public String focusSuffix(FieldDefinition field) {
		return "-0";
	}

}
