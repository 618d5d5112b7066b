package fr.comptecitoyen.form.internal;

import java.util.Arrays;
import java.util.List;

import fr.comptecitoyen.form.FieldSettings;

/**
 * Settings of a field that shows a text ({@code info}, the note of a {@code file}), also
 * what its fragment needs.
 *
 * @param text the text as written, or {@code null}
 */
public record Paragraphs(String text) implements FieldSettings {

	/** The paragraphs of the text (separated by blank lines). */
	public List<String> paragraphs() {
		return (this.text != null) ? Arrays.stream(this.text.strip().split("\\n\\s*\\n")).map(String::strip).toList()
				: List.of();
	}

}
