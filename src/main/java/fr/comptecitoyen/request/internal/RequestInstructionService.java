package fr.comptecitoyen.request.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.comptecitoyen.form.StepView;
import fr.comptecitoyen.request.RequestChangedException;
import fr.comptecitoyen.request.RequestInstruction;
import fr.comptecitoyen.request.RequestNotFoundException;
import fr.comptecitoyen.request.RequestStatus;
import fr.comptecitoyen.request.internal.HistoryEntry.Actor;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The back office's side of requests (see {@link RequestInstruction}): every lookup
 * checks the caller's access in the service itself, each lifecycle verb compares the
 * version the agent saw before applying the aggregate's verb, and the opinions and
 * internal notes live in their own tables ({@code request_opinion},
 * {@code request_note}), which no citizen-facing query reads.
 */
@Service
class RequestInstructionService implements RequestInstruction {

	private final RequestRepository requests;

	private final RequestReceipts receipts;

	private final RequestLifecycleService lifecycle;

	private final AnswerSteps steps;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final RequestAttestations attestations;

	private final RequestLetters letters;

	RequestInstructionService(RequestRepository requests, RequestLifecycleService lifecycle, AnswerSteps steps,
			JdbcTemplate jdbc, Clock clock, RequestReceipts receipts, RequestAttestations attestations,
			RequestLetters letters) {
		this.letters = letters;
		this.receipts = receipts;
		this.attestations = attestations;
		this.requests = requests;
		this.lifecycle = lifecycle;
		this.steps = steps;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Case> find(String reference, Access access) {
		return visible(reference, access).map((request) -> toCase(request, !handles(request, access)));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<byte[]> receipt(String reference, Access access) {
		return visible(reference, access).map(this.receipts::pdfOf);
	}

	@Override
	public List<StepView> answers(Case request) {
		return this.steps.of(request.procedureCode(), request.procedureRevision(), request.answers());
	}

	@Override
	public java.util.Map<String, String> fileLabels(Case request) {
		return this.steps.fileLabels(request.procedureCode(), request.procedureRevision());
	}

	@Override
	@Transactional
	public void takeInCharge(String reference, long version, Access access, Agent agent) {
		act(reference, version, access, (r, email, now) -> r.takeInCharge(agent.id(), agent.name(), email, now));
	}

	@Override
	@Transactional
	public void assign(String reference, long version, Access access, Agent agent, Agent assignee) {
		act(reference, version, access,
				(r, email, now) -> r.assign(agent.name(), assignee.id(), assignee.name(), email, now));
	}

	@Override
	@Transactional
	public void askCitizen(String reference, long version, Access access, Agent agent, String message) {
		String text = required(message);
		act(reference, version, access, (r, email, now) -> r.askCitizen(agent.name(), text, email, now));
	}

	@Override
	@Transactional
	public void recordAnswer(String reference, long version, Access access, Agent agent, String message) {
		String text = required(message);
		act(reference, version, access, (r, email, now) -> r.answerReceivedBy(agent.name(), text, email, now));
	}

	@Override
	@Transactional
	public void askOpinion(String reference, long version, Access access, Agent agent, String department,
			String question) {
		String text = required(question);
		if (department == null || department.isBlank()) {
			throw new IllegalArgumentException("No department");
		}
		Request request = act(reference, version, access, (r, email, now) -> {
			if (r.getDepartment().equals(department)) {
				throw new IllegalArgumentException("An opinion is asked of another department");
			}
			r.askOpinion(agent.name(), department, text, email, now);
		});
		this.jdbc.update(
				"insert into request_opinion (id, request_id, department, question, asked_by, asked_at) "
						+ "values (?, ?, ?, ?, ?, ?)",
				UUID.randomUUID(), request.getId(), department, text, agent.name(),
				Timestamp.from(this.clock.instant()));
	}

	@Override
	@Transactional
	public UUID giveOpinion(String reference, Access access, Agent agent, String department, String opinion) {
		String text = required(opinion);
		if (!access.departments().contains(department)) {
			throw new RequestNotFoundException(reference);
		}
		Request request = visible(reference, access).orElseThrow(() -> new RequestNotFoundException(reference));
		Instant now = this.clock.instant();
		int answered = this.jdbc.update(
				"update request_opinion set answered_by = ?, answered_at = ? "
						+ "where request_id = ? and department = ? and answered_at is null",
				agent.name(), Timestamp.from(now), request.getId(), department);
		if (answered == 0) {
			throw new RequestNotFoundException(reference);
		}
		request.giveOpinion(agent.name(), department, text, this.lifecycle.emailOf(request), now);
		this.requests.save(request);
		return note(request.getId(), "OPINION", department, agent.name(), text, now);
	}

	@Override
	public Optional<byte[]> attestation(Case request) {
		return this.attestations.ofRequest(request.id()).map(RequestPdf::content);
	}

	@Override
	public Optional<byte[]> letter(Case request, int line) {
		return this.letters.of(request, line);
	}

	@Override
	public boolean hasAttestation(Case request) {
		return this.attestations.available(request.procedureCode(), request.procedureRevision(), request.status(),
				request.decision());
	}

	@Override
	@Transactional
	public void sendInformation(String reference, long version, Access access, Agent agent, String message,
			LocalDate date) {
		String text = required(message);
		act(reference, version, access, (r, email, now) -> r.sendInformation(agent.name(), text, date, email, now));
	}

	@Override
	@Transactional
	public void accept(String reference, long version, Access access, Agent agent, String comment) {
		String text = optional(comment);
		act(reference, version, access, (r, email, now) -> r.accept(agent.name(), text, email, now));
	}

	@Override
	@Transactional
	public void refuse(String reference, long version, Access access, Agent agent, String motive) {
		String text = required(motive);
		act(reference, version, access, (r, email, now) -> r.refuse(agent.name(), text, email, now));
	}

	@Override
	@Transactional
	public void close(String reference, long version, Access access, Agent agent, String comment) {
		String text = optional(comment);
		act(reference, version, access, (r, email, now) -> r.close(agent.name(), text, email, now));
	}

	@Override
	@Transactional
	public void reopen(String reference, long version, Access access, Agent agent, String reason) {
		String text = required(reason);
		act(reference, version, access, (r, email, now) -> r.reopen(agent.name(), text, email, now));
	}

	@Override
	@Transactional
	public void addNote(String reference, Access access, Agent agent, String text) {
		String body = required(text);
		Request request = visible(reference, access).filter((r) -> handles(r, access))
			.orElseThrow(() -> new RequestNotFoundException(reference));
		note(request.getId(), "NOTE", null, agent.name(), body, this.clock.instant());
	}

	/**
	 * Applies a lifecycle verb to a request the caller handles, if it is still the
	 * version the agent saw, and saves (which publishes the verb's event).
	 */
	private Request act(String reference, long version, Access access, RequestLifecycleService.Verb verb) {
		Request request = visible(reference, access).filter((r) -> handles(r, access))
			.orElseThrow(() -> new RequestNotFoundException(reference));
		if (request.getVersion() != version) {
			throw new RequestChangedException(lastActor(request));
		}
		verb.apply(request, this.lifecycle.emailOf(request), this.clock.instant());
		return this.requests.saveAndFlush(request);
	}

	/** A sent request the caller handles or was asked an opinion about. */
	private Optional<Request> visible(String reference, Access access) {
		if (reference == null) {
			return Optional.empty();
		}
		return this.requests.findByReference(reference)
			.filter((r) -> r.getStatus() != RequestStatus.DRAFT)
			.filter((r) -> handles(r, access) || sharedWith(r, access));
	}

	private static boolean handles(Request request, Access access) {
		return access.procedureCodes().contains(request.getProcedureCode());
	}

	private boolean sharedWith(Request request, Access access) {
		if (access.departments().isEmpty()) {
			return false;
		}
		return this.jdbc
			.queryForList("select department from request_opinion where request_id = ?", String.class, request.getId())
			.stream()
			.anyMatch(access.departments()::contains);
	}

	private static String lastActor(Request request) {
		List<HistoryEntry> history = request.getHistory();
		return history.isEmpty() ? null : history.get(history.size() - 1).getActorName();
	}

	private UUID note(UUID requestId, String kind, String department, String author, String body, Instant at) {
		UUID id = UUID.randomUUID();
		this.jdbc.update(
				"insert into request_note (id, request_id, kind, department, author, body, created_at) "
						+ "values (?, ?, ?, ?, ?, ?, ?)",
				id, requestId, kind, department, author, body, Timestamp.from(at));
		return id;
	}

	private Case toCase(Request r, boolean sharedOnly) {
		List<Line> timeline = r.getHistory()
			.stream()
			.map((h) -> new Line(h.getAt(), h.getActor() == Actor.CITIZEN, h.getActorName(), h.getVerb().name(),
					h.getToStatus(), h.getComment(), h.getTarget(), h.getVerb().isInternal(), h.getDate()))
			.toList();
		List<Note> notes = this.jdbc.query(
				"select created_at, author, department, kind, body, id from request_note where request_id = ? "
						+ "order by created_at, id",
				(rs, i) -> new Note(rs.getObject(6, UUID.class), rs.getTimestamp(1).toInstant(), rs.getString(2),
						rs.getString(3), "OPINION".equals(rs.getString(4)), rs.getString(5)),
				r.getId());
		List<Opinion> opinions = this.jdbc.query(
				"select department, question, asked_by, asked_at, answered_by, answered_at from request_opinion "
						+ "where request_id = ? order by asked_at, id",
				(rs, i) -> new Opinion(rs.getString(1), rs.getString(2), rs.getString(3),
						rs.getTimestamp(4).toInstant(), rs.getString(5),
						(rs.getTimestamp(6) != null) ? rs.getTimestamp(6).toInstant() : null),
				r.getId());
		return new Case(r.getId(), r.getReference(), r.getTitle(), r.getProcedureCode(), r.getProcedureRevision(),
				r.getDepartment(), r.getStatus(), r.getVersion(), r.getAccountId(), r.getVisitorEmail(),
				r.getCitizenName(), r.getMemberName(), r.getSubmittedAt(), r.getDecision(), r.getMotive(),
				r.getDecidedAt(), r.getAssignedStaffId(), r.getAssignedName(), r.getAnswers(), timeline, notes,
				opinions, sharedOnly, r.getPostalAddress());
	}

	private static String required(String text) {
		if (text == null || text.isBlank() || text.strip().length() > MAX_TEXT) {
			throw new IllegalArgumentException("A text of 1 to " + MAX_TEXT + " characters is needed");
		}
		return text.strip();
	}

	private static String optional(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return required(text);
	}

}
