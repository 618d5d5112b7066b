package fr.comptecitoyen.document.internal;

import java.time.Instant;
import java.util.UUID;

import fr.comptecitoyen.document.AttachmentView;
import fr.comptecitoyen.document.ScanStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One uploaded file: who holds it (a draft, then the request it becomes), who owns it,
 * what it answers (a slot), its sanitised name, its sniffed type and its antivirus
 * status. The bytes are in the {@link AttachmentStore} under {@code storageKey}.
 */
@Entity
@Table(name = "attachment")
public class Attachment {

	@Id
	private UUID id;

	@Column(name = "public_id", nullable = false, unique = true, length = 32)
	private String publicId;

	@Column(name = "holder_id", nullable = false)
	private UUID holderId;

	@Column(name = "owner_id")
	private UUID ownerId;

	@Column(nullable = false, length = 100)
	private String slot;

	@Column(name = "file_name", nullable = false, length = 255)
	private String fileName;

	@Column(name = "media_type", nullable = false, length = 100)
	private String mediaType;

	@Column(name = "size_bytes", nullable = false)
	private long size;

	@Column(nullable = false, length = 64)
	private String sha256;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 12)
	private ScanStatus scan;

	@Column(name = "storage_key", nullable = false, unique = true, length = 64)
	private String storageKey;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "scanned_at")
	private Instant scannedAt;

	protected Attachment() {
	}

	Attachment(String publicId, UUID holderId, UUID ownerId, String slot, String fileName, String mediaType, long size,
			String sha256, ScanStatus scan, String storageKey, Instant now) {
		this.id = UUID.randomUUID();
		this.publicId = publicId;
		this.holderId = holderId;
		this.ownerId = ownerId;
		this.slot = slot;
		this.fileName = fileName;
		this.mediaType = mediaType;
		this.size = size;
		this.sha256 = sha256;
		this.scan = scan;
		this.storageKey = storageKey;
		this.createdAt = now;
		this.scannedAt = (scan == ScanStatus.CLEAN) ? now : null;
	}

	/** A later scan found it clean: it may be served. */
	void markClean(Instant now) {
		this.scan = ScanStatus.CLEAN;
		this.scannedAt = now;
	}

	AttachmentView view() {
		return new AttachmentView(this.publicId, this.slot, this.fileName, this.size, this.mediaType, this.scan);
	}

	public UUID getId() {
		return this.id;
	}

	public String getPublicId() {
		return this.publicId;
	}

	/** Hands the file to another holder (a draft taking files kept apart for it). */
	void moveTo(UUID newHolderId) {
		this.holderId = newHolderId;
	}

	public UUID getHolderId() {
		return this.holderId;
	}

	public UUID getOwnerId() {
		return this.ownerId;
	}

	public String getSlot() {
		return this.slot;
	}

	public String getFileName() {
		return this.fileName;
	}

	public String getMediaType() {
		return this.mediaType;
	}

	public long getSize() {
		return this.size;
	}

	public ScanStatus getScan() {
		return this.scan;
	}

	public String getStorageKey() {
		return this.storageKey;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
