package fr.comptecitoyen.request;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The back office's queues of sent requests ({@code /agent/demandes}): one page, the
 * neighbours of a request in the same queue, a streamed export and the department's
 * dashboard. Every query names the procedures the agent may work on first
 * ({@link QueueFilter#scope()}, from the staff scope): a request of another department is
 * never listed, counted or exported. A page costs the same few statements whatever its
 * size.
 */
public interface RequestQueue {

	/** Requests per page. */
	int PAGE_SIZE = 25;

	/**
	 * Counts stop past this many requests per status: a tab holding more shows « plus de
	 * 1 000 », and the counts of a page read at most this many index entries per status
	 * instead of every request of the procedures (a million requests: 200 000 decided
	 * bulky-item ones, 0.1 to 0.4 s for an exact count).
	 */
	long COUNT_LIMIT = 1_000;

	/**
	 * One page of the queue, with the count of each tab for the same filters.
	 * @param page the page number, from 1 (past the last page: an empty page)
	 */
	QueuePage page(QueueFilter filter, int page);

	/**
	 * How many requests match the filters in each tab (one statement); a count above
	 * {@link #COUNT_LIMIT} means « more than that ».
	 */
	TabCounts counts(QueueFilter filter);

	/**
	 * The request just before or after this one in the same queue (same filters and
	 * order).
	 * @param next true for the next one, false for the previous one
	 * @return its reference; empty when there is none, or when this request is not in the
	 * queue
	 */
	Optional<String> neighbour(QueueFilter filter, String reference, boolean next);

	/**
	 * Every request of the queue, in its order, handed one at a time as the database
	 * streams them (never all in memory). Runs in its own read transaction.
	 */
	void export(QueueFilter filter, Consumer<QueueLine> each);

	/**
	 * Whether this sent request is one of the procedures in scope (the department check
	 * of an action).
	 */
	boolean inScope(Set<String> scope, String reference);

	/**
	 * The dashboard of these procedures: counts by status, the requests waiting longest
	 * (sent or awaiting the department) and the time to decision per procedure of the
	 * requests decided since {@code since}.
	 * @param oldest how many waiting requests to list
	 */
	Dashboard dashboard(Set<String> scope, Instant since, int oldest);

	/** The tabs of the queue, each a set of statuses. */
	enum QueueTab {

		/** Sent, nobody took them yet. */
		NEW(Set.of(RequestStatus.SUBMITTED)),

		/** In instruction, taken by the agent looking. */
		MINE(Set.of(RequestStatus.IN_INSTRUCTION)),

		/** In instruction, whoever took them. */
		IN_PROGRESS(Set.of(RequestStatus.IN_INSTRUCTION)),

		/** The department awaits the citizen. */
		AWAITING(Set.of(RequestStatus.AWAITING_CITIZEN)),

		/** Accepted or refused. */
		DECIDED(Set.of(RequestStatus.ACCEPTED, RequestStatus.REFUSED)),

		/** Closed or withdrawn. */
		CLOSED(Set.of(RequestStatus.CLOSED, RequestStatus.WITHDRAWN));

		private final Set<RequestStatus> statuses;

		QueueTab(Set<RequestStatus> statuses) {
			this.statuses = statuses;
		}

		/** The statuses the tab lists. */
		public Set<RequestStatus> statuses() {
			return this.statuses;
		}

	}

	/** The orders of the queue. */
	enum QueueSort {

		/** Sent first first (the default: the longest waiting at the top). */
		OLDEST,

		/** Sent last first. */
		NEWEST,

		/** Changed last first. */
		UPDATED,

		/** By reference. */
		REFERENCE

	}

	/**
	 * What the queue lists. Every part but the scope and the tab is optional
	 * ({@code null} or false means "any").
	 *
	 * @param scope the procedure codes the agent may work on (empty: nothing is listed)
	 * @param me the agent looking (for the tab {@link QueueTab#MINE})
	 * @param tab the tab
	 * @param status one status, within the tab's
	 * @param procedure a procedure code
	 * @param from sent on or after this day (in the commune's time zone)
	 * @param to sent on or before this day
	 * @param assignee the agent who took the requests
	 * @param toBring only requests with paper originals not yet received at the counter
	 * @param temporary only requests sent while the account was temporary
	 * @param label only requests carrying this label
	 * @param text a reference, or the start of the citizen's name ("nom prénom" or
	 * "prénom nom") or email address, case and accents ignored
	 * @param sort the order
	 */
	record QueueFilter(Set<String> scope, UUID me, QueueTab tab, RequestStatus status, String procedure, LocalDate from,
			LocalDate to, UUID assignee, boolean toBring, boolean temporary, UUID label, String text, QueueSort sort) {

		public QueueFilter {
			scope = Set.copyOf(scope);
			tab = (tab != null) ? tab : QueueTab.NEW;
			sort = (sort != null) ? sort : QueueSort.OLDEST;
		}

		/** The same filters on another tab. */
		public QueueFilter withTab(QueueTab other) {
			return new QueueFilter(this.scope, this.me, other, this.status, this.procedure, this.from, this.to,
					this.assignee, this.toBring, this.temporary, this.label, this.text, this.sort);
		}

	}

	/**
	 * A request as the queue shows it.
	 *
	 * @param citizenName the sender's name at submission (null for a visitor)
	 * @param citizenEmail the sender's address at submission
	 * @param temporary whether the account was temporary when it was sent
	 * @param assignedName the agent who took it, or null
	 * @param toBring how many paper originals the counter has not received yet
	 * @param labels the names of its labels, sorted
	 */
	record QueueLine(String reference, String title, String procedureCode, RequestStatus status, String citizenName,
			String citizenEmail, boolean temporary, Instant submittedAt, Instant updatedAt, String assignedName,
			int toBring, List<String> labels) {
	}

	/**
	 * How many requests each tab holds, each count stopped at {@link #COUNT_LIMIT} + 1 («
	 * plus de 1 000 »).
	 *
	 * @param byTab the count of each tab that holds any
	 */
	record TabCounts(Map<QueueTab, Long> byTab) {

		/** No request in any tab. */
		public static final TabCounts NONE = new TabCounts(Map.of());

		/** The count of one tab (0 when none). */
		public long count(QueueTab tab) {
			return this.byTab.getOrDefault(tab, 0L);
		}

		/** Whether that tab holds more than {@link #COUNT_LIMIT} requests. */
		public boolean beyond(QueueTab tab) {
			return count(tab) > COUNT_LIMIT;
		}

		/** The {@link #COUNT_LIMIT}, for the pages that say « plus de … ». */
		public long limit() {
			return COUNT_LIMIT;
		}

		/**
		 * The other tabs holding requests, in the tabs' order: where a search that finds
		 * nothing in this tab finds something.
		 */
		public List<QueueTab> elsewhere(QueueTab tab) {
			return this.byTab.entrySet()
				.stream()
				.filter((entry) -> entry.getKey() != tab && entry.getValue() > 0)
				.map(Map.Entry::getKey)
				.sorted()
				.toList();
		}

	}

	/**
	 * A page of the queue.
	 *
	 * @param lines the requests of the page
	 * @param total how many match the filters in the tab, {@link #COUNT_LIMIT} + 1 for
	 * more
	 * @param page the page number, from 1
	 * @param tabs how many match the same filters in each tab, likewise
	 */
	record QueuePage(List<QueueLine> lines, long total, int page, TabCounts tabs) {

		/** Whether the tab holds more than {@link #COUNT_LIMIT} requests. */
		public boolean beyond() {
			return this.total > COUNT_LIMIT;
		}

		/** Whether that tab holds more than {@link #COUNT_LIMIT} requests. */
		public boolean beyond(QueueTab tab) {
			return this.tabs.beyond(tab);
		}

		/** The {@link #COUNT_LIMIT}, for the pages that say « plus de … ». */
		public long limit() {
			return this.tabs.limit();
		}

		/** How many pages (at least one). */
		public int pageCount() {
			return (int) Math.max(1, (this.total + PAGE_SIZE - 1) / PAGE_SIZE);
		}

		/** The count of one tab (0 when none). */
		public long count(QueueTab tab) {
			return this.tabs.count(tab);
		}

		/**
		 * The other tabs holding requests that match the same filters, in the tabs'
		 * order: where a search that finds nothing in this tab finds something.
		 */
		public List<QueueTab> elsewhere(QueueTab tab) {
			return this.tabs.elsewhere(tab);
		}

	}

	/**
	 * A department's dashboard.
	 *
	 * @param byStatus how many sent requests per status
	 * @param waiting the requests waiting for the department longest (oldest first)
	 * @param decisions per procedure: the decisions of the period and their durations
	 */
	record Dashboard(Map<RequestStatus, Long> byStatus, List<QueueLine> waiting, List<DecisionTimes> decisions) {
	}

	/**
	 * The time from submission to decision of one procedure's requests decided in the
	 * period.
	 *
	 * @param count how many were decided
	 * @param average their average time
	 * @param longest the longest one
	 */
	record DecisionTimes(String procedureCode, long count, Duration average, Duration longest) {
	}

}
