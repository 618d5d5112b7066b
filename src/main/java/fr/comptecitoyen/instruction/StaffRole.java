package fr.comptecitoyen.instruction;

/**
 * What a staff member may do; a person may hold several roles.
 */
public enum StaffRole {

	/** Manages staff, departments, procedures and reads the audit log. */
	ADMINISTRATOR,

	/**
	 * Works the queue of pending citizen accounts (validate, ask a correction, refuse).
	 */
	ACCOUNT_VALIDATOR,

	/** Works the requests of the procedures of their departments. */
	AGENT;

	/** The Spring Security authority of the role ({@code ROLE_ADMINISTRATOR}…). */
	public String authority() {
		return "ROLE_" + name();
	}

}
