package fr.comptecitoyen.form;

import java.util.List;
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

}
