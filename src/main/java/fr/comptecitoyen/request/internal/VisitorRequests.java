package fr.comptecitoyen.request.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import fr.comptecitoyen.catalogue.Audience;
import fr.comptecitoyen.catalogue.Procedure;
import fr.comptecitoyen.form.Answers;
import fr.comptecitoyen.form.FormContext;
import fr.comptecitoyen.form.FormEngine;
import fr.comptecitoyen.request.CitizenRequests;
import fr.comptecitoyen.request.DepartmentDirectory;
import fr.comptecitoyen.request.RequestNotFoundException;
import fr.comptecitoyen.request.RequestStatus;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests without an account, for procedures whose file says {@code audience: ANYONE}
 * (civil-status certificates): drafts kept server-side like a citizen's, but owned by no
 * account (the web layer ties each one to the visitor's session), and the read-only
 * tracking of a sent request by its link's token. A procedure that needs an account never
 * gets a visitor draft.
 */
@Service
public class VisitorRequests {

	private final RequestRepository requests;

	private final DraftService drafts;

	private final FormEngine engine;

	private final References references;

	private final JsonMapper json;

	private final DepartmentDirectory departments;

	private final Clock clock;

	VisitorRequests(RequestRepository requests, DraftService drafts, FormEngine engine, References references,
			JsonMapper json, DepartmentDirectory departments, Clock clock) {
		this.departments = departments;
		this.requests = requests;
		this.drafts = drafts;
		this.engine = engine;
		this.references = references;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * A new visitor draft of the procedure's current revision, on its first step.
	 * @return the draft's public id
	 * @throws IllegalArgumentException when the procedure needs an account
	 */
	@Transactional
	public String start(Procedure procedure) {
		if (procedure.audience() != Audience.ANYONE) {
			throw new IllegalArgumentException(procedure.code() + " needs an account");
		}
		Instant now = this.clock.instant();
		Answers answers = Answers.empty();
		Request draft = new Request(this.references.draftId(), null, null, procedure.code(), procedure.revision(),
				procedure.title(), procedure.category().slug(), procedure.department(), answers.toJson(this.json), now);
		draft.saveDraft(draft.getAnswers(), this.engine.firstStep(procedure.form(), answers), null, null, now);
		return this.requests.save(draft).getPublicId();
	}

	/**
	 * A visitor's request (draft or sent) by its public id; never a citizen's, never one
	 * of a procedure that needs an account.
	 */
	@Transactional(readOnly = true)
	public Optional<Request> find(String publicId) {
		return this.requests.findVisitorRequest(publicId)
			.filter((request) -> this.drafts.procedure(request).audience() == Audience.ANYONE);
	}

	/** Saves a visitor draft's answers and step, as typed. */
	@Transactional
	public void save(String publicId, Answers answers, int step) {
		this.requests.findVisitorRequest(publicId)
			.filter((request) -> request.getStatus() == RequestStatus.DRAFT)
			.ifPresent((draft) -> draft.saveDraft(answers.toJson(this.json), step, null, null, this.clock.instant()));
	}

	/** What the form engine knows about a visitor: nothing to prefill, no household. */
	public FormContext context() {
		return FormContext.none();
	}

	/**
	 * The sent request a tracking token opens, as its page shows it; empty for a wrong or
	 * altered token, or once the request was attached to an account.
	 */
	@Transactional(readOnly = true)
	public Optional<CitizenRequests.Details> tracked(String token) {
		return this.requests.findSentByTrackingToken(token)
			.map((request) -> CitizenRequestService.details(request, this.departments));
	}

	/**
	 * The visitor answers the department's question from the tracking page: the request
	 * comes back to the department's queue, as a citizen's answer does.
	 * @param token the tracking token
	 * @param message the answer, already checked ({@code AnswerForm})
	 * @throws RequestNotFoundException for a wrong token
	 * @throws fr.comptecitoyen.request.IllegalTransitionException when no answer is
	 * awaited
	 */
	@Transactional
	public void answer(String token, String message) {
		Request request = this.requests.findSentByTrackingToken(token)
			.orElseThrow(() -> new RequestNotFoundException(null));
		request.citizenAnswers(request.getVisitorEmail(), message.strip(), request.getVisitorEmail(),
				this.clock.instant());
		this.requests.save(request);
	}

	/** A visitor's sent request by its reference (for its confirmation page). */
	@Transactional(readOnly = true)
	public Optional<Request> sent(String reference) {
		return this.requests.findByReference(reference)
			.filter((request) -> request.getAccountId() == null && request.getStatus() != RequestStatus.DRAFT);
	}

	/** The revision a request is pinned to. */
	public Procedure procedure(Request request) {
		return this.drafts.procedure(request);
	}

	/** The stored answers of a request. */
	public Answers answers(Request request) {
		return this.drafts.answers(request);
	}

	/** The sent visitor requests made from that address, newest first. */
	@Transactional(readOnly = true)
	public List<Request> sentFrom(String email) {
		return this.requests.visitorRequestsOf(email);
	}

}
