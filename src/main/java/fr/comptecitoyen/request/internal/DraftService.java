package fr.comptecitoyen.request.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import fr.comptecitoyen.account.AccountSummary;
import fr.comptecitoyen.catalogue.Catalogue;
import fr.comptecitoyen.catalogue.Procedure;
import fr.comptecitoyen.form.Answers;
import fr.comptecitoyen.form.FormDefinition;
import fr.comptecitoyen.form.FormEngine;
import fr.comptecitoyen.request.DraftView;
import fr.comptecitoyen.request.Drafts;
import fr.comptecitoyen.request.RequestStatus;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts (brouillons): started from a procedure's current revision and pinned to it,
 * prefilled from the profile and the household, saved with the step the citizen is on
 * (even when what was typed is not valid yet), listed, deleted. Every lookup names the
 * owner.
 */
@Service
public class DraftService implements Drafts {

	/** The "step" of a draft waiting on its Récapitulatif. */
	public static final int SUMMARY = -1;

	/** The "step" of a draft on its Pièces justificatives page. */
	public static final int DOCUMENTS = -2;

	/**
	 * A draft started this recently and never saved since is reused by a second
	 * "Commencer" (a double click, a reload) instead of making a twin.
	 */
	private static final Duration TWIN_WINDOW = Duration.ofMinutes(2);

	private final RequestRepository requests;

	private final Catalogue catalogue;

	private final FormEngine engine;

	private final CitizenForms forms;

	private final References references;

	private final JsonMapper json;

	private final Clock clock;

	private final DraftFiles files;

	DraftService(RequestRepository requests, Catalogue catalogue, FormEngine engine, CitizenForms forms,
			References references, JsonMapper json, Clock clock, DraftFiles files) {
		this.files = files;
		this.requests = requests;
		this.catalogue = catalogue;
		this.engine = engine;
		this.forms = forms;
		this.references = references;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * A new draft of the procedure's current revision for that citizen, prefilled, on its
	 * first visible step.
	 * @return the draft's public id
	 */
	@Transactional
	public String start(AccountSummary account, Procedure procedure) {
		return start(account, procedure, this.clock.instant());
	}

	/** The same, at a given time (the demo's requests were started days ago). */
	@Transactional
	String start(AccountSummary account, Procedure procedure, Instant now) {
		Optional<Request> twin = this.requests
			.findFirstByAccountIdAndProcedureCodeAndStatusOrderByCreatedAtDesc(account.id(), procedure.code(),
					RequestStatus.DRAFT)
			.filter((draft) -> draft.getProcedureRevision() == procedure.revision()
					&& draft.getUpdatedAt().equals(draft.getCreatedAt())
					&& draft.getCreatedAt().isAfter(now.minus(TWIN_WINDOW)));
		if (twin.isPresent()) {
			return twin.get().getPublicId();
		}
		FormDefinition form = procedure.form();
		Answers answers = this.engine.prefill(form, Answers.empty(), this.forms.context(account));
		Request draft = new Request(this.references.draftId(), account.id(), null, procedure.code(),
				procedure.revision(), procedure.title(), procedure.category().slug(), procedure.department(),
				answers.toJson(this.json), now);
		draft.saveDraft(draft.getAnswers(), this.engine.firstStep(form, answers), null, null, now);
		return this.requests.save(draft).getPublicId();
	}

	/** The citizen's drafts of that procedure, last saved first (read only). */
	@Transactional(readOnly = true)
	public List<Request> draftsOf(UUID accountId, String procedureCode) {
		return this.requests.findByAccountIdAndProcedureCodeAndStatusOrderByUpdatedAtDesc(accountId, procedureCode,
				RequestStatus.DRAFT);
	}

	/**
	 * Whether a draft (of anyone) has that public id: what an expired session posted to.
	 */
	@Transactional(readOnly = true)
	public boolean isDraft(String publicId) {
		return this.requests.existsByPublicIdAndStatus(publicId, RequestStatus.DRAFT);
	}

	/** The citizen's sent request with that reference, if theirs (never a draft). */
	@Transactional(readOnly = true)
	public Optional<Request> sent(UUID accountId, String reference) {
		return this.requests.findByReferenceAndAccountId(reference, accountId)
			.filter((found) -> found.getStatus() != RequestStatus.DRAFT);
	}

	/** The citizen's request with that public id (a draft or a sent one), if theirs. */
	@Transactional(readOnly = true)
	public Optional<Request> find(UUID accountId, String publicId) {
		return this.requests.findByPublicIdAndAccountId(publicId, accountId);
	}

	/** The revision a request is pinned to: never the current one by accident. */
	public Procedure procedure(Request request) {
		return this.catalogue.definition(request.getProcedureCode(), request.getProcedureRevision())
			.orElseThrow(() -> new IllegalStateException(
					"Revision " + request.getProcedureRevision() + " of " + request.getProcedureCode() + " is gone"));
	}

	/** The stored answers of a request. */
	public Answers answers(Request request) {
		return Answers.fromJson(request.getAnswers(), this.json);
	}

	/**
	 * Saves a draft's answers and step, as typed.
	 * @return the time of the save, or empty when the draft is not (or no longer) a draft
	 * of that citizen
	 */
	@Transactional
	public Optional<Instant> save(UUID accountId, String publicId, Answers answers, int step) {
		return save(accountId, publicId, answers, step, this.clock.instant());
	}

	/** The same, at a given time. */
	@Transactional
	Optional<Instant> save(UUID accountId, String publicId, Answers answers, int step, Instant now) {
		Optional<Request> found = this.requests.findByPublicIdAndAccountId(publicId, accountId)
			.filter((request) -> request.getStatus() == RequestStatus.DRAFT);
		found.ifPresent((draft) -> {
			Member member = member(procedure(draft).form(), answers);
			draft.saveDraft(answers.toJson(this.json), step, member.id(), member.name(), now);
		});
		return found.map(Request::getUpdatedAt);
	}

	/**
	 * Deletes a draft of that citizen, with its files.
	 * @return whether a draft was deleted
	 */
	@Transactional
	public boolean delete(UUID accountId, String publicId) {
		Optional<Request> found = this.requests.findByPublicIdAndAccountId(publicId, accountId)
			.filter((request) -> request.getStatus() == RequestStatus.DRAFT);
		found.ifPresent(this::deleteWithFiles);
		return found.isPresent();
	}

	/** Deletes a draft and its files (the caller checked whose it is). */
	void deleteWithFiles(Request draft) {
		this.files.deleteAll(draft.getId());
		this.requests.delete(draft);
	}

	@Override
	@Transactional(readOnly = true)
	public List<DraftView> of(UUID accountId) {
		return this.requests.draftsOf(accountId)
			.stream()
			.map((row) -> new DraftView(row.publicId(), row.procedureCode(), row.title(), row.memberName(),
					row.updatedAt(), DraftView.resumePath(row.publicId()), DraftView.deletePath(row.publicId())))
			.toList();
	}

	/**
	 * Who the request is for: the first "pour qui ?" answer (the lists of Mes Demandes
	 * filter on it).
	 */
	static Member member(FormDefinition form, Answers answers) {
		return form.firstMember(answers).map((chosen) -> {
			String name = String.join(" ", String.valueOf(chosen.get("first-name")),
					String.valueOf(chosen.get("last-name")));
			return new Member(String.valueOf(chosen.get("id")), (chosen.get("first-name") != null) ? name : null);
		}).orElse(new Member(null, null));
	}

	record Member(String id, String name) {
	}

}
