package fr.comptecitoyen.request;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who may enter a request for someone else (the back office provides it): the signed-in
 * staff member and the procedures of their departments. The request module asks it, so
 * that it needs nothing of the staff side.
 */
public interface AgentEntryScope {

	/**
	 * The staff member signed in on this request, if they work on requests.
	 * @return empty for anyone else (a citizen, a visitor, staff without a department)
	 */
	Optional<EnteringAgent> current();

	/**
	 * A staff member by identifier, if they work on requests (the demo data enters a
	 * request as a demo agent would).
	 * @param username the staff identifier
	 * @return empty for no such person, a disabled one, or one who is not an agent with a
	 * department
	 */
	Optional<EnteringAgent> byUsername(String username);

	/**
	 * A staff member entering requests.
	 *
	 * @param staffId their id (the drafts they start are theirs only)
	 * @param username their identifier (audit log)
	 * @param name their display name, written on the timeline
	 * @param procedureCodes the procedures of their departments, the only ones they may
	 * enter
	 */
	record EnteringAgent(UUID staffId, String username, String name, Set<String> procedureCodes) {

		public EnteringAgent {
			procedureCodes = Set.copyOf(procedureCodes);
		}

	}

}
