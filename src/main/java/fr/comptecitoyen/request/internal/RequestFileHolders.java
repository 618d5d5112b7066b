package fr.comptecitoyen.request.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import fr.comptecitoyen.document.AttachmentHolders;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts and requests hold attachments, and so do files kept apart for a draft
 * ({@link ParkedUploads}) while they wait: tells the purge job which still exist.
 */
@Component
class RequestFileHolders implements AttachmentHolders {

	private final RequestRepository requests;

	private final ParkedUploads parked;

	RequestFileHolders(RequestRepository requests, ParkedUploads parked) {
		this.requests = requests;
		this.parked = parked;
	}

	@Override
	@Transactional(readOnly = true)
	public Set<UUID> existing(Collection<UUID> ids) {
		Set<UUID> existing = new HashSet<>(this.requests.existingIds(ids));
		existing.addAll(this.parked.live(ids));
		return existing;
	}

}
