package fr.comptecitoyen.form;

/**
 * A form definition that cannot be used: it names the place (step and field keys) and the
 * problem, so that the commune's staff can fix the YAML file.
 */
public class FormDefinitionException extends RuntimeException {

	private final String place;

	private final String problem;

	/**
	 * @param place where the problem is, e.g.
	 * {@code step 2 (objets) > field items > kind}
	 * @param problem what is wrong
	 */
	public FormDefinitionException(String place, String problem) {
		super(place + ": " + problem);
		this.place = place;
		this.problem = problem;
	}

	/** Where the problem is. */
	public String place() {
		return this.place;
	}

	/** What is wrong. */
	public String problem() {
		return this.problem;
	}

}
