package fr.comptecitoyen.form;

import java.util.List;

/**
 * One field of a form, as written in a procedure's YAML file. Which attributes matter
 * depends on the type (see {@code docs/adding-a-procedure.md}).
 *
 * @param key the stable key the answer is stored under
 * @param type the field type ({@code short-text}, {@code date}, {@code group}, …)
 * @param label the label shown to the citizen
 * @param hint an optional help text under the label
 * @param required whether an answer is needed (when visible)
 * @param requiredWhen makes the field required when it holds, or {@code null}
 * @param visibleWhen shows the field only when it holds, or {@code null}
 * @param options the options of a choice or multi-choice field
 * @param display {@code radio} or {@code list} for a choice field
 * @param min lower bound: a number, or a date ({@code today}, {@code +P1D}, an ISO date)
 * @param max upper bound, same forms as {@code min}
 * @param maxLength maximum length of a text, or {@code null} for the type's default
 * @param repeatMin fewest rows of a group
 * @param repeatMax most rows of a group
 * @param fields the fields of each row of a group
 * @param prefill the prefill binding ({@code account.email}…), or {@code null}
 * @param editable whether a prefilled value may be changed
 * @param filter {@code children} or {@code adults} for a member field, or {@code null}
 * @param ageMin youngest age a member field accepts, or {@code null}
 * @param ageMax oldest age a member field accepts, or {@code null}
 * @param text the text of an info field, or the note of a file field
 * @param file what a file field accepts ({@link FileSettings#DEFAULT} for other types)
 */
public record FieldDefinition(String key, String type, String label, String hint, boolean required,
		Condition requiredWhen, Condition visibleWhen, List<String> options, String display, String min, String max,
		Integer maxLength, int repeatMin, int repeatMax, List<FieldDefinition> fields, String prefill, boolean editable,
		String filter, Integer ageMin, Integer ageMax, String text, FileSettings file) {

	public FieldDefinition {
		options = (options != null) ? List.copyOf(options) : List.of();
		fields = (fields != null) ? List.copyOf(fields) : List.of();
		file = (file != null) ? file : FileSettings.DEFAULT;
	}

	/** The child field of a group with that key, or {@code null}. */
	public FieldDefinition child(String childKey) {
		return this.fields.stream().filter((f) -> f.key().equals(childKey)).findFirst().orElse(null);
	}

}
