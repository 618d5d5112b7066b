package fr.comptecitoyen.request.internal;

import java.util.Optional;
import java.util.UUID;

import fr.comptecitoyen.catalogue.Catalogue;
import fr.comptecitoyen.catalogue.Procedure;
import fr.comptecitoyen.request.RequestProcedures;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the pinned procedure revision of a request (see {@link RequestProcedures}).
 */
@Service
class RequestProcedureLookup implements RequestProcedures {

	private final RequestRepository requests;

	private final Catalogue catalogue;

	RequestProcedureLookup(RequestRepository requests, Catalogue catalogue) {
		this.requests = requests;
		this.catalogue = catalogue;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Procedure> procedureOf(UUID requestId) {
		return this.requests.findById(requestId)
			.flatMap((r) -> this.catalogue.definition(r.getProcedureCode(), r.getProcedureRevision()));
	}

}
