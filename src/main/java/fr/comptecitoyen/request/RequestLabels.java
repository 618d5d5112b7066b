package fr.comptecitoyen.request;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Labels (étiquettes): words a department defines and puts on its requests, shown in the
 * queue and used as its filter. A label belongs to one department; only requests in the
 * agent's scope may carry the agent's departments' labels.
 */
public interface RequestLabels {

	/** Longest label, in characters. */
	int MAX_LENGTH = 60;

	/** The labels of these departments, by department then name. */
	List<Label> of(Set<String> departments);

	/**
	 * Defines a label.
	 * @param department the department's code
	 * @param name the label, 1 to {@link #MAX_LENGTH} characters
	 * @param by who defines it
	 * @return false when the department has a label of that name already (case and
	 * accents ignored)
	 */
	boolean define(String department, String name, String by);

	/**
	 * Removes a label of one of these departments (and takes it off every request).
	 * @return false when there is no such label in these departments
	 */
	boolean remove(UUID labelId, Set<String> departments);

	/**
	 * The labels a request carries, among these departments'.
	 * @throws RequestNotFoundException when the request is not in scope
	 */
	List<Label> on(String reference, Set<String> scope, Set<String> departments);

	/**
	 * Puts exactly these labels on a request (among those of the departments given; the
	 * labels of other departments stay).
	 * @param reference the request
	 * @param scope the procedure codes the agent may work on
	 * @param departments the agent's departments
	 * @param labelIds the labels to carry (others of these departments are taken off)
	 * @throws RequestNotFoundException when the request is not in scope
	 */
	void set(String reference, Set<String> scope, Set<String> departments, Set<UUID> labelIds);

	/** A label. */
	record Label(UUID id, String department, String name) {
	}

}
