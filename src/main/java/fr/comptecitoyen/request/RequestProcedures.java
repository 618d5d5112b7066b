package fr.comptecitoyen.request;

import java.util.Optional;
import java.util.UUID;

import fr.comptecitoyen.catalogue.Procedure;

/**
 * The procedure revision a request is pinned to, for the modules that act on its
 * definition (notifications run its automations, e.g. a dated reminder).
 */
public interface RequestProcedures {

	/**
	 * The definition the request was made with.
	 * @param requestId the request's internal id (as events carry it)
	 * @return the definition, empty when the request or the revision is unknown
	 */
	Optional<Procedure> procedureOf(UUID requestId);

}
