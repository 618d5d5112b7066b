package fr.comptecitoyen.form;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A rule between fields of a form, declared under {@code rules:} in a procedure file
 * (date order, maximum span, plausible birth date). Read and checked once when the
 * definition is loaded; evaluated on the server when the step holding its
 * {@link #target()} is validated, and again before sending. A rule only speaks when every
 * field it reads is visible and holds a valid date: a missing or malformed date is the
 * field's own problem.
 */
public interface FieldRule {

	/**
	 * The key of the field whose message the rule shows (next to it and in the summary).
	 */
	String target();

	/** The keys of every field the rule reads, the target included. */
	List<String> fields();

	/**
	 * Checks the answers.
	 * @param dates the date of each field the rule reads (never {@code null} when called)
	 * @param today the commune's current day
	 * @return the problem, or empty when the rule holds
	 */
	Optional<Violation> check(Function<String, LocalDate> dates, LocalDate today);

	/**
	 * A broken rule, as a message code and its arguments.
	 *
	 * @param code the message code ({@code form.error.rule.order}…)
	 * @param args the message arguments
	 */
	record Violation(String code, List<Object> args) {

		public Violation {
			args = List.copyOf(args);
		}

	}

}
