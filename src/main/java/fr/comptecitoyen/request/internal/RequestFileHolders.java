package fr.comptecitoyen.request.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import fr.comptecitoyen.document.AttachmentHolders;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Drafts and requests hold attachments: tells the purge job which still exist. */
@Component
class RequestFileHolders implements AttachmentHolders {

	private final RequestRepository requests;

	RequestFileHolders(RequestRepository requests) {
		this.requests = requests;
	}

	@Override
	@Transactional(readOnly = true)
	public Set<UUID> existing(Collection<UUID> ids) {
		return new HashSet<>(this.requests.existingIds(ids));
	}

}
