package fr.comptecitoyen.form.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.comptecitoyen.form.FieldDefinition;
import fr.comptecitoyen.form.FieldSettings;
import fr.comptecitoyen.form.FormContext;

/**
 * {@code choice}: one of the {@code options}, shown as radio buttons
 * ({@code display: radio}, the default) or a drop-down list ({@code display: list}).
 */
class ChoiceType implements FieldType {

	/**
	 * Settings of a choice field, also what its fragment needs.
	 *
	 * @param options the answers offered, in order
	 * @param list whether they are shown as a drop-down list
	 */
	public record Settings(List<String> options, boolean list) implements FieldSettings {

		public Settings {
			options = List.copyOf(options);
		}

	}

	@Override
	public String name() {
		return "choice";
	}

	@Override
	public Set<String> attributes() {
		return Set.of("options", "display");
	}

	@Override
	public FieldSettings settings(Attributes yaml) {
		String display = yaml.text("display");
		if (display != null && !Set.of("radio", "list").contains(display)) {
			throw new IllegalArgumentException("display must be radio or list, not '" + display + "'");
		}
		return new Settings(options(yaml), "list".equals(display));
	}

	/** The options of a choice field: present and each given once. */
	static List<String> options(Attributes yaml) {
		List<String> options = yaml.strings("options");
		if (options.isEmpty()) {
			throw new IllegalArgumentException("options are missing");
		}
		if (options.stream().distinct().count() != options.size()) {
			throw new IllegalArgumentException("an option appears twice");
		}
		return options;
	}

	@Override
	public Object bind(FieldDefinition field, String path, Map<String, String[]> params, FormContext context) {
		return Ids.param(params, path);
	}

	@Override
	public void validate(FieldDefinition field, String path, Object value, Check check) {
		if (!FieldType.settingsOf(field, Settings.class).options().contains(value.toString())) {
			check.reject(field, path, focusSuffix(field), "form.error.option");
		}
	}

	@Override
	public String missingCode() {
		return "form.error.choose";
	}

	@Override
	public Set<String> messages() {
		return Set.of("form.choose", "form.error.choose", "form.error.option");
	}

	@Override
	public String focusSuffix(FieldDefinition field) {
		return FieldType.settingsOf(field, Settings.class).list() ? "" : "-0";
	}

	@Override
	public Object view(FieldDefinition field, String path, Object value, Views views) {
		return field.settings();
	}

}
