package fr.comptecitoyen.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.comptecitoyen.request.RequestEvents.Decision;

/**
 * A citizen's own requests: the Accueil and Mes Demandes tabs, a request's page, and the
 * citizen's verbs on it (withdraw, answer the department). Every method is scoped to the
 * given account in its query: someone else's request is "not found".
 */
public interface CitizenRequests {

	/** Requests per page of "Mes Demandes". */
	int PAGE_SIZE = 20;

	/**
	 * One page of the account's sent requests (drafts excluded), newest first, with the
	 * counts per status for the other filters.
	 * @param page the page number, from 1
	 */
	Listing list(UUID accountId, RequestFilter filter, int page);

	/** The latest sent requests (Accueil). */
	List<Line> latest(UUID accountId, int limit);

	/** The household members the account's requests are about, for the member filter. */
	List<Member> members(UUID accountId);

	/**
	 * A sent request with its answers and timeline.
	 * @throws RequestNotFoundException when it is not the account's
	 */
	Details find(UUID accountId, String reference);

	/**
	 * The citizen withdraws the request (before a decision); the acknowledgement email
	 * follows.
	 * @throws RequestNotFoundException when it is not the account's
	 * @throws IllegalTransitionException when it can no longer be withdrawn
	 */
	void withdraw(UUID accountId, String reference, String actorName);

	/**
	 * The citizen answers what the department asked (the request awaits the citizen).
	 * @throws RequestNotFoundException when it is not the account's
	 * @throws IllegalTransitionException when nothing is awaited
	 */
	void answer(UUID accountId, String reference, String actorName, String message);

	/** A request in a list. */
	record Line(String reference, String title, String procedureCode, String category, RequestStatus status,
			String memberName, Instant submittedAt, Instant updatedAt) {
	}

	/** A household member named in the account's requests. */
	record Member(String publicId, String name) {
	}

	/**
	 * A page of requests.
	 *
	 * @param lines the requests of this page
	 * @param total how many match every filter
	 * @param page the page number, from 1
	 * @param counts how many match the other filters, per status (status filter ignored)
	 */
	record Listing(List<Line> lines, long total, int page, Map<RequestStatus, Long> counts) {

		/** How many pages (at least one). */
		public int pageCount() {
			return (int) Math.max(1, (this.total + PAGE_SIZE - 1) / PAGE_SIZE);
		}

		/** The count for one status (0 when none). */
		public long count(RequestStatus status) {
			return this.counts.getOrDefault(status, 0L);
		}

		/** Every status together. */
		public long countAll() {
			return this.counts.values().stream().mapToLong(Long::longValue).sum();
		}

	}

	/**
	 * A request as its page shows it.
	 *
	 * @param department the department's code
	 * @param departmentName the department's name, as the commune calls it
	 * @param answers the answers as JSON text, read with the pinned revision's form
	 * @param timeline every status change and message, oldest first
	 */
	record Details(String reference, String title, String procedureCode, int procedureRevision, String category,
			String department, String departmentName, RequestStatus status, String memberName, Instant submittedAt,
			Decision decision, String motive, Instant decidedAt, String answers, List<Event> timeline) {

		/** Whether the citizen may still withdraw it. */
		public boolean withdrawable() {
			return this.status.isWithdrawable();
		}

		/** Whether the department awaits an answer from the citizen. */
		public boolean awaitingCitizen() {
			return this.status == RequestStatus.AWAITING_CITIZEN;
		}

		/** The department's last question, while it awaits the citizen. */
		public String question() {
			for (int i = this.timeline.size() - 1; i >= 0; i--) {
				if ("ASK_CITIZEN".equals(this.timeline.get(i).verb())) {
					return this.timeline.get(i).comment();
				}
			}
			return null;
		}

	}

	/**
	 * One line of the timeline.
	 *
	 * @param at when
	 * @param byCitizen whether the citizen did it ("vous"); otherwise the department
	 * @param verb what was done: a {@link Transition} name or {@code INFORMATION}
	 * @param to the status after it
	 * @param comment the message, question, answer or motive, if any
	 * @param channel for a request an agent entered, how it came in
	 * ({@link EntryChannel}'s name) on its submission line, else null
	 * @param date the date an information message is about, or null
	 */
	record Event(Instant at, boolean byCitizen, String verb, RequestStatus to, String comment, String channel,
			LocalDate date) {
	}

}
