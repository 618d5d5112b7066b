package fr.comptecitoyen.catalogue;

/**
 * A procedure file that cannot be used; stops the portal's start-up with the file, the
 * place in it and the problem.
 */
public class ProcedureDefinitionException extends RuntimeException {

	/**
	 * @param file the file name ({@code procedures/encombrants.yml})
	 * @param place where in the file ({@code step 2 (Objets) > field items})
	 * @param problem what is wrong
	 */
	public ProcedureDefinitionException(String file, String place, String problem) {
		super("Invalid procedure definition " + file + " at " + place + ": " + problem);
	}

}
