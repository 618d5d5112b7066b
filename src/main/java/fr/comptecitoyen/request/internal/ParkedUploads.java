package fr.comptecitoyen.request.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import fr.comptecitoyen.account.PendingInputs;
import fr.comptecitoyen.catalogue.Catalogue;
import fr.comptecitoyen.catalogue.Procedure;
import fr.comptecitoyen.request.RequestStatus;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files posted on a draft's page after the session had expired (issue 12, item 4: nothing
 * posted is lost). They are checked as any upload, then wait as attachments of a holder
 * of their own, never of the draft, so that nothing is written to the draft before its
 * owner signs back in; the owner's next visit with the parking token hands them to the
 * draft ({@link #adopt}). Parked files live {@link PendingInputs#LIFETIME}, then the
 * attachment purge removes them with their holder.
 */
@Service
public class ParkedUploads {

	private final ParkedUploadRepository parked;

	private final RequestRepository requests;

	private final Catalogue catalogue;

	private final DraftFiles files;

	private final Clock clock;

	ParkedUploads(ParkedUploadRepository parked, RequestRepository requests, Catalogue catalogue, DraftFiles files,
			Clock clock) {
		this.parked = parked;
		this.requests = requests;
		this.catalogue = catalogue;
		this.files = files;
		this.clock = clock;
	}

	/**
	 * Files kept apart for a draft.
	 *
	 * @param holderId where they wait
	 * @param problems the files refused by the checks, with their message
	 */
	public record Parked(UUID holderId, List<DraftFiles.Problem> problems) {

		public Parked {
			problems = List.copyOf(problems);
		}

	}

	/**
	 * Keeps the files posted to a citizen's draft, whoever posted them (nobody is signed
	 * in): they reach the draft only through its owner ({@link #adopt}).
	 * @param draftPublicId the draft posted to
	 * @param posted the posted files of the given input names
	 * @return where they wait, or empty when nothing was posted or the draft is not a
	 * citizen's draft
	 */
	@Transactional
	public Optional<Parked> park(String draftPublicId, Function<Collection<String>, List<IncomingFile>> posted) {
		Optional<Request> draft = this.requests.findByPublicIdAndStatus(draftPublicId, RequestStatus.DRAFT)
			.filter((found) -> found.getAccountId() != null);
		if (draft.isEmpty()) {
			return Optional.empty();
		}
		Optional<Procedure> procedure = this.catalogue.definition(draft.get().getProcedureCode(),
				draft.get().getProcedureRevision());
		if (procedure.isEmpty()) {
			return Optional.empty();
		}
		List<IncomingFile> incoming = posted.apply(this.files.slots(procedure.get()));
		if (incoming.isEmpty()) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		this.parked.deleteOlderThan(now.minus(PendingInputs.LIFETIME));
		ParkedUpload parking = this.parked.save(new ParkedUpload(draft.get().getId(), now));
		return Optional.of(new Parked(parking.getHolderId(),
				this.files.receive(parking.getHolderId(), draft.get().getAccountId(), procedure.get(), incoming)));
	}

	/**
	 * Hands the files kept apart to the draft they were posted to (once: the parking is
	 * then forgotten). The caller has checked that the signed-in citizen owns the draft.
	 * @param holderId from {@link #park}
	 * @param draftId the draft
	 * @return the files refused now (the request's total size), in order
	 */
	@Transactional
	public List<DraftFiles.Problem> adopt(UUID holderId, UUID draftId) {
		Optional<ParkedUpload> parking = this.parked.findById(holderId)
			.filter((found) -> found.getDraftId().equals(draftId)
					&& !found.getCreatedAt().isBefore(this.clock.instant().minus(PendingInputs.LIFETIME)));
		if (parking.isEmpty()) {
			return List.of();
		}
		List<DraftFiles.Problem> problems = this.files.adopt(holderId, draftId);
		this.parked.delete(parking.get());
		return problems;
	}

	/** Those of the holders given that are files still waiting for their owner. */
	Set<UUID> live(Collection<UUID> holderIds) {
		return Set.copyOf(this.parked.liveIds(holderIds, this.clock.instant().minus(PendingInputs.LIFETIME)));
	}

}
