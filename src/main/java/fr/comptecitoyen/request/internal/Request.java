package fr.comptecitoyen.request.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import fr.comptecitoyen.request.IllegalTransitionException;
import fr.comptecitoyen.request.RequestEvents.AnswerLine;
import fr.comptecitoyen.request.RequestEvents.Decision;
import fr.comptecitoyen.request.RequestEvents.RequestRef;
import fr.comptecitoyen.request.EntryChannel;
import fr.comptecitoyen.request.RequestStatus;
import fr.comptecitoyen.request.Transition;
import fr.comptecitoyen.request.internal.HistoryEntry.Actor;
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

import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

/**
 * A request (demande), from draft to decision. Its status changes only through the verbs
 * below, each checked against {@link Transition}'s table, recorded in the history, and
 * raising the event the table names (published when the request is saved, see
 * {@link #pendingEvents()}).
 *
 * <p>
 * Each verb takes {@code email}, the address its event writes to: the account's current
 * address (a visitor's request writes to the address it keeps, and ignores it).
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

	@Column(name = "tracking_hash", unique = true, length = 64)
	private String trackingHash;

	@Column(name = "tracking_sealed", length = 200)
	private String trackingSealed;

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

	@Column(name = "assigned_staff_id")
	private UUID assignedStaffId;

	@Column(name = "assigned_name", length = 200)
	private String assignedName;

	@Column(name = "citizen_name", length = 250)
	private String citizenName;

	@Column(name = "citizen_key", length = 250)
	private String citizenKey;

	@Column(name = "citizen_email", length = 254)
	private String citizenEmail;

	@Column(name = "submitted_pending", nullable = false)
	private boolean submittedPending;

	@Column(name = "entered_by")
	private UUID enteredBy;

	@Column(name = "entered_by_name", length = 200)
	private String enteredByName;

	@Enumerated(EnumType.STRING)
	@Column(name = "entry_channel", length = 10)
	private EntryChannel entryChannel;

	@Column(name = "entered_for")
	private UUID enteredFor;

	@Column(name = "postal_address", length = 500)
	private String postalAddress;

	@Version
	private long version;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "request_id", insertable = false, updatable = false)
	@OrderBy("position")
	private List<HistoryEntry> history = new ArrayList<>();

	private final transient List<Object> events = new ArrayList<>();

	/** The tracking page given to the submission's event only (its token is not kept). */
	private transient String trackingPath;

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

	/**
	 * The citizen sends the draft: it gets its reference, and the acknowledgement event
	 * carries the answers as the citizen reads them.
	 */
	public void submit(String reference, String submissionKey, String actorName, String email, List<AnswerLine> summary,
			List<String> toBring, Instant now) {
		Transition.SUBMIT.target(this.status);
		this.reference = reference;
		this.submissionKey = submissionKey;
		this.submittedAt = now;
		move(Transition.SUBMIT, Actor.CITIZEN, actorName, email, null, null, List.copyOf(summary), List.copyOf(toBring),
				now);
	}

	/**
	 * A visitor sends the draft (no account): the address to write to is kept, and the
	 * tracking link's token is stored as its hash; the acknowledgement carries the link.
	 * @param trackingHash the SHA-256 of the token
	 * @param trackingSealed the token sealed ({@code SealedTokens}), for later emails
	 * @param trackingPath {@code /suivi/{token}}, for the acknowledgement only
	 */
	public void submitAsVisitor(String reference, String submissionKey, String email, String trackingHash,
			String trackingSealed, String trackingPath, List<AnswerLine> summary, List<String> toBring, Instant now) {
		if (this.accountId != null) {
			throw new IllegalStateException("A citizen's draft is sent with submit()");
		}
		Transition.SUBMIT.target(this.status);
		this.visitorEmail = email;
		this.trackingHash = trackingHash;
		this.trackingSealed = trackingSealed;
		this.trackingPath = trackingPath;
		this.reference = reference;
		this.submissionKey = submissionKey;
		this.submittedAt = now;
		move(Transition.SUBMIT, Actor.CITIZEN, email, email, null, null, List.copyOf(summary), List.copyOf(toBring),
				now);
		this.trackingPath = null;
	}

	/**
	 * This draft is entered by an agent for someone at the counter or on the phone: the
	 * agent alone sees and sends it. The person is named now; their account (if any)
	 * becomes the owner when it is sent, so that it never shows among their drafts.
	 * @param staffId the agent
	 * @param agentName the agent's display name (timeline)
	 * @param channel counter or phone
	 * @param account the person's account, or null
	 * @param name the person's "Prénom Nom"
	 * @param nameKey their name as the queue sorts and searches it
	 * @param email the address to write to (the account's, or one given), or null
	 * @param postalAddress where to write when there is no address, or null
	 */
	public void enteredByAgent(UUID staffId, String agentName, EntryChannel channel, UUID account, String name,
			String nameKey, String email, String postalAddress) {
		if (this.status != RequestStatus.DRAFT || this.accountId != null) {
			throw new IllegalStateException("Only a new draft without an owner is entered by an agent");
		}
		this.enteredBy = staffId;
		this.enteredByName = agentName;
		this.entryChannel = channel;
		this.enteredFor = account;
		this.citizenName = name;
		this.citizenKey = nameKey;
		this.citizenEmail = email;
		this.postalAddress = postalAddress;
	}

	/**
	 * The agent sends the draft they entered: it goes to the person's account if they
	 * have one (their Mes Demandes, the usual emails), else it is tracked like a
	 * visitor's (by the link emailed to the address given, or by post when only a postal
	 * address was given). The timeline says who entered it and how.
	 * @param trackingHash the SHA-256 of the tracking token (no account, an address
	 * given), or null
	 * @param trackingSealed the token sealed, or null
	 * @param trackingPath {@code /suivi/{token}} for the acknowledgement, or null
	 */
	public void submitEnteredByAgent(String reference, String submissionKey, String email, String trackingHash,
			String trackingSealed, String trackingPath, List<AnswerLine> summary, List<String> toBring, Instant now) {
		if (this.enteredBy == null) {
			throw new IllegalStateException("Not a draft entered by an agent");
		}
		Transition.SUBMIT.target(this.status);
		this.accountId = this.enteredFor;
		if (this.accountId == null) {
			this.visitorEmail = email;
			this.trackingHash = trackingHash;
			this.trackingSealed = trackingSealed;
			this.trackingPath = trackingPath;
		}
		this.reference = reference;
		this.submissionKey = submissionKey;
		this.submittedAt = now;
		move(Transition.SUBMIT, Actor.AGENT, this.enteredByName, email, null, null, List.copyOf(summary),
				List.copyOf(toBring), this.entryChannel.name(), now);
		this.trackingPath = null;
	}

	/**
	 * A visitor's sent request joins the account of the citizen who proved they own its
	 * address: it then appears in their Mes Demandes, and its tracking link stops
	 * working.
	 * @throws IllegalStateException when it already belongs to an account or is a draft
	 */
	public void attachTo(UUID account, Instant now) {
		if (this.accountId != null || this.status == RequestStatus.DRAFT) {
			throw new IllegalStateException("Only a visitor's sent request can be attached");
		}
		this.accountId = account;
		this.trackingHash = null;
		this.trackingSealed = null;
		this.updatedAt = now;
	}

	/**
	 * Someone at the town hall takes the request in charge, named but without a staff
	 * account (demo data, an import): the back office shows the name as the assignee, and
	 * no agent's "mine" holds it.
	 */
	public void takeInCharge(String agent, String email, Instant now) {
		move(Transition.TAKE_IN_CHARGE, Actor.AGENT, agent, email, null, null, List.of(), List.of(), now);
		this.assignedStaffId = null;
		this.assignedName = agent;
	}

	/**
	 * An agent takes the request in charge and becomes its assignee (the queue's "mine"
	 * and assigned-agent filter).
	 * @param staffId the agent's staff id
	 */
	public void takeInCharge(UUID staffId, String agent, String email, Instant now) {
		takeInCharge(agent, email, now);
		this.assignedStaffId = staffId;
		this.assignedName = agent;
	}

	/**
	 * Who sends the request, as the back office's queue searches and shows it: kept as it
	 * is at submission (the account may change later).
	 * @param name the name as shown ("Camille Martin")
	 * @param key the name as searched: "nom prénom", lower case, without accents
	 * @param email the address, lower case
	 * @param pending whether the account is still temporary
	 */
	public void sentBy(String name, String key, String email, boolean pending) {
		this.citizenName = name;
		this.citizenKey = key;
		this.citizenEmail = email;
		this.submittedPending = pending;
	}

	/** The department asks the citizen for something. */
	public void askCitizen(String agent, String message, String email, Instant now) {
		move(Transition.ASK_CITIZEN, Actor.AGENT, agent, email, message, null, List.of(), List.of(), now);
	}

	/** The citizen answers what the department asked. */
	public void citizenAnswers(String actorName, String message, String email, Instant now) {
		move(Transition.CITIZEN_ANSWERS, Actor.CITIZEN, actorName, email, message, null, List.of(), List.of(), now);
	}

	/**
	 * An agent records the answer the citizen gave at the counter, on the phone or by
	 * post (the same verb as an answer online, written by the agent).
	 */
	public void answerReceivedBy(String agent, String message, String email, Instant now) {
		move(Transition.CITIZEN_ANSWERS, Actor.AGENT, agent, email, message, null, List.of(), List.of(), now);
	}

	/** Decision: accord, with an optional comment. */
	public void accept(String agent, String comment, String email, Instant now) {
		move(Transition.ACCEPT, Actor.AGENT, agent, email, comment, null, List.of(), List.of(), now);
		decide(Decision.ACCEPTED, comment, now);
	}

	/**
	 * Decision: refus, with its motive.
	 * @throws IllegalArgumentException when the motive is blank
	 */
	public void refuse(String agent, String motive, String email, Instant now) {
		if (motive == null || motive.isBlank()) {
			throw new IllegalArgumentException("A refusal needs a motive");
		}
		move(Transition.REFUSE, Actor.AGENT, agent, email, motive, null, List.of(), List.of(), now);
		decide(Decision.REFUSED, motive, now);
	}

	/** Closes the request. */
	public void close(String agent, String comment, String email, Instant now) {
		move(Transition.CLOSE, Actor.AGENT, agent, email, comment, null, List.of(), List.of(), now);
	}

	/** The citizen withdraws the request before a decision. */
	public void withdraw(String actorName, String email, Instant now) {
		move(Transition.WITHDRAW, Actor.CITIZEN, actorName, email, null, null, List.of(), List.of(), now);
	}

	/**
	 * An information message from the department, possibly about a date: recorded, the
	 * status stays.
	 */
	public void sendInformation(String agent, String message, LocalDate date, String email, Instant now) {
		move(Transition.INFORMATION, Actor.AGENT, agent, email, message, date, List.of(), List.of(), now);
	}

	/**
	 * The request is given to an agent of its department (status unchanged).
	 * @param agent the display name of who assigns it
	 * @param staffId the assignee's staff id
	 * @param name the assignee's display name
	 */
	public void assign(String agent, UUID staffId, String name, String email, Instant now) {
		move(Transition.ASSIGN, Actor.AGENT, agent, email, null, null, List.of(), List.of(), name, now);
		this.assignedStaffId = staffId;
		this.assignedName = name;
	}

	/**
	 * The department asks another department for an opinion (internal).
	 * @param department the code of the department asked
	 * @param question what is asked
	 */
	public void askOpinion(String agent, String department, String question, String email, Instant now) {
		move(Transition.ASK_OPINION, Actor.AGENT, agent, email, question, null, List.of(), List.of(), department, now);
	}

	/**
	 * The department asked gives its opinion (internal).
	 * @param department the code of the department answering
	 * @param opinion the text of the opinion
	 */
	public void giveOpinion(String agent, String department, String opinion, String email, Instant now) {
		move(Transition.GIVE_OPINION, Actor.AGENT, agent, email, opinion, null, List.of(), List.of(), department, now);
	}

	/**
	 * An administrator reopens a decided or closed request: it goes back to instruction
	 * and its decision is forgotten.
	 * @throws IllegalArgumentException when the reason is blank
	 */
	public void reopen(String agent, String reason, String email, Instant now) {
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("Reopening needs a reason");
		}
		move(Transition.REOPEN, Actor.AGENT, agent, email, reason, null, List.of(), List.of(), now);
		this.decision = null;
		this.motive = null;
		this.decidedAt = null;
	}

	/**
	 * The events raised by the verbs applied since the last save, in order; the
	 * repository publishes them on {@code save} (in the transaction of the change) and
	 * then forgets them.
	 */
	@DomainEvents
	public List<Object> pendingEvents() {
		return Collections.unmodifiableList(this.events);
	}

	@AfterDomainEventPublication
	void clearEvents() {
		this.events.clear();
	}

	private void decide(Decision decision, String motive, Instant now) {
		this.decision = decision;
		this.motive = motive;
		this.decidedAt = now;
	}

	/**
	 * Applies one verb of the table: checked, written to the history, its event
	 * registered.
	 */
	private void move(Transition transition, Actor actor, String actorName, String email, String comment,
			LocalDate date, List<AnswerLine> summary, List<String> toBring, Instant now) {
		move(transition, actor, actorName, email, comment, date, summary, toBring, null, now);
	}

	private void move(Transition transition, Actor actor, String actorName, String email, String comment,
			LocalDate date, List<AnswerLine> summary, List<String> toBring, String target, Instant now) {
		RequestStatus from = this.status;
		this.status = transition.target(from);
		this.updatedAt = now;
		this.history.add(new HistoryEntry(this.id, this.history.size(), now, actor, actorName, transition, from,
				this.status, comment, target, date));
		RequestRef ref = new RequestRef(this.id, this.reference, this.accountId,
				(this.accountId != null) ? email : this.visitorEmail, this.procedureCode, this.title, this.department,
				this.trackingPath);
		this.events
			.add(transition.event(new Transition.Facts(ref, actorName, comment, date, summary, toBring, target, now)));
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

	/**
	 * The SHA-256 of a visitor's tracking token; {@code null} for a citizen's request.
	 */
	public String getTrackingHash() {
		return this.trackingHash;
	}

	/** A visitor's tracking token, sealed; {@code null} for a citizen's request. */
	public String getTrackingSealed() {
		return this.trackingSealed;
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

	public UUID getAssignedStaffId() {
		return this.assignedStaffId;
	}

	public String getAssignedName() {
		return this.assignedName;
	}

	public String getCitizenName() {
		return this.citizenName;
	}

	public boolean isSubmittedPending() {
		return this.submittedPending;
	}

	/** The optimistic-locking version, carried by the back office's forms. */
	/** The agent who entered the request for someone, or null. */
	public UUID getEnteredBy() {
		return this.enteredBy;
	}

	/** That agent's display name, or null. */
	public String getEnteredByName() {
		return this.enteredByName;
	}

	/** How a request entered by an agent came in, or null. */
	public EntryChannel getEntryChannel() {
		return this.entryChannel;
	}

	/** The account a draft entered by an agent is for, or null. */
	public UUID getEnteredFor() {
		return this.enteredFor;
	}

	/** The postal address to answer to (no email address given), or null. */
	public String getPostalAddress() {
		return this.postalAddress;
	}

	/** The sender's email address as the queue shows it, or null. */
	public String getCitizenEmail() {
		return this.citizenEmail;
	}

	public long getVersion() {
		return this.version;
	}

	public List<HistoryEntry> getHistory() {
		return Collections.unmodifiableList(this.history);
	}

}
