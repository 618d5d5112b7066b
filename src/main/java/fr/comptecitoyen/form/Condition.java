package fr.comptecitoyen.form;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A parsed {@code visible-when} or {@code required-when} expression, such as
 * {@code kind == 'Autre'} or {@code diet == true and items.kind in ['Meuble', 'Autre']}.
 * Parsed once when the definition is loaded; always evaluated on the server.
 */
public interface Condition {

	/**
	 * Evaluates the condition.
	 * @param values the values of a field path ({@code key} or {@code group.key}); a path
	 * without an answer gives an empty list
	 * @return whether the condition holds
	 */
	boolean test(Function<String, List<String>> values);

	/** The field paths the condition reads. */
	Set<String> paths();

	/** The expression as written in the definition. */
	String source();

	/**
	 * The condition as one path equal to one of some values ({@code kind == 'Autre'},
	 * {@code reason in ['Fratrie', 'Autre']}), so that it can be said in words; empty for
	 * any other shape.
	 */
	Optional<Comparison> comparison();

	/**
	 * The tree of the condition as JSON text, for the page script that shows and hides
	 * fields as answers change: {@code ["or", a, b]}, {@code ["and", a, b]},
	 * {@code ["not", a]}, {@code ["in", path, [values], negated]}.
	 */
	String json();

	/**
	 * A condition of one path and the values that satisfy it.
	 *
	 * @param path the field path ({@code key} or {@code group.key})
	 * @param values the values, any of which satisfies it
	 */
	record Comparison(String path, List<String> values) {

		public Comparison {
			values = List.copyOf(values);
		}

	}

}
