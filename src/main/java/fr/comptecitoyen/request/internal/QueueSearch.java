package fr.comptecitoyen.request.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import fr.comptecitoyen.account.AccountSummary;
import fr.comptecitoyen.request.RequestQueue;
import fr.comptecitoyen.request.RequestStatus;
import fr.comptecitoyen.shared.CitySettings;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The queries of the back office's queues (see {@link RequestQueue}). A page is two
 * statements: the counts per status, each stopped past {@link #COUNT_LIMIT} (for the tabs
 * and the total), and the page itself, whose labels and paper originals still to bring
 * come from subqueries on the page's rows. Every query starts with
 * {@code procedure_code in (:scope)}, served by the index
 * {@code (procedure_code, status, submitted_at)}; the text search compares prefixes of
 * real columns (reference, "nom prénom" without accents, email), each read apart through
 * its index {@code (status, column)} (on PostgreSQL, with the columns the queue filters
 * and sorts on included, so that the counts and the page's candidates come from the
 * indexes alone).
 */
@Component
class QueueSearch implements RequestQueue {

	/** Separates label names in one column (a character no label may hold). */
	private static final String LABEL_SEPARATOR = "\u001f";

	private static final int EXPORT_FETCH_SIZE = 500;

	private static final String COLUMNS = "r.reference, r.title, r.procedure_code, r.status, r.citizen_name, "
			+ "r.citizen_email, r.submitted_pending, r.submitted_at, r.updated_at, r.assigned_name, "
			+ "(select count(*) from paper_original p where p.holder_id = r.id and p.received_at is null) as to_bring, "
			+ "(select string_agg(d.name, cast(:separator as varchar) order by d.name) from request_label l "
			+ "join request_label_definition d on d.id = l.label_id where l.request_id = r.id) as labels";

	private static final RowMapper<QueueLine> LINE = (rs, i) -> line(rs);

	/** The statuses the tabs count (every one but the draft's), in a fixed order. */
	private static final List<RequestStatus> COUNTED = Arrays.stream(QueueTab.values())
		.flatMap((tab) -> tab.statuses().stream())
		.distinct()
		.sorted()
		.toList();

	/** The counts query's key for the agent's own requests. */
	private static final String MINE = "MINE";

	private final NamedParameterJdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate streaming;

	private final TransactionTemplate readOnly;

	private final ZoneId zone;

	QueueSearch(NamedParameterJdbcTemplate jdbc, DataSource dataSource, PlatformTransactionManager transactions,
			CitySettings city) {
		this.jdbc = jdbc;
		JdbcTemplate cursor = new JdbcTemplate(dataSource);
		// With a fetch size, inside a transaction, PostgreSQL's driver reads the rows
		// through a cursor, a few hundred at a time, instead of loading them all.
		cursor.setFetchSize(EXPORT_FETCH_SIZE);
		this.streaming = new NamedParameterJdbcTemplate(cursor);
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.zone = city.timeZone();
	}

	@Override
	@Transactional(readOnly = true)
	public QueuePage page(QueueFilter filter, int page) {
		int number = Math.max(page, 1);
		if (filter.scope().isEmpty()) {
			return new QueuePage(List.of(), 0, number, TabCounts.NONE);
		}
		TabCounts tabs = tabCounts(filter);
		long total = tabs.count(filter.tab());
		if (total == 0) {
			return new QueuePage(List.of(), total, 1, tabs);
		}
		// A page past the end (an old link, a typed number, requests that left the tab)
		// shows the last one rather than an empty table.
		number = (int) Math.min(number, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		QueueQuery query = QueueQuery.of(filter, this.zone);
		MapSqlParameterSource params = query.params()
			.addValue("size", PAGE_SIZE)
			.addValue("offset", (long) (number - 1) * PAGE_SIZE)
			.addValue("separator", LABEL_SEPARATOR);
		List<QueueLine> lines = this.jdbc.query(pageSql(query, (long) number * PAGE_SIZE), params, LINE);
		return new QueuePage(lines, total, number, tabs);
	}

	/**
	 * The page query (its plan is checked by a test): one branch per procedure and status
	 * of the tab, each read in the order of the queue's index {@code (procedure_code,
	 * status, submitted_at)} and cut at the page's end, then merged. A single query over
	 * several procedures or statuses would read and sort every matching request first
	 * (200 040 decided bulky-item requests at a million: half a second alone); the
	 * branches read at most a page each. Parameters: those of the query, {@code :size},
	 * {@code :offset} and {@code :separator}.
	 * @param window the rows up to the page's end (offset + size), written into the
	 * branches' limit as a number, not a parameter (H2 reuses a branch's rows read with
	 * another value of a parameter)
	 */
	String pageSql(QueueQuery query, long window) {
		if (query.byMatches()) {
			return matchesPageSql(query, window);
		}
		if (query.branches() == 0) {
			return "select " + COLUMNS + " from citizen_request r where " + query.where() + " and " + query.tab()
					+ " order by " + query.order(false) + " limit :size offset :offset";
		}
		StringBuilder branches = new StringBuilder();
		for (int i = 0; i < query.branches(); i++) {
			branches.append((i == 0) ? "" : " union all ")
				.append("(select r.* from citizen_request r where ")
				.append(query.where())
				.append(" and ")
				.append(query.tab())
				.append(" and r.procedure_code = :branchProcedure")
				.append(i)
				.append(" and r.status = :branchStatus")
				.append(i)
				.append(" order by ")
				.append(query.order(false))
				.append(" limit ")
				.append(window)
				.append(")");
		}
		return "select " + COLUMNS + " from (" + branches + ") r order by " + query.order(false)
				+ " limit :size offset :offset";
	}

	/**
	 * The page of a text search: one branch per condition of the text (a name, an email,
	 * a reference prefix), each read through its index {@code (status, column)}, whose
	 * included columns hold what the order needs, and cut at the page's end; the branches
	 * merged without the requests found twice; then the page's rows read. A single
	 * condition "name or email or reference" reads every matching request in the table
	 * first (4 973 new requests of a million for « martin »).
	 * @param window the rows up to the page's end (offset + size)
	 */
	private static String matchesPageSql(QueueQuery query, long window) {
		StringBuilder branches = new StringBuilder();
		for (String match : query.matches()) {
			branches.append((branches.length() == 0) ? "" : " union ")
				.append("(select r.id, r.submitted_at, r.updated_at, r.reference from citizen_request r where ")
				.append(query.base())
				.append(" and ")
				.append(query.tab())
				.append(" and ")
				.append(match)
				.append(" order by ")
				.append(query.order(false))
				.append(" limit ")
				.append(window)
				.append(")");
		}
		return "select " + COLUMNS + " from (select m.id from (" + branches + ") m order by " + query.order(false, "m")
				+ " limit :size offset :offset) p join citizen_request r on r.id = p.id" + " order by "
				+ query.order(false);
	}

	/**
	 * The counts query: one row per status of the tabs, and one for the agent's own
	 * ({@code MINE}), each counting at most {@link #COUNT_LIMIT} + 1 rows, so that a
	 * status of 200 000 requests costs what one of a thousand does. Columns: the key, the
	 * count. Without a filter that has indexes of its own, each count reads the queue's
	 * index {@code (procedure_code, status, submitted_at)} in its order (else the planner
	 * may count a status it thinks common by reading the table from its start, and a
	 * status whose rows lie far in it costs a scan of the whole table); with a text
	 * searched or an agent chosen, the planner reads that filter's indexes.
	 */
	String countsSql(QueueQuery query) {
		StringBuilder sql = new StringBuilder();
		for (RequestStatus status : COUNTED) {
			String key = "'" + status.name() + "'";
			String ofStatus = " and r.status = '" + status.name() + "'";
			sql.append(query.byMatches() ? cappedMatches(key, query.base() + ofStatus, query.matches())
					: capped(key, query.where() + ofStatus,
							query.narrowedByIndex() ? null : "r.procedure_code, r.status, r.submitted_at"))
				.append(" union all ");
		}
		String mine = QueueTab.MINE.statuses()
			.stream()
			.map((status) -> "'" + status.name() + "'")
			.sorted()
			.collect(Collectors.joining(", "));
		return sql
			.append(capped("'" + MINE + "'",
					query.where() + " and r.status in (" + mine + ") and r.assigned_staff_id = :me",
					"r.assigned_staff_id, r.status, r.submitted_at"))
			.toString();
	}

	/**
	 * A count stopped past the limit.
	 * @param order the columns of the index to read in order, or null to leave the choice
	 * to the planner
	 */
	private static String capped(String key, String where, String order) {
		return "select " + key + " as counted, count(*) from (select 1 as one from citizen_request r where " + where
				+ ((order != null) ? " order by " + order : "") + " limit " + (COUNT_LIMIT + 1) + ") c";
	}

	/**
	 * A count of the requests matching any of these conditions, stopped past the limit:
	 * each condition read apart (its index {@code (status, column)} holds the columns the
	 * filters of the queue need), at most the limit + 1 each, the requests found twice
	 * counted once.
	 */
	private static String cappedMatches(String key, String where, List<String> matches) {
		return "select " + key + " as counted, count(*) from ("
				+ matches.stream()
					.map((match) -> "(select r.id from citizen_request r where " + where + " and " + match + " limit "
							+ (COUNT_LIMIT + 1) + ")")
					.collect(Collectors.joining(" union "))
				+ ") c";
	}

	@Override
	@Transactional(readOnly = true)
	public TabCounts counts(QueueFilter filter) {
		return filter.scope().isEmpty() ? TabCounts.NONE : tabCounts(filter);
	}

	private TabCounts tabCounts(QueueFilter filter) {
		QueueQuery query = QueueQuery.of(filter, this.zone);
		Map<String, Long> counted = new HashMap<>();
		this.jdbc.query(countsSql(query), query.params(),
				(RowCallbackHandler) (rs) -> counted.put(rs.getString(1), rs.getLong(2)));
		Map<QueueTab, Long> tabs = new EnumMap<>(QueueTab.class);
		for (QueueTab tab : QueueTab.values()) {
			long count = (tab == QueueTab.MINE) ? counted.getOrDefault(MINE, 0L)
					: tab.statuses().stream().mapToLong((status) -> counted.getOrDefault(status.name(), 0L)).sum();
			tabs.put(tab, Math.min(count, COUNT_LIMIT + 1));
		}
		return new TabCounts(tabs);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> neighbour(QueueFilter filter, String reference, boolean next) {
		if (filter.scope().isEmpty() || reference == null) {
			return Optional.empty();
		}
		QueueQuery query = QueueQuery.of(filter, this.zone);
		MapSqlParameterSource params = query.params().addValue("current", reference);
		List<Object> keys = this.jdbc.query("select " + query.sortColumn() + " from citizen_request r where "
				+ query.where() + " and " + query.tab() + " and r.reference = :current", params,
				(rs, i) -> rs.getObject(1));
		if (keys.isEmpty()) {
			return Optional.empty();
		}
		params.addValue("key", keys.get(0));
		List<String> found = this.jdbc.query(
				"select r.reference from citizen_request r where " + query.where() + " and " + query.tab() + " and "
						+ query.after(next) + " order by " + query.order(!next) + " limit 1",
				params, (rs, i) -> rs.getString(1));
		return found.stream().findFirst();
	}

	@Override
	public void export(QueueFilter filter, Consumer<QueueLine> each) {
		if (filter.scope().isEmpty()) {
			return;
		}
		QueueQuery query = QueueQuery.of(filter, this.zone);
		MapSqlParameterSource params = query.params().addValue("separator", LABEL_SEPARATOR);
		String sql = "select " + COLUMNS + " from citizen_request r where " + query.where() + " and " + query.tab()
				+ " order by " + query.order(false);
		this.readOnly.executeWithoutResult(
				(tx) -> this.streaming.query(sql, params, (RowCallbackHandler) (rs) -> each.accept(line(rs))));
	}

	@Override
	@Transactional(readOnly = true)
	public boolean inScope(Set<String> scope, String reference) {
		if (scope.isEmpty() || reference == null) {
			return false;
		}
		Long count = this.jdbc.queryForObject(
				"select count(*) from citizen_request where reference = :reference and procedure_code in (:scope) "
						+ "and status <> 'DRAFT'",
				new MapSqlParameterSource("reference", reference).addValue("scope", scope), Long.class);
		return count != null && count > 0;
	}

	@Override
	@Transactional(readOnly = true)
	public Dashboard dashboard(Set<String> scope, Instant since, int oldest) {
		if (scope.isEmpty()) {
			return new Dashboard(Map.of(), List.of(), List.of());
		}
		MapSqlParameterSource params = new MapSqlParameterSource("scope", scope)
			.addValue("since", Timestamp.from(since))
			.addValue("size", oldest)
			.addValue("separator", LABEL_SEPARATOR);
		Map<RequestStatus, Long> byStatus = new EnumMap<>(RequestStatus.class);
		this.jdbc.query(
				"select status, count(*) from citizen_request where procedure_code in (:scope) and status <> 'DRAFT' "
						+ "group by status",
				params,
				(RowCallbackHandler) (rs) -> byStatus.put(RequestStatus.valueOf(rs.getString(1)), rs.getLong(2)));
		List<QueueLine> waiting = this.jdbc.query("select " + COLUMNS + " from citizen_request r "
				+ "where r.procedure_code in (:scope) and r.status in ('SUBMITTED', 'IN_INSTRUCTION') "
				+ "order by r.submitted_at, r.reference limit :size", params, LINE);
		List<DecisionTimes> decisions = this.jdbc.query(
				"select procedure_code, count(*), "
						+ "avg(extract(epoch from decided_at) - extract(epoch from submitted_at)), "
						+ "max(extract(epoch from decided_at) - extract(epoch from submitted_at)) from citizen_request "
						+ "where procedure_code in (:scope) and decided_at >= :since group by procedure_code "
						+ "order by procedure_code",
				params, (rs, i) -> new DecisionTimes(rs.getString(1), rs.getLong(2), seconds(rs.getDouble(3)),
						seconds(rs.getDouble(4))));
		return new Dashboard(byStatus, waiting, decisions);
	}

	private static Duration seconds(double seconds) {
		return Duration.ofSeconds(Math.round(seconds));
	}

	private static QueueLine line(ResultSet rs) throws SQLException {
		String labels = rs.getString("labels");
		return new QueueLine(rs.getString("reference"), rs.getString("title"), rs.getString("procedure_code"),
				RequestStatus.valueOf(rs.getString("status")), rs.getString("citizen_name"),
				rs.getString("citizen_email"), rs.getBoolean("submitted_pending"),
				rs.getTimestamp("submitted_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
				rs.getString("assigned_name"), rs.getInt("to_bring"),
				(labels == null) ? List.of() : Arrays.asList(labels.split(LABEL_SEPARATOR)));
	}

	/** The name as shown: "Prénom Nom". */
	static String displayName(AccountSummary account) {
		return displayName(account.firstName(), account.lastName());
	}

	/** The name as searched: "nom prénom", lower case, without accents. */
	static String nameKey(AccountSummary account) {
		return nameKey(account.lastName(), account.firstName());
	}

	/** The name as shown: "Prénom Nom". */
	static String displayName(String firstName, String lastName) {
		return join(firstName, lastName);
	}

	/** The name as searched: "nom prénom", lower case, without accents. */
	static String nameKey(String lastName, String firstName) {
		return RequestSearch.normalize(join(lastName, firstName));
	}

	private static String join(String first, String second) {
		return ((first == null ? "" : first.strip()) + " " + (second == null ? "" : second.strip())).strip();
	}

	/**
	 * The parts of a queue query: the filters, the tab, the order and the keyset
	 * condition of the neighbours.
	 *
	 * @param where the filters, the text searched included
	 * @param narrowedByIndex whether a filter has indexes of its own (a text searched, an
	 * agent chosen), which then serve the counts better than the queue's index
	 * @param base the filters but the text searched
	 * @param matches the conditions of the text searched, read one by one by the page and
	 * the counts; empty without a text, or with an agent chosen (then the text is one
	 * condition of {@code where})
	 */
	record QueueQuery(String where, String tab, QueueSort sort, MapSqlParameterSource params, int branches,
			boolean narrowedByIndex, String base, List<String> matches) {

		/**
		 * Above this many procedure-status pairs, the page is one query (few agents see
		 * so many).
		 */
		private static final int MAX_BRANCHES = 64;

		static QueueQuery of(QueueFilter filter, ZoneId zone) {
			MapSqlParameterSource params = new MapSqlParameterSource("scope", filter.scope());
			params.addValue("me", (filter.me() != null) ? filter.me() : new UUID(0, 0));
			StringBuilder sql = new StringBuilder("r.procedure_code in (:scope) and r.status <> 'DRAFT'");
			if (filter.procedure() != null && !filter.procedure().isBlank()) {
				sql.append(" and r.procedure_code = :procedure");
				params.addValue("procedure", filter.procedure().strip());
			}
			if (filter.status() != null) {
				sql.append(" and r.status = :status");
				params.addValue("status", filter.status().name());
			}
			if (filter.from() != null) {
				sql.append(" and r.submitted_at >= :from");
				params.addValue("from", Timestamp.from(filter.from().atStartOfDay(zone).toInstant()));
			}
			if (filter.to() != null) {
				sql.append(" and r.submitted_at < :to");
				params.addValue("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
			}
			if (filter.assignee() != null) {
				sql.append(" and r.assigned_staff_id = :assignee");
				params.addValue("assignee", filter.assignee());
			}
			if (filter.temporary()) {
				sql.append(" and r.submitted_pending = true");
			}
			if (filter.toBring()) {
				sql.append(" and exists (select 1 from paper_original p where p.holder_id = r.id "
						+ "and p.received_at is null)");
			}
			if (filter.label() != null) {
				sql.append(" and exists (select 1 from request_label l where l.request_id = r.id "
						+ "and l.label_id = :label)");
				params.addValue("label", filter.label());
			}
			String base = sql.toString();
			List<String> matches = matches(filter.text(), params);
			String where = matches.isEmpty() ? base : base + " and (" + String.join(" or ", matches) + ")";
			String tab = "r.status in (:tabStatuses)"
					+ ((filter.tab() == QueueTab.MINE) ? " and r.assigned_staff_id = :me" : "");
			params.addValue("tabStatuses", filter.tab().statuses().stream().map(Enum::name).toList());
			boolean narrowedByIndex = !matches.isEmpty() || filter.assignee() != null;
			// An agent chosen narrows more than a name: the planner then reads the
			// assignee's index, the text being a filter of its rows.
			return new QueueQuery(where, tab, filter.sort(), params, branches(filter, params), narrowedByIndex, base,
					(filter.assignee() == null) ? matches : List.of());
		}

		/**
		 * Whether the text searched is read match by match ({@link #matches}), each
		 * through its own index, rather than as one condition.
		 */
		boolean byMatches() {
			return !this.matches.isEmpty();
		}

		/**
		 * The page's branches: each procedure of the scope (or the one chosen) and status
		 * of the tab.
		 */
		private static int branches(QueueFilter filter, MapSqlParameterSource params) {
			String chosen = (filter.procedure() != null && !filter.procedure().isBlank()) ? filter.procedure().strip()
					: null;
			List<String> procedures = filter.scope()
				.stream()
				.filter((code) -> chosen == null || chosen.equals(code))
				.sorted()
				.toList();
			List<String> statuses = filter.tab()
				.statuses()
				.stream()
				.filter((status) -> filter.status() == null || filter.status() == status)
				.map(Enum::name)
				.sorted()
				.toList();
			if (procedures.size() * statuses.size() > MAX_BRANCHES) {
				return 0;
			}
			int branch = 0;
			for (String procedure : procedures) {
				for (String status : statuses) {
					params.addValue("branchProcedure" + branch, procedure).addValue("branchStatus" + branch, status);
					branch++;
				}
			}
			return branch;
		}

		/**
		 * The conditions of the text searched, any of which a request matches: a prefix
		 * of the reference, of "nom prénom" (or "prénom nom" turned), of the email, or a
		 * part of the reference without its year. Empty when no text is searched.
		 */
		private static List<String> matches(String typed, MapSqlParameterSource params) {
			String text = RequestSearch.normalize(typed).replaceAll("\\s+", " ");
			if (text.isEmpty()) {
				return List.of();
			}
			String[] words = text.split(" ");
			String reversed = text;
			if (words.length > 1) {
				List<String> turned = new ArrayList<>(Arrays.asList(words).subList(1, words.length));
				turned.add(words[0]);
				reversed = String.join(" ", turned);
			}
			String reference = typed.strip().toUpperCase(Locale.ROOT);
			List<String> matches = new ArrayList<>();
			matches.add("r.reference like :referencePrefix escape '!'");
			matches.add("r.citizen_key like :namePrefix escape '!'");
			if (!reversed.equals(text)) {
				// "jean dupont" as well as "dupont jean"; one word is one prefix.
				matches.add("r.citizen_key like :reversedPrefix escape '!'");
				params.addValue("reversedPrefix", escape(reversed) + "%");
			}
			matches.add("r.citizen_email like :emailPrefix escape '!'");
			if (REFERENCE_PART.matcher(reference).matches()) {
				// "NAISSANCE-6X25SY" or "6X25SY", copied without the year: a part of the
				// reference that starts after one of its hyphens (no index serves it,
				// hence only for text shaped like a reference).
				matches.add("r.reference like :referencePart escape '!'");
				params.addValue("referencePart", "%-" + escape(reference) + "%");
			}
			params.addValue("referencePrefix", escape(reference) + "%");
			params.addValue("namePrefix", escape(text) + "%");
			params.addValue("emailPrefix", escape(typed.strip().toLowerCase(Locale.ROOT)) + "%");
			return matches;
		}

		/**
		 * The end of a reference without its year: a procedure code and a hyphen, or the
		 * six random characters, which hold at least one digit.
		 */
		private static final Pattern REFERENCE_PART = Pattern.compile("[A-Z]+-[A-Z0-9-]*|(?=[A-Z]*[0-9])[A-Z0-9]{6}");

		private static String escape(String text) {
			return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
		}

		/** The column the order starts with. */
		String sortColumn() {
			return switch (this.sort) {
				case OLDEST, NEWEST -> "r.submitted_at";
				case UPDATED -> "r.updated_at";
				case REFERENCE -> "r.reference";
			};
		}

		private boolean ascending() {
			return this.sort == QueueSort.OLDEST || this.sort == QueueSort.REFERENCE;
		}

		/** The order, or its reverse. */
		String order(boolean reverse) {
			return order(reverse, "r");
		}

		/** The order, or its reverse, on the columns of this alias of the table. */
		String order(boolean reverse, String alias) {
			String direction = (ascending() != reverse) ? "asc" : "desc";
			String column = sortColumn().replace("r.", alias + ".");
			return (this.sort == QueueSort.REFERENCE) ? alias + ".reference " + direction
					: column + " " + direction + ", " + alias + ".reference " + direction;
		}

		/** The rows after (or before) the current one, whose key is {@code :key}. */
		String after(boolean next) {
			String op = (ascending() == next) ? ">" : "<";
			if (this.sort == QueueSort.REFERENCE) {
				return "r.reference " + op + " :current";
			}
			String column = sortColumn();
			return "(" + column + " " + op + " :key or (" + column + " = :key and r.reference " + op + " :current))";
		}

	}

}
