package fr.comptecitoyen.document.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.comptecitoyen.document.ScanStatus;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Attachments; every citizen-facing lookup names the holder or the owner. */
public interface AttachmentRepository extends JpaRepository<Attachment, UUID> {

	List<Attachment> findByHolderIdOrderByCreatedAt(UUID holderId);

	Optional<Attachment> findByPublicIdAndHolderId(String publicId, UUID holderId);

	Optional<Attachment> findByPublicIdAndOwnerId(String publicId, UUID ownerId);

	@Query("select coalesce(sum(a.size), 0) from Attachment a where a.holderId = ?1")
	long totalSize(UUID holderId);

	List<Attachment> findByScanOrderByCreatedAt(ScanStatus scan, Pageable page);

	@Query("select distinct a.holderId from Attachment a where a.createdAt < ?1")
	List<UUID> holdersOlderThan(Instant before, Pageable page);

	List<Attachment> findByHolderIdIn(List<UUID> holderIds);

	@Query("select a.storageKey from Attachment a where a.storageKey in ?1")
	List<String> storageKeysIn(List<String> keys);

}
