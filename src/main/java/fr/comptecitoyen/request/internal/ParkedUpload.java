package fr.comptecitoyen.request.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Files posted on a draft after the session had expired: they wait as attachments of
 * {@code holderId}, apart from the draft, until its owner signs back in.
 */
@Entity
@Table(name = "parked_upload")
class ParkedUpload {

	@Id
	@Column(name = "holder_id")
	private UUID holderId;

	@Column(name = "draft_id", nullable = false)
	private UUID draftId;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected ParkedUpload() {
	}

	ParkedUpload(UUID draftId, Instant now) {
		this.holderId = UUID.randomUUID();
		this.draftId = draftId;
		this.createdAt = now;
	}

	UUID getHolderId() {
		return this.holderId;
	}

	UUID getDraftId() {
		return this.draftId;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

}
