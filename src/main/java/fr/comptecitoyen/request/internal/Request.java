package fr.comptecitoyen.request.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import fr.comptecitoyen.request.IllegalTransitionException;
import fr.comptecitoyen.request.RequestEvents.Decision;
import fr.comptecitoyen.request.RequestStatus;
import fr.comptecitoyen.request.Transition;
import fr.comptecitoyen.request.internal.HistoryEntry.Actor;
import fr.comptecitoyen.request.internal.HistoryEntry.Verb;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A request (demande), from draft to decision. Its status changes only through the verbs
 * below, each checked against {@link Transition}'s table and recorded in the history.
 */
@Entity
@Table(name = "citizen_request")
public class Request {

	@Id
	private UUID id;

	@Column(name = "public_id", nullable = false, unique = true, length = 24)
	private String publicId;

	@Column(unique = true, length = 40)
	private String reference;

	@Column(name = "account_id")
	private UUID accountId;

	@Column(name = "visitor_email", length = 254)
	private String visitorEmail;

	@Column(name = "procedure_code", nullable = false, length = 20)
	private String procedureCode;

	@Column(name = "procedure_revision", nullable = false)
	private int procedureRevision;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(nullable = false, length = 40)
	private String category;

	@Column(nullable = false, length = 60)
	private String department;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private RequestStatus status;

	@Column(nullable = false, length = 1000000)
	private String answers;

	@Column(name = "current_step", nullable = false)
	private int currentStep;

	@Column(name = "member_public_id", length = 40)
	private String memberPublicId;

	@Column(name = "member_name", length = 200)
	private String memberName;

	@Column(name = "submission_key", unique = true, length = 64)
	private String submissionKey;

	@Enumerated(EnumType.STRING)
	@Column(length = 10)
	private Decision decision;

	@Column(length = 2000)
	private String motive;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Version
	private long version;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "request_id", insertable = false, updatable = false)
	@OrderBy("position")
	private List<HistoryEntry> history = new ArrayList<>();

	protected Request() {
	}

	/**
	 * A new draft, pinned to the procedure revision it starts on.
	 */
	public Request(String publicId, UUID accountId, String visitorEmail, String procedureCode, int revision,
			String title, String category, String department, String answersJson, Instant now) {
		this.id = UUID.randomUUID();
		this.publicId = publicId;
		this.accountId = accountId;
		this.visitorEmail = visitorEmail;
		this.procedureCode = procedureCode;
		this.procedureRevision = revision;
		this.title = title;
		this.category = category;
		this.department = department;
		this.answers = answersJson;
		this.status = RequestStatus.DRAFT;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** Saves the draft's answers and the step the citizen is on. Only drafts change. */
	public void saveDraft(String answersJson, int step, String memberPublicId, String memberName, Instant now) {
		if (this.status != RequestStatus.DRAFT) {
			throw new IllegalTransitionException(Transition.SUBMIT, this.status);
		}
		this.answers = answersJson;
		this.currentStep = step;
		this.memberPublicId = memberPublicId;
		this.memberName = memberName;
		this.updatedAt = now;
	}

	/** The citizen sends the draft: it gets its reference. */
	public void submit(String reference, String submissionKey, String actorName, Instant now) {
		move(Transition.SUBMIT, Actor.CITIZEN, actorName, null, now);
		this.reference = reference;
		this.submissionKey = submissionKey;
		this.submittedAt = now;
	}

	/** An agent takes the request in charge. */
	public void takeInCharge(String agent, Instant now) {
		move(Transition.TAKE_IN_CHARGE, Actor.AGENT, agent, null, now);
	}

	/** The department asks the citizen for something. */
	public void askCitizen(String agent, String message, Instant now) {
		move(Transition.ASK_CITIZEN, Actor.AGENT, agent, message, now);
	}

	/** The citizen answers what the department asked. */
	public void citizenAnswers(String actorName, String message, Instant now) {
		move(Transition.CITIZEN_ANSWERS, Actor.CITIZEN, actorName, message, now);
	}

	/** Decision: accord, with an optional comment. */
	public void accept(String agent, String comment, Instant now) {
		move(Transition.ACCEPT, Actor.AGENT, agent, comment, now);
		decide(Decision.ACCEPTED, comment, now);
	}

	/** Decision: refus, with its motive (required). */
	public void refuse(String agent, String motive, Instant now) {
		if (motive == null || motive.isBlank()) {
			throw new IllegalArgumentException("A refusal needs a motive");
		}
		move(Transition.REFUSE, Actor.AGENT, agent, motive, now);
		decide(Decision.REFUSED, motive, now);
	}

	/** Closes the request. */
	public void close(String agent, String comment, Instant now) {
		move(Transition.CLOSE, Actor.AGENT, agent, comment, now);
	}

	/** The citizen withdraws the request before a decision. */
	public void withdraw(String actorName, Instant now) {
		move(Transition.WITHDRAW, Actor.CITIZEN, actorName, null, now);
	}

	/** An information message from the department: recorded, the status stays. */
	public void recordInformation(String agent, String message, Instant now) {
		if (this.status == RequestStatus.DRAFT || this.status.isFinal() && this.status != RequestStatus.ACCEPTED) {
			throw new IllegalStateException("No information message on a " + this.status + " request");
		}
		this.history.add(new HistoryEntry(this.id, this.history.size(), now, Actor.AGENT, agent, Verb.INFORMATION,
				this.status, this.status, message));
		this.updatedAt = now;
	}

	private void decide(Decision decision, String motive, Instant now) {
		this.decision = decision;
		this.motive = motive;
		this.decidedAt = now;
	}

	private void move(Transition transition, Actor actor, String actorName, String comment, Instant now) {
		if (!transition.allowedFrom(this.status)) {
			throw new IllegalTransitionException(transition, this.status);
		}
		RequestStatus from = this.status;
		this.status = transition.target();
		this.updatedAt = now;
		this.history.add(new HistoryEntry(this.id, this.history.size(), now, actor, actorName,
				Verb.valueOf(transition.name()), from, this.status, comment));
	}

	public UUID getId() {
		return this.id;
	}

	public String getPublicId() {
		return this.publicId;
	}

	public String getReference() {
		return this.reference;
	}

	public UUID getAccountId() {
		return this.accountId;
	}

	public String getVisitorEmail() {
		return this.visitorEmail;
	}

	public String getProcedureCode() {
		return this.procedureCode;
	}

	public int getProcedureRevision() {
		return this.procedureRevision;
	}

	public String getTitle() {
		return this.title;
	}

	public String getCategory() {
		return this.category;
	}

	public String getDepartment() {
		return this.department;
	}

	public RequestStatus getStatus() {
		return this.status;
	}

	public String getAnswers() {
		return this.answers;
	}

	public int getCurrentStep() {
		return this.currentStep;
	}

	public String getMemberPublicId() {
		return this.memberPublicId;
	}

	public String getMemberName() {
		return this.memberName;
	}

	public String getSubmissionKey() {
		return this.submissionKey;
	}

	public Decision getDecision() {
		return this.decision;
	}

	public String getMotive() {
		return this.motive;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

	public List<HistoryEntry> getHistory() {
		return Collections.unmodifiableList(this.history);
	}

}
