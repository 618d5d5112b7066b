package fr.comptecitoyen.request;

import java.util.Optional;
import java.util.UUID;

/**
 * The personal tracking page of a request sent without an account
 * ({@code /suivi/{token}}), for every email about it: the token is kept sealed with the
 * portal's key.
 */
public interface VisitorTrackingLinks {

	/**
	 * The tracking page of a visitor's request.
	 * @param requestId the request
	 * @return {@code /suivi/{token}}, or empty for a citizen's request, an unknown one,
	 * or one sent before tokens were kept sealed
	 */
	Optional<String> path(UUID requestId);

}
