package fr.comptecitoyen.request.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.comptecitoyen.request.RequestStatus;

import fr.comptecitoyen.security.SecretTokens;

import org.springframework.data.domain.Pageable;
import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/**
 * Requests. Citizen-facing lookups always name the owner: a request of someone else is
 * simply not found.
 */
public interface RequestRepository extends JpaRepository<Request, UUID> {

	Optional<Request> findByReferenceAndAccountId(String reference, UUID accountId);

	Optional<Request> findByPublicIdAndAccountId(String publicId, UUID accountId);

	/** The same, with the row locked until the end of the transaction (submission). */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from Request r where r.publicId = ?1 and r.accountId = ?2")
	Optional<Request> lockByPublicIdAndAccountId(String publicId, UUID accountId);

	Optional<Request> findByReference(String reference);

	Optional<Request> findBySubmissionKey(String submissionKey);

	boolean existsByReference(String reference);

	boolean existsByPublicIdAndStatus(String publicId, RequestStatus status);

	Optional<Request> findByPublicIdAndStatus(String publicId, RequestStatus status);

	/** The ids among those given that are still requests or drafts (the files' purge). */
	@Query("select r.id from Request r where r.id in ?1")
	List<UUID> existingIds(java.util.Collection<UUID> ids);

	Optional<Request> findBySubmissionKeyAndAccountId(String submissionKey, UUID accountId);

	Optional<Request> findFirstByAccountIdAndProcedureCodeAndStatusOrderByCreatedAtDesc(UUID accountId,
			String procedureCode, RequestStatus status);

	/** The account's drafts, last saved first, without their answers. */
	@Query("select new fr.comptecitoyen.request.internal.DraftRow(r.publicId, r.procedureCode, r.title, r.memberName, "
			+ "r.updatedAt) from Request r where r.accountId = :accountId "
			+ "and r.status = fr.comptecitoyen.request.RequestStatus.DRAFT order by r.updatedAt desc")
	List<DraftRow> draftsOf(UUID accountId);

	/** The account's drafts of one procedure, last saved first. */
	List<Request> findByAccountIdAndProcedureCodeAndStatusOrderByUpdatedAtDesc(UUID accountId, String procedureCode,
			RequestStatus status);

	/** Everything the account sent or started, with its history (the data export). */
	@Query("select distinct r from Request r left join fetch r.history where r.accountId = :accountId "
			+ "order by r.createdAt desc")
	List<Request> everythingOf(UUID accountId);

	List<Request> findByAccountIdAndStatusNotOrderBySubmittedAtDesc(UUID accountId, RequestStatus status,
			Pageable page);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from Request r where r.publicId = ?1 and r.accountId is null and r.enteredBy is null")
	Optional<Request> lockVisitorDraft(String publicId);

	@Query("select r from Request r where r.publicId = ?1 and r.accountId is null and r.enteredBy is null")
	Optional<Request> findVisitorRequest(String publicId);

	@Query("select r from Request r where r.submissionKey = ?1 and r.accountId is null and r.enteredBy is null")
	Optional<Request> findVisitorSubmission(String submissionKey);

	/** A request an agent entered (draft or sent), by its public id, if that agent's. */
	@Query("select r from Request r where r.publicId = ?1 and r.enteredBy = ?2")
	Optional<Request> findAgentEntry(String publicId, UUID staffId);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from Request r where r.publicId = ?1 and r.enteredBy = ?2")
	Optional<Request> lockAgentEntry(String publicId, UUID staffId);

	@Query("select r from Request r where r.submissionKey = ?1 and r.enteredBy = ?2")
	Optional<Request> findAgentSubmission(String submissionKey, UUID staffId);

	/**
	 * Drafts no one can come back to: a visitor's saved last before the first instant, an
	 * agent's entry saved last before the second (never a citizen's draft).
	 */
	@Query("select r from Request r where r.status = fr.comptecitoyen.request.RequestStatus.DRAFT "
			+ "and r.accountId is null and ((r.enteredBy is null and r.updatedAt < ?1) "
			+ "or (r.enteredBy is not null and r.updatedAt < ?2))")
	List<Request> abandonedDrafts(java.time.Instant visitorsBefore, java.time.Instant agentsBefore, Pageable page);

	/** The drafts an agent started for others and has not sent, last saved first. */
	@Query("select r from Request r where r.enteredBy = ?1 and r.status = fr.comptecitoyen.request.RequestStatus.DRAFT "
			+ "order by r.updatedAt desc")
	List<Request> agentDrafts(UUID staffId);

	@Query("select distinct r from Request r left join fetch r.history where r.trackingHash = ?1 "
			+ "and r.accountId is null")
	Optional<Request> findByTrackingHash(String trackingHash);

	/**
	 * A visitor's sent request by its tracking token: a token of the wrong shape is not
	 * looked up; the lookup is by the token's hash.
	 * @param token from the tracking link, may be {@code null}
	 * @return empty for a wrong or altered token, a draft, or a request attached to an
	 * account
	 */
	default Optional<Request> findSentByTrackingToken(String token) {
		if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
			return Optional.empty();
		}
		return findByTrackingHash(SecretTokens.sha256(token))
			.filter((request) -> request.getAccountId() == null && request.getStatus() != RequestStatus.DRAFT);
	}

	@Query("select r from Request r where r.accountId is null and lower(r.visitorEmail) = lower(?1) "
			+ "and r.status <> fr.comptecitoyen.request.RequestStatus.DRAFT order by r.submittedAt desc")
	List<Request> visitorRequestsOf(String email);

}
