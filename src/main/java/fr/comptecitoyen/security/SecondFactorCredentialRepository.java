package fr.comptecitoyen.security;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;

/** Second-factor credentials by owner id. */
interface SecondFactorCredentialRepository extends CrudRepository<SecondFactorCredential, UUID> {

	/**
	 * The credential, locked until the transaction ends: two requests carrying the same
	 * code at once are checked one after the other, so only one is accepted.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from SecondFactorCredential c where c.ownerId = :ownerId")
	Optional<SecondFactorCredential> lockByOwnerId(@Param("ownerId") UUID ownerId);

	/** Which of these owners have an app enrolled. */
	@Query("select c.ownerId from SecondFactorCredential c where c.ownerId in :owners")
	Set<UUID> enrolledAmong(@Param("owners") Collection<UUID> owners);

}
