package fr.comptecitoyen.request;

/**
 * The names the commune gives its departments (the back office keeps them, and an
 * administrator renames them). The request module asks it for the department it shows on
 * a request's page, receipt and attestation, so that a department has one name
 * everywhere.
 */
public interface DepartmentDirectory {

	/**
	 * The department's name.
	 * @param code the department's code, e.g. {@code etat-civil}
	 * @return its name (« État civil »), or the code itself for a department the commune
	 * does not know
	 */
	String nameOf(String code);

}
