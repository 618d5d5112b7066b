package fr.comptecitoyen.request;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The department's verbs on a request, as the back office calls them. Each checks the
 * lifecycle table, writes the history and publishes its event (which sends the decision
 * or information email). Requests are named by their public reference.
 */
public interface RequestLifecycle {

	/** An agent takes the request in charge. */
	void takeInCharge(String reference, String agent);

	/**
	 * An agent takes the request in charge and becomes its assignee (the queues' "mine"
	 * and assigned-agent filter).
	 * @param staffId the agent's staff id
	 * @param agent the agent's display name
	 * @throws IllegalTransitionException when the request is no longer new
	 */
	void takeInCharge(String reference, UUID staffId, String agent);

	/**
	 * The department asks the citizen for something; the request then awaits the citizen.
	 */
	void askCitizen(String reference, String agent, String message);

	/** Decision: accord. */
	void accept(String reference, String agent, String comment);

	/** Decision: refus, with its motive. */
	void refuse(String reference, String agent, String motive);

	/**
	 * An information message, possibly about a date (e.g. the pickup day of bulky items),
	 * which the procedure's automations may turn into a reminder.
	 */
	void sendInformation(String reference, String agent, String message, LocalDate date);

	/** Closes the request. */
	void close(String reference, String agent, String comment);

}
