package fr.comptecitoyen.instruction;

import java.util.Set;

/**
 * The rule "an agent sees only the requests of the procedures of their departments", as a
 * filter for queries: the procedure codes a staff member may work on. The department of a
 * procedure is the one an administrator chose, else the one its YAML names.
 */
public interface StaffScope {

	/**
	 * The codes of the procedures handled by the person's departments (empty when the
	 * person belongs to none): use it in the query itself ({@code procedure_code in
	 * (:codes)}), so that another department's request answers 404.
	 */
	Set<String> procedureCodes(StaffPrincipal staff);

	/** Whether the person may work on requests of this procedure. */
	default boolean mayHandle(StaffPrincipal staff, String procedureCode) {
		return procedureCodes(staff).contains(procedureCode);
	}

}
