package fr.comptecitoyen.form;

import java.util.List;

/**
 * One field of a form, as written in a procedure's YAML file: the attributes every type
 * shares, and the settings its type reads from its own attributes (see
 * {@code docs/adding-a-procedure.md}).
 *
 * @param key the stable key the answer is stored under
 * @param type the field type's name ({@code short-text}, {@code date}, {@code group}, …),
 * which also names its fragment
 * @param label the label shown to the citizen
 * @param hint an optional help text under the label
 * @param required whether an answer is needed (when visible)
 * @param requiredWhen makes the field required when it holds, or {@code null}
 * @param visibleWhen shows the field only when it holds, or {@code null}
 * @param prefill the prefill binding ({@code account.email}…), or {@code null}
 * @param editable whether a prefilled value may be changed
 * @param autocomplete the declared {@code autocomplete} token (WCAG 1.3.5), or
 * {@code null} to derive it from the prefill binding
 * @param settings the type's own settings (never {@code null})
 */
public record FieldDefinition(String key, String type, String label, String hint, boolean required,
		Condition requiredWhen, Condition visibleWhen, String prefill, boolean editable, String autocomplete,
		FieldSettings settings) {

	public FieldDefinition {
		settings = (settings != null) ? settings : FieldSettings.NONE;
	}

	/** Whether this is a file field (its files are received apart from the answers). */
	public boolean isFile() {
		return this.settings instanceof FileSettings;
	}

	/** What a file field accepts ({@link FileSettings#DEFAULT} for other fields). */
	public FileSettings file() {
		return (this.settings instanceof FileSettings file) ? file : FileSettings.DEFAULT;
	}

	/** The fields nested in this one (a group's columns), or an empty list. */
	public List<FieldDefinition> fields() {
		return this.settings.fields();
	}

	/** The child field of a group with that key, or {@code null}. */
	public FieldDefinition child(String childKey) {
		return fields().stream().filter((f) -> f.key().equals(childKey)).findFirst().orElse(null);
	}

}
