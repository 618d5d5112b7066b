package fr.comptecitoyen.form.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import fr.comptecitoyen.form.FieldDefinition;
import fr.comptecitoyen.form.FormContext;

/** {@code multi-choice}: any of the {@code options}, as check boxes; kept as a list. */
class MultiChoiceType implements FieldType {

	@Override
	public String name() {
		return "multi-choice";
	}

	@Override
	public Set<String> attributes() {
		return Set.of("options");
	}

	@Override
	public Object bind(FieldDefinition field, String path, Map<String, String[]> params, FormContext context) {
		String[] values = params.get(path);
		if (values == null) {
			return null;
		}
		List<String> chosen = Arrays.stream(values)
			.filter(Objects::nonNull)
			.map(String::strip)
			.filter((v) -> !v.isEmpty())
			.distinct()
			.toList();
		return chosen.isEmpty() ? null : chosen;
	}

	@Override
	public void validate(FieldDefinition field, String path, Object value, Check check) {
		if (!(value instanceof List<?> chosen) || !field.options().containsAll(chosen)) {
			check.reject(field, path, "-0", "form.error.option");
		}
	}

	@Override
	public void verify(FieldDefinition field) {
		if (field.options().isEmpty()) {
			throw new IllegalArgumentException("options are missing");
		}
	}

	@Override
	public String missingCode() {
		return "form.error.chooseSome";
	}

	@Override
	public String focusSuffix(FieldDefinition field) {
		return "-0";
	}

}
