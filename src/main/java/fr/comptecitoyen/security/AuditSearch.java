package fr.comptecitoyen.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searching the security journal (administrators): by person (the actor's identifier), by
 * object ({@code compte:jean.dupont}…) and by time range, newest first, one page at a
 * time from the database.
 */
@Component
public class AuditSearch {

	/** Entries per page. */
	public static final int PAGE_SIZE = 50;

	private final JdbcTemplate jdbc;

	AuditSearch(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One page of matching entries, newest first.
	 * @param criteria what to look for (blank or null parts match everything)
	 * @param page the page number, from 1
	 */
	@Transactional(readOnly = true)
	public Page search(Criteria criteria, int page) {
		StringBuilder where = new StringBuilder(" where 1 = 1");
		List<Object> args = new ArrayList<>();
		if (criteria.person() != null && !criteria.person().isBlank()) {
			where.append(" and lower(actor) like ?");
			args.add(like(criteria.person()));
		}
		if (criteria.object() != null && !criteria.object().isBlank()) {
			where.append(" and lower(object_ref) like ?");
			args.add(like(criteria.object()));
		}
		if (criteria.from() != null) {
			where.append(" and occurred_at >= ?");
			args.add(Timestamp.from(criteria.from()));
		}
		if (criteria.until() != null) {
			where.append(" and occurred_at < ?");
			args.add(Timestamp.from(criteria.until()));
		}
		Long total = this.jdbc.queryForObject("select count(*) from audit_event" + where, Long.class, args.toArray());
		int number = Math.max(1, page);
		List<Object> pageArgs = new ArrayList<>(args);
		pageArgs.add((number - 1) * PAGE_SIZE);
		pageArgs.add(PAGE_SIZE);
		List<Entry> entries = this.jdbc.query(
				"select occurred_at, action, actor, actor_kind, object_ref, client_address from audit_event" + where
						+ " order by occurred_at desc, id offset ? rows fetch next ? rows only",
				(rs, i) -> new Entry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getString(6)),
				pageArgs.toArray());
		return new Page(entries, number, (total != null) ? total : 0);
	}

	private static String like(String typed) {
		String escaped = typed.strip().toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "");
		return "%" + escaped + "%";
	}

	/**
	 * What to look for.
	 *
	 * @param person part of the actor's identifier
	 * @param object part of the object ({@code compte:…}, {@code agent:…})
	 * @param from entries at or after this instant
	 * @param until entries before this instant
	 */
	public record Criteria(String person, String object, Instant from, Instant until) {
	}

	/**
	 * One journal entry.
	 *
	 * @param at when
	 * @param action what ({@link AuditLog.Action} name)
	 * @param actor who (identifier)
	 * @param actorKind {@code STAFF} or {@code CITIZEN}
	 * @param object what it was done to, if any
	 * @param clientAddress from where
	 */
	public record Entry(Instant at, String action, String actor, String actorKind, String object,
			String clientAddress) {
	}

	/**
	 * A page of entries.
	 *
	 * @param entries the entries, newest first
	 * @param number the page number, from 1
	 * @param total how many entries match in all
	 */
	public record Page(List<Entry> entries, int number, long total) {

		/** How many pages there are (at least one). */
		public int pageCount() {
			return (int) Math.max(1, (this.total + PAGE_SIZE - 1) / PAGE_SIZE);
		}

	}

}
