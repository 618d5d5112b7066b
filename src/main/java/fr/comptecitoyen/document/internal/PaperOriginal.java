package fr.comptecitoyen.document.internal;

import java.time.Instant;
import java.util.UUID;

import fr.comptecitoyen.document.PaperOriginals;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A document a citizen will bring on paper, and whether the counter received it. */
@Entity
@Table(name = "paper_original")
public class PaperOriginal {

	@Id
	private UUID id;

	@Column(name = "holder_id", nullable = false)
	private UUID holderId;

	@Column(name = "document_key", nullable = false, length = 80)
	private String documentKey;

	@Column(nullable = false, length = 300)
	private String label;

	@Column(nullable = false)
	private int position;

	@Column(name = "marked_at", nullable = false)
	private Instant markedAt;

	@Column(name = "received_at")
	private Instant receivedAt;

	@Column(name = "received_by", length = 200)
	private String receivedBy;

	protected PaperOriginal() {
	}

	PaperOriginal(UUID holderId, String documentKey, String label, int position, Instant now) {
		this.id = UUID.randomUUID();
		this.holderId = holderId;
		this.documentKey = documentKey;
		this.label = label;
		this.position = position;
		this.markedAt = now;
	}

	/**
	 * The counter received it.
	 * @return false when it was already received
	 */
	boolean receive(String agentName, Instant now) {
		if (this.receivedAt != null) {
			return false;
		}
		this.receivedAt = now;
		this.receivedBy = agentName;
		return true;
	}

	PaperOriginals.Item item() {
		return new PaperOriginals.Item(this.documentKey, this.label, this.receivedAt, this.receivedBy);
	}

	public String getDocumentKey() {
		return this.documentKey;
	}

	public Instant getReceivedAt() {
		return this.receivedAt;
	}

}
