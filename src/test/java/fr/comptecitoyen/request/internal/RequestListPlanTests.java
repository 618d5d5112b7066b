package fr.comptecitoyen.request.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.comptecitoyen.request.RequestFilter;
import fr.comptecitoyen.request.RequestStatus;
import fr.comptecitoyen.support.PortalTest;
import fr.comptecitoyen.support.TestDatabaseEnvironment.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Mes Demandes" stays fast with many requests: on PostgreSQL, with thousands of requests
 * of many citizens, the page query and the counts query read one citizen's rows through
 * an index, never the whole table. H2 has no comparable planner: skipped there.
 */
@PortalTest
class RequestListPlanTests {

	static final int ACCOUNTS = 200;

	static final int PER_ACCOUNT = 50;

	@Autowired
	RequestSearch search;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	NamedParameterJdbcTemplate named;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void thePageAndCountQueriesReadOneCitizensRowsThroughAnIndex() {
		UUID account = seed();
		this.jdbc.execute(TestDatabase.isPostgres() ? "analyze citizen_request" : "analyze table citizen_request");

		RequestFilter filter = new RequestFilter(RequestStatus.SUBMITTED, "ENC", null, null, null, null, "encombr");
		String page = plan(this.search.page(account, filter, 2));
		String counts = plan(this.search.counts(account, filter));
		String unfiltered = plan(this.search.page(account, RequestFilter.none(), 1));
		System.out.println("[RequestListPlanTests] page query plan:\n" + page);
		System.out.println("[RequestListPlanTests] counts query plan:\n" + counts);

		for (String plan : List.of(page, counts, unfiltered)) {
			if (TestDatabase.isPostgres()) {
				assertThat(plan).contains("Index").contains("citizen_request_owner").doesNotContain("Seq Scan");
			}
			else {
				// H2 names the index it reads in a comment: /*
				// public.citizen_request_owner_…: account_id = ?1 */
				assertThat(plan.toLowerCase()).contains("citizen_request_owner").doesNotContain("tablescan");
			}
		}
	}

	private String plan(RequestSearch.Query query) {
		return this.transactions.execute((tx) -> {
			List<Map<String, Object>> rows = this.named.queryForList("explain " + query.sql(), query.params());
			StringBuilder text = new StringBuilder();
			rows.forEach((row) -> text.append(row.values().iterator().next()).append('\n'));
			return text.toString();
		});
	}

	/** Thousands of requests of many citizens; returns one of them. */
	private UUID seed() {
		List<UUID> accounts = new ArrayList<>();
		List<Object[]> rows = new ArrayList<>();
		Instant start = Instant.parse("2026-01-01T08:00:00Z");
		String[] codes = { "ENC", "SCO", "VOIRIE", "ODP" };
		String[] statuses = { "SUBMITTED", "IN_INSTRUCTION", "ACCEPTED", "REFUSED" };
		int n = 0;
		for (int a = 0; a < ACCOUNTS; a++) {
			UUID account = UUID.randomUUID();
			accounts.add(account);
			for (int i = 0; i < PER_ACCOUNT; i++, n++) {
				Timestamp at = Timestamp.from(start.plus(n, ChronoUnit.MINUTES));
				String code = codes[i % codes.length];
				rows.add(new Object[] { UUID.randomUUID(), "P" + n, "2026-" + code + "-" + n, account, code,
						"Demande " + code + " " + i, "services-techniques", "services-techniques",
						statuses[i % statuses.length], (i % 3 == 0) ? "M" + a : null, at, at, at });
			}
		}
		this.jdbc.batchUpdate("insert into citizen_request (id, public_id, reference, account_id, procedure_code, "
				+ "procedure_revision, title, category, department, status, answers, current_step, member_public_id, "
				+ "created_at, updated_at, submitted_at, version) values (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, '{}', 0, ?, ?, ?, ?, 0)",
				rows);
		return accounts.get(ACCOUNTS / 2);
	}

}
