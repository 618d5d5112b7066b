package fr.comptecitoyen.request.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import fr.comptecitoyen.request.CitizenRequests;
import fr.comptecitoyen.request.DepartmentDirectory;
import fr.comptecitoyen.request.RequestFilter;
import fr.comptecitoyen.request.RequestNotFoundException;
import fr.comptecitoyen.request.RequestStatus;
import fr.comptecitoyen.request.Transition;
import fr.comptecitoyen.request.internal.HistoryEntry.Actor;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The citizen's side of requests (see {@link CitizenRequests}): every lookup names the
 * owner, and each verb is the aggregate's, whose event is published when the request is
 * saved, in the transaction of the change (so the email is written with it).
 */
@Service
class CitizenRequestService implements CitizenRequests {

	/** The longest answer a citizen may send (the history column holds 4000). */
	static final int MAX_ANSWER = 4000;

	private final RequestRepository requests;

	private final RequestSearch search;

	private final RequestLifecycleService lifecycle;

	private final DepartmentDirectory departments;

	private final Clock clock;

	CitizenRequestService(RequestRepository requests, RequestSearch search, RequestLifecycleService lifecycle,
			DepartmentDirectory departments, Clock clock) {
		this.departments = departments;
		this.requests = requests;
		this.search = search;
		this.lifecycle = lifecycle;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Listing list(UUID accountId, RequestFilter filter, int page) {
		return this.search.list(accountId, filter, page);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Line> latest(UUID accountId, int limit) {
		return this.requests
			.findByAccountIdAndStatusNotOrderBySubmittedAtDesc(accountId, RequestStatus.DRAFT, PageRequest.of(0, limit))
			.stream()
			.map(CitizenRequestService::line)
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Member> members(UUID accountId) {
		return this.search.members(accountId);
	}

	@Override
	@Transactional(readOnly = true)
	public Details find(UUID accountId, String reference) {
		return details(load(accountId, reference), this.departments);
	}

	/**
	 * A request as its page shows it (the citizen's page, or a visitor's tracking page).
	 */
	static Details details(Request r, DepartmentDirectory departments) {
		List<Event> timeline = r.getHistory()
			.stream()
			.filter((h) -> !h.getVerb().isInternal())
			.map((h) -> new Event(h.getAt(), h.getActor() == Actor.CITIZEN, h.getVerb().name(), h.getToStatus(),
					h.getComment(), (h.getVerb() == Transition.SUBMIT) ? h.getTarget() : null, h.getDate()))
			.toList();
		return new Details(r.getReference(), r.getTitle(), r.getProcedureCode(), r.getProcedureRevision(),
				r.getCategory(), r.getDepartment(), departments.nameOf(r.getDepartment()), r.getStatus(),
				r.getMemberName(), r.getSubmittedAt(), r.getDecision(), r.getMotive(), r.getDecidedAt(), r.getAnswers(),
				timeline);
	}

	@Override
	@Transactional
	public void withdraw(UUID accountId, String reference, String actorName) {
		Request request = load(accountId, reference);
		Instant now = this.clock.instant();
		request.withdraw(actorName, this.lifecycle.emailOf(request), now);
		this.requests.save(request);
	}

	@Override
	@Transactional
	public void answer(UUID accountId, String reference, String actorName, String message) {
		if (message == null || message.isBlank() || message.length() > MAX_ANSWER) {
			throw new IllegalArgumentException("An answer has 1 to " + MAX_ANSWER + " characters");
		}
		Request request = load(accountId, reference);
		Instant now = this.clock.instant();
		request.citizenAnswers(actorName, message.strip(), this.lifecycle.emailOf(request), now);
		this.requests.save(request);
	}

	private Request load(UUID accountId, String reference) {
		if (accountId == null || reference == null) {
			throw new RequestNotFoundException(reference);
		}
		return this.requests.findByReferenceAndAccountId(reference, accountId)
			.orElseThrow(() -> new RequestNotFoundException(reference));
	}

	private static Line line(Request r) {
		return new Line(r.getReference(), r.getTitle(), r.getProcedureCode(), r.getCategory(), r.getStatus(),
				r.getMemberName(), r.getSubmittedAt(), r.getUpdatedAt());
	}

}
