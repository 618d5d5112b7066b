package fr.comptecitoyen.shared;

import java.util.List;

/**
 * A problem with what was typed in one field of a hand-written form (registration,
 * profile, household, password and security pages): the one shape every check and every
 * service of those forms reports, shown next to the field and in the error summary.
 *
 * @param field the field's id in the page (the summary links to {@code #field})
 * @param code the message key of the French text
 * @param arguments the message's arguments ({@code {0}}, {@code {1}}…), possibly none
 */
public record FieldProblem(String field, String code, List<Object> arguments) {

	/** A problem whose message takes arguments. */
	public FieldProblem(String field, String code, Object... arguments) {
		this(field, code, List.of(arguments));
	}

	/** A problem whose message takes no argument. */
	public FieldProblem(String field, String code) {
		this(field, code, List.of());
	}

	/** The arguments as the message source takes them. */
	public Object[] argumentArray() {
		return this.arguments.toArray();
	}

	/**
	 * The arguments, or the commune's name alone when the problem has none: messages
	 * about the commune ({@code password.city}) name it as {@code {0}}, and the others
	 * ignore it.
	 * @param cityName the commune's name
	 */
	public Object[] argumentsOr(String cityName) {
		return this.arguments.isEmpty() ? new Object[] { cityName } : argumentArray();
	}

}
