package fr.comptecitoyen.document.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Paper originals, always by holder. */
public interface PaperOriginalRepository extends JpaRepository<PaperOriginal, UUID> {

	List<PaperOriginal> findByHolderIdOrderByPosition(UUID holderId);

	Optional<PaperOriginal> findByHolderIdAndDocumentKey(UUID holderId, String documentKey);

	@Modifying
	@Query("delete from PaperOriginal p where p.holderId = ?1")
	void deleteByHolderId(UUID holderId);

	@Modifying
	@Query("delete from PaperOriginal p where p.holderId in ?1")
	void deleteByHolderIdIn(Collection<UUID> holderIds);

	@Query("select distinct p.holderId from PaperOriginal p where p.markedAt < ?1")
	List<UUID> holdersOlderThan(java.time.Instant before, org.springframework.data.domain.Pageable page);

}
