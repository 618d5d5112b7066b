package fr.comptecitoyen.form.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import fr.comptecitoyen.form.FieldDefinition;
import fr.comptecitoyen.form.FieldSettings;
import fr.comptecitoyen.form.FieldView;
import fr.comptecitoyen.form.FormContext;
import fr.comptecitoyen.form.Wording;

/** {@code multi-choice}: any of the {@code options}, as check boxes; kept as a list. */
class MultiChoiceType implements FieldType {

	/**
	 * Settings of a multi-choice field, also what its fragment needs.
	 *
	 * @param options the answers offered, in order
	 */
	public record Settings(List<String> options) implements FieldSettings {

		public Settings {
			options = List.copyOf(options);
		}

	}

	@Override
	public String name() {
		return "multi-choice";
	}

	@Override
	public Set<String> attributes() {
		return Set.of("options");
	}

	@Override
	public FieldSettings settings(Attributes yaml) {
		return new Settings(ChoiceType.options(yaml));
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
		if (!(value instanceof List<?> chosen)
				|| !FieldType.settingsOf(field, Settings.class).options().containsAll(chosen)) {
			check.reject(field, path, "-0", "form.error.option");
		}
	}

	@Override
	public String missingCode() {
		return "form.error.chooseSome";
	}

	@Override
	public Set<String> messages() {
		return Set.of("form.error.chooseSome", "form.error.option");
	}

	@Override
	public String focusSuffix(FieldDefinition field) {
		return "-0";
	}

	@Override
	public Object view(FieldDefinition field, String path, Object value, Views views) {
		return field.settings();
	}

	@Override
	public String plain(FieldView field, Wording wording) {
		return (field.value() instanceof List<?> chosen)
				? chosen.stream().map(String::valueOf).collect(Collectors.joining(", "))
				: String.valueOf(field.value());
	}

}
