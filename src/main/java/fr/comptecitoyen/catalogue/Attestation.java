package fr.comptecitoyen.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document the town hall issues when it accepts a request of the procedure
 * (attestation de recensement, autorisation d'occupation du domaine public…), made on
 * demand from the stored request. Its text names what it certifies with placeholders
 * between braces: {@code {answers.<key>}} for an answer of the form (a top-level field),
 * and the fixed {@link #FIXED} ones.
 *
 * @param title the document's title ("Attestation de recensement")
 * @param text its text, with placeholders; paragraphs separated by a blank line
 */
public record Attestation(String title, String text) {

	/** A placeholder: a name between braces. */
	public static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][a-z0-9.-]*)\\}");

	/** The prefix of an answer's placeholder. */
	public static final String ANSWERS = "answers.";

	/**
	 * The placeholders every attestation may use: the requester's name, the request's
	 * reference, the decision date, the commune's name and the deciding department's
	 * name.
	 */
	public static final Set<String> FIXED = Set.of("citizen", "reference", "decision-date", "commune", "department");

	/** The placeholders the text uses, in order, each once. */
	public Set<String> placeholders() {
		Set<String> names = new LinkedHashSet<>();
		Matcher matcher = PLACEHOLDER.matcher(this.text);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	/**
	 * The paragraphs of the text (separated by a blank line in the file, lines within one
	 * joined), each with every placeholder replaced in one pass: a value is never read
	 * again for placeholders, so an answer that contains braces stays as typed.
	 * @param values a placeholder's name → its value ({@code null}: left empty)
	 * @return the filled paragraphs
	 */
	public List<String> fill(Function<String, String> values) {
		List<String> paragraphs = new ArrayList<>();
		for (String paragraph : this.text.strip().split("\\n\\s*\\n")) {
			Matcher matcher = PLACEHOLDER.matcher(paragraph.strip().replaceAll("\\s*\\n\\s*", " "));
			StringBuilder out = new StringBuilder();
			while (matcher.find()) {
				String value = values.apply(matcher.group(1));
				matcher.appendReplacement(out, Matcher.quoteReplacement((value != null) ? value : ""));
			}
			matcher.appendTail(out);
			paragraphs.add(out.toString());
		}
		return paragraphs;
	}

}
