package fr.comptecitoyen.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import fr.comptecitoyen.form.StepView;
import fr.comptecitoyen.request.RequestEvents.Decision;

/**
 * A sent request as the back office sees it, and the agents' verbs on it. Every method
 * names the caller's {@link Access}: a request outside it is "not found"
 * ({@link RequestNotFoundException}), so that another department's agent learns nothing.
 * A request shared with the caller's department for an opinion is seen read-only: the
 * only verb then is {@link #giveOpinion}.
 *
 * <p>
 * The lifecycle verbs carry the request's {@code version} as the agent's form showed it:
 * when another agent acted since, {@link RequestChangedException} names who, and nothing
 * is written. Each verb is the aggregate's (checked against {@link Transition}'s table,
 * {@link IllegalTransitionException} when refused), writes the history and publishes its
 * event in the same transaction, so its email goes to the outbox with it.
 */
public interface RequestInstruction {

	/** The longest message, motive, note or opinion (the history column holds 4000). */
	int MAX_TEXT = 4000;

	/**
	 * A sent request, if the caller may see it.
	 * @return empty when it does not exist, is a draft, or is outside the access
	 */
	Optional<Case> find(String reference, Access access);

	/**
	 * The acknowledgement receipt of a sent request the caller may see (PDF, as the
	 * citizen downloads it): printed for someone who came to the counter, or posted to
	 * someone who gave only a postal address.
	 * @return empty when the caller may not see the request
	 */
	Optional<byte[]> receipt(String reference, Access access);

	/**
	 * The request's answers read with the procedure revision they were given on, one
	 * section per visible step (empty when the revision cannot be read any more).
	 */
	List<StepView> answers(Case request);

	/**
	 * What each uploaded file of the request answers, by the file's slot: the label of
	 * the procedure's supporting document, or of the form's file field, read with the
	 * revision the request was sent on (a slot it does not name is absent).
	 */
	java.util.Map<String, String> fileLabels(Case request);

	/** An agent takes the request in charge and becomes its assignee. */
	void takeInCharge(String reference, long version, Access access, Agent agent);

	/** Gives the request to an agent of its department. */
	void assign(String reference, long version, Access access, Agent agent, Agent assignee);

	/**
	 * Asks the citizen for information or documents (the request then awaits them).
	 * @throws IllegalArgumentException when the message is blank or too long
	 */
	void askCitizen(String reference, long version, Access access, Agent agent, String message);

	/**
	 * Records the answer the citizen gave at the counter, on the phone or by post (for
	 * someone without email above all): the request comes back to instruction, as after
	 * an answer online.
	 * @throws IllegalArgumentException when the message is blank or too long
	 */
	void recordAnswer(String reference, long version, Access access, Agent agent, String message);

	/**
	 * Asks another department for its opinion: the request is shared read-only with its
	 * agents until they answer.
	 * @param department the code of the department asked (not the request's own)
	 * @throws IllegalArgumentException when the question is blank or too long, or the
	 * department is the request's own
	 */
	void askOpinion(String reference, long version, Access access, Agent agent, String department, String question);

	/**
	 * The department asked gives its opinion: an internal note, never shown to the
	 * citizen. Not versioned (the asked department does not change the request).
	 * @param department the caller's department the opinion was asked of
	 * @return the id of the opinion's note, which holds the file given with it, if any
	 * @throws RequestNotFoundException when no opinion is awaited from that department
	 */
	UUID giveOpinion(String reference, Access access, Agent agent, String department, String opinion);

	/**
	 * The attestation of the request (a PDF), when it is accepted and its procedure
	 * revision issues one.
	 * @return empty otherwise
	 */
	Optional<byte[]> attestation(Case request);

	/** Whether {@link #attestation} has a document for the request. */
	boolean hasAttestation(Case request);

	/**
	 * The letter (a PDF) carrying one timeline line's message or decision to someone
	 * answered by post.
	 * @param request the request, as {@link #find} gave it
	 * @param line the line's position in {@link Case#timeline()}, from 0
	 * @return empty unless {@link Case#postable} holds for that line
	 */
	Optional<byte[]> letter(Case request, int line);

	/** An information message, possibly about a date (e.g. the bulky-item pickup day). */
	void sendInformation(String reference, long version, Access access, Agent agent, String message, LocalDate date);

	/** Decision: accord, with an optional message. */
	void accept(String reference, long version, Access access, Agent agent, String comment);

	/**
	 * Decision: refus.
	 * @throws IllegalArgumentException when the motive is blank or too long
	 */
	void refuse(String reference, long version, Access access, Agent agent, String motive);

	/** Closes the request (classement sans suite, or after a decision). */
	void close(String reference, long version, Access access, Agent agent, String comment);

	/**
	 * Reopens a decided or closed request (the caller checks the person is an
	 * administrator).
	 * @throws IllegalArgumentException when the reason is blank or too long
	 */
	void reopen(String reference, long version, Access access, Agent agent, String reason);

	/**
	 * Adds an internal note (agents only, never shown to the citizen). Not versioned.
	 * @throws IllegalArgumentException when the text is blank or too long
	 */
	void addNote(String reference, Access access, Agent agent, String text);

	/**
	 * What a staff member may see.
	 *
	 * @param procedureCodes the procedures of the person's departments (full access)
	 * @param departments the person's departments (read-only access to requests shared
	 * with them for an opinion)
	 */
	record Access(Set<String> procedureCodes, Set<String> departments) {

		public Access {
			procedureCodes = Set.copyOf(procedureCodes);
			departments = Set.copyOf(departments);
		}

	}

	/**
	 * A staff member acting.
	 *
	 * @param id the staff id (the request's assignee)
	 * @param username the identifier
	 * @param name the display name (written in the history, shown to colleagues)
	 */
	record Agent(UUID id, String username, String name) {
	}

	/** The verbs whose line writes to the person (an email, or a letter by post). */
	Set<String> POSTED = Set.of("ASK_CITIZEN", "INFORMATION", "ACCEPT", "REFUSE", "REOPEN");

	/**
	 * A request as the back office shows it.
	 *
	 * @param id the request's id (holder of its files and paper originals)
	 * @param version the optimistic-locking version the forms carry
	 * @param accountId the citizen's account, or null for a visitor's request
	 * @param visitorEmail the visitor's address, or null
	 * @param requesterName the sender's name at submission ("Prénom Nom": the account's,
	 * or the one a visitor typed in the form), or null when unknown
	 * @param answers the answers as JSON text
	 * @param timeline every history line, oldest first, internal ones included
	 * @param notes internal notes and opinions given, oldest first
	 * @param opinions opinions asked of other departments, oldest first
	 * @param sharedOnly whether the caller sees it only because an opinion was asked of
	 * their department (read-only)
	 * @param postalAddress where to write to, for a request an agent entered for someone
	 * who gave no email address, else null
	 */
	record Case(UUID id, String reference, String title, String procedureCode, int procedureRevision, String department,
			RequestStatus status, long version, UUID accountId, String visitorEmail, String requesterName,
			String memberName, Instant submittedAt, Decision decision, String motive, Instant decidedAt,
			UUID assigneeId, String assigneeName, String answers, List<Line> timeline, List<Note> notes,
			List<Opinion> opinions, boolean sharedOnly, String postalAddress) {

		/** Whether the verb is allowed from the request's status. */
		public boolean allows(String verb) {
			return !this.sharedOnly && Transition.valueOf(verb).allowedFrom(this.status);
		}

		/** The opinions still awaited from one of these departments. */
		public List<Opinion> awaitedFrom(Set<String> departments) {
			return this.opinions.stream()
				.filter((o) -> o.answeredAt() == null && departments.contains(o.department()))
				.toList();
		}

		/**
		 * Whether the request is answered by post (entered by an agent for someone who
		 * gave only a postal address) and this line writes to the person: a question, an
		 * information message, a decision, a reopening. The back office prints it as a
		 * letter, as an email would have carried it.
		 */
		public boolean postable(Line line) {
			return answeredByPost() && !line.internal() && POSTED.contains(line.verb());
		}

		/**
		 * Whether the person is answered by post only: entered by an agent for someone
		 * who gave a postal address and no email (no email, no reminder reaches them).
		 */
		public boolean answeredByPost() {
			return this.accountId == null && this.visitorEmail == null && this.postalAddress != null;
		}

		/** The lines that carry a message between the department and the citizen. */
		public List<Line> messages() {
			return this.timeline.stream()
				.filter((l) -> !l.internal() && l.comment() != null && !l.comment().isBlank())
				.toList();
		}

	}

	/**
	 * One history line.
	 *
	 * @param byCitizen whether the citizen did it
	 * @param actorName who did it (an agent's display name, or the citizen's identifier)
	 * @param verb a {@link Transition} name
	 * @param comment the message, question, answer, motive or reason, if any
	 * @param target the assignee's name or the department of an opinion, if any
	 * @param internal whether the citizen never sees it
	 * @param date the date an information message is about, or null
	 */
	record Line(Instant at, boolean byCitizen, String actorName, String verb, RequestStatus to, String comment,
			String target, boolean internal, LocalDate date) {
	}

	/**
	 * An internal note, or an opinion given by another department.
	 *
	 * @param id the note's id (holder of the file given with an opinion)
	 * @param department the department that gave the opinion, or null for a note
	 */
	record Note(UUID id, Instant at, String author, String department, boolean opinion, String body) {
	}

	/**
	 * An opinion asked of another department.
	 *
	 * @param answeredAt when it was given, or null while awaited
	 */
	record Opinion(String department, String question, String askedBy, Instant askedAt, String answeredBy,
			Instant answeredAt) {
	}

}
