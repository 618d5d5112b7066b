package fr.comptecitoyen.request.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Files kept apart for a draft. */
interface ParkedUploadRepository extends JpaRepository<ParkedUpload, UUID> {

	@Query("select p.holderId from ParkedUpload p where p.holderId in ?1 and p.createdAt >= ?2")
	List<UUID> liveIds(Collection<UUID> ids, Instant since);

	@Modifying
	@Query("delete from ParkedUpload p where p.createdAt < ?1")
	int deleteOlderThan(Instant before);

}
