package fr.comptecitoyen.request.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import fr.comptecitoyen.request.RequestQueue;
import fr.comptecitoyen.request.RequestQueue.QueueFilter;
import fr.comptecitoyen.request.RequestQueue.QueueSort;
import fr.comptecitoyen.request.RequestQueue.QueueTab;
import fr.comptecitoyen.support.PortalTest;
import fr.comptecitoyen.support.TestDatabaseEnvironment.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The back-office queue stays fast with many requests: on PostgreSQL, with tens of
 * thousands of requests of many departments, the page, the counts and the name search
 * read through indexes, never the whole table. H2 has no comparable planner: there the
 * test only checks that the queue's index is the one read for a plain page.
 */
@PortalTest
class RequestQueuePlanTests {

	static final int ROWS = 40_000;

	@Autowired
	QueueSearch search;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	NamedParameterJdbcTemplate named;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void thePageCountsAndSearchQueriesReadThroughIndexes() {
		seed();
		// On PostgreSQL, what autovacuum does after many inserts: the statistics, and the
		// visibility map that lets the planner read an index alone.
		this.jdbc
			.execute(TestDatabase.isPostgres() ? "vacuum analyze citizen_request" : "analyze table citizen_request");
		Set<String> scope = Set.of("ENC", "VOIRIE", "ODP");
		QueueFilter plain = new QueueFilter(scope, UUID.randomUUID(), QueueTab.NEW, null, null, null, null, null, false,
				false, null, null, QueueSort.OLDEST);
		QueueFilter searched = new QueueFilter(scope, UUID.randomUUID(), QueueTab.NEW, null, null, null, null, null,
				false, false, null, "dupont4", QueueSort.OLDEST);
		String page = plan(this.search.pageSql(query(plain), 25), query(plain).params());
		String counts = plan(this.search.countsSql(query(plain)), query(plain).params());
		String search = plan(this.search.pageSql(query(searched), 25), query(searched).params());
		String searchCounts = plan(this.search.countsSql(query(searched)), query(searched).params());
		QueueFilter decidedFilter = new QueueFilter(scope, UUID.randomUUID(), QueueTab.DECIDED, null, null, null, null,
				null, false, false, null, null, QueueSort.OLDEST);
		String decided = plan(this.search.pageSql(query(decidedFilter), 25), query(decidedFilter).params());
		System.out.println("[RequestQueuePlanTests] page:\n" + page + "\ncounts:\n" + counts + "\nsearch:\n" + search
				+ "\nsearch counts:\n" + searchCounts + "\ndecided:\n" + decided);
		if (TestDatabase.isPostgres()) {
			assertThat(page).contains("citizen_request_queue_ix").doesNotContain("Seq Scan on citizen_request");
			assertThat(decided).as("each procedure and status read in the index's order, a page at most")
				.contains("Merge Append", "Index Scan using citizen_request_queue_ix")
				.doesNotContain("Seq Scan on citizen_request", "Bitmap Heap Scan on citizen_request");
			assertThat(counts).contains("Index").doesNotContain("Seq Scan on citizen_request");
			assertThat(search).as("the name's candidates read from its index (status, name), not the table")
				.contains("citizen_request_status_citizen_key_ix")
				.doesNotContain("Seq Scan on citizen_request", "Bitmap Heap Scan on citizen_request");
			assertThat(searchCounts).as("each status counted among the names of that status only")
				.contains("citizen_request_status_citizen_key_ix")
				.doesNotContain("Seq Scan on citizen_request", "Bitmap Heap Scan on citizen_request");
		}
		else {
			assertThat(page.toLowerCase()).contains("citizen_request_queue_ix");
		}
	}

	@Test
	void thePageReadBranchByBranchHoldsTheSameRowsInTheSameOrderAsOneQuery() {
		seed();
		Set<String> scope = Set.of("ENC", "VOIRIE", "ODP");
		for (QueueSort sort : QueueSort.values()) {
			for (QueueTab tab : List.of(QueueTab.DECIDED, QueueTab.CLOSED, QueueTab.NEW)) {
				QueueFilter filter = new QueueFilter(scope, UUID.randomUUID(), tab, null, null, null, null, null, false,
						false, null, null, sort);
				for (int offset : new int[] { 0, 25, 1000 }) {
					QueueSearch.QueueQuery query = query(filter);
					query.params().addValue("offset", offset);
					assertThat(query.branches()).isGreaterThan(1);
					List<String> branched = this.named.query(this.search.pageSql(query, offset + 25), query.params(),
							(rs, i) -> rs.getString("reference"));
					String single = "select r.reference from citizen_request r where " + query.where() + " and "
							+ query.tab() + " order by " + query.order(false) + " limit :size offset :offset";
					List<String> expected = this.named.queryForList(single, query.params(), String.class);
					assertThat(branched).as(sort + " " + tab + " from " + offset).isEqualTo(expected);
				}
			}
		}
	}

	@Test
	void aTextSearchReadConditionByConditionHoldsTheSameRowsAndCountsAsOneCondition() {
		seed();
		Set<String> scope = Set.of("ENC", "VOIRIE", "ODP", "SCO");
		for (String text : List.of("dupont1", "jean dupont12", "jean.dupont3", "DUPONT2")) {
			for (QueueSort sort : QueueSort.values()) {
				for (QueueTab tab : List.of(QueueTab.DECIDED, QueueTab.CLOSED, QueueTab.NEW)) {
					QueueFilter filter = new QueueFilter(scope, UUID.randomUUID(), tab, null, null, null, null, null,
							false, false, null, text, sort);
					for (int offset : new int[] { 0, 25, 400 }) {
						QueueSearch.QueueQuery query = query(filter);
						query.params().addValue("offset", offset);
						assertThat(query.matches()).hasSizeGreaterThan(1);
						List<String> matched = this.named.query(this.search.pageSql(query, offset + 25), query.params(),
								(rs, i) -> rs.getString("reference"));
						String single = "select r.reference from citizen_request r where " + query.where() + " and "
								+ query.tab() + " order by " + query.order(false) + " limit :size offset :offset";
						List<String> expected = this.named.queryForList(single, query.params(), String.class);
						assertThat(matched).as(text + " " + sort + " " + tab + " from " + offset).isEqualTo(expected);
					}
				}
			}
			QueueFilter filter = new QueueFilter(scope, UUID.randomUUID(), QueueTab.NEW, null, null, null, null, null,
					false, false, null, text, QueueSort.OLDEST);
			QueueSearch.QueueQuery query = query(filter);
			Map<String, Long> counted = new java.util.HashMap<>();
			this.named.query(this.search.countsSql(query), query.params(),
					(org.springframework.jdbc.core.RowCallbackHandler) (rs) -> counted.put(rs.getString(1),
							rs.getLong(2)));
			for (String status : List.of("ACCEPTED", "CLOSED", "SUBMITTED", "WITHDRAWN")) {
				Long all = this.named.queryForObject("select count(*) from citizen_request r where " + query.where()
						+ " and r.status = '" + status + "'", query.params(), Long.class);
				assertThat(counted.get(status)).as(text + " " + status)
					.isEqualTo(Math.min(all, RequestQueue.COUNT_LIMIT + 1));
			}
		}
	}

	private QueueSearch.QueueQuery query(QueueFilter filter) {
		QueueSearch.QueueQuery query = QueueSearch.QueueQuery.of(filter, java.time.ZoneId.of("Europe/Paris"));
		query.params().addValue("size", 25).addValue("offset", 0).addValue("separator", ",");
		return query;
	}

	private String plan(String sql, MapSqlParameterSource params) {
		return this.transactions.execute((tx) -> {
			List<Map<String, Object>> rows = this.named.queryForList("explain " + sql, params);
			StringBuilder text = new StringBuilder();
			rows.forEach((row) -> text.append(row.values().iterator().next()).append('\n'));
			return text.toString();
		});
	}

	/** Many requests of many procedures and statuses, mostly decided or closed. */
	private void seed() {
		List<Object[]> rows = new ArrayList<>();
		Instant start = Instant.parse("2025-01-01T08:00:00Z");
		String[] codes = { "ENC", "SCO", "VOIRIE", "ODP", "RECENS", "ACCUEIL", "CANTINE", "DEROG" };
		String[] statuses = { "CLOSED", "ACCEPTED", "REFUSED", "CLOSED", "ACCEPTED", "CLOSED", "WITHDRAWN", "CLOSED",
				"ACCEPTED", "CLOSED", "REFUSED", "CLOSED", "ACCEPTED", "CLOSED", "CLOSED", "CLOSED", "ACCEPTED",
				"CLOSED", "CLOSED", "SUBMITTED" };
		// Unique per run: the test context (and its database) may be shared with other
		// classes.
		String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
		for (int n = 0; n < ROWS; n++) {
			Timestamp at = Timestamp.from(start.plus(n, ChronoUnit.MINUTES));
			String code = codes[n % codes.length];
			rows.add(new Object[] { UUID.randomUUID(), "P" + run + n, "2026-" + code + "-" + run + n, UUID.randomUUID(),
					code, "Demande " + code, "c", "d", statuses[(n / 8) % statuses.length], "Jean Dupont" + n,
					"dupont" + n + " jean", "jean.dupont" + n + "@example.test", at, at, at });
		}
		this.jdbc.batchUpdate("insert into citizen_request (id, public_id, reference, account_id, procedure_code, "
				+ "procedure_revision, title, category, department, status, answers, current_step, citizen_name, "
				+ "citizen_key, citizen_email, created_at, updated_at, submitted_at, version) "
				+ "values (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, '{}', 0, ?, ?, ?, ?, ?, ?, 0)", rows);
	}

}
