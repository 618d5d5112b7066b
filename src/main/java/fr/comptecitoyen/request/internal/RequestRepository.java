package fr.comptecitoyen.request.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.comptecitoyen.request.RequestStatus;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Requests. Citizen-facing lookups always name the owner: a request of someone else is
 * simply not found.
 */
public interface RequestRepository extends JpaRepository<Request, UUID> {

	Optional<Request> findByReferenceAndAccountId(String reference, UUID accountId);

	Optional<Request> findByPublicIdAndAccountId(String publicId, UUID accountId);

	Optional<Request> findByReference(String reference);

	Optional<Request> findBySubmissionKey(String submissionKey);

	boolean existsByReference(String reference);

	List<Request> findByAccountIdAndStatusOrderByUpdatedAtDesc(UUID accountId, RequestStatus status);

	List<Request> findByAccountIdOrderByCreatedAtDesc(UUID accountId);

	List<Request> findByAccountIdAndStatusNotOrderBySubmittedAtDesc(UUID accountId, RequestStatus status,
			Pageable page);

}
