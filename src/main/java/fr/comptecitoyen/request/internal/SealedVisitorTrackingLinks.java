package fr.comptecitoyen.request.internal;

import java.util.Optional;
import java.util.UUID;

import fr.comptecitoyen.request.VisitorTrackingLinks;
import fr.comptecitoyen.security.SealedTokens;
import fr.comptecitoyen.security.SecretTokens;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link VisitorTrackingLinks} from the sealed token of the request's row. */
@Component
class SealedVisitorTrackingLinks implements VisitorTrackingLinks {

	private final RequestRepository requests;

	private final SealedTokens sealed;

	SealedVisitorTrackingLinks(RequestRepository requests, SealedTokens sealed) {
		this.requests = requests;
		this.sealed = sealed;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> path(UUID requestId) {
		return this.requests.findById(requestId)
			.filter((request) -> request.getAccountId() == null && request.getTrackingSealed() != null)
			.flatMap((request) -> {
				String token = this.sealed.open(request.getTrackingSealed());
				// Only a token that still opens the page (its hash is the lookup key).
				return SecretTokens.sha256(token).equals(request.getTrackingHash()) ? Optional.of("/suivi/" + token)
						: Optional.empty();
			});
	}

}
