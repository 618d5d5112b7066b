package fr.comptecitoyen.instruction.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import fr.comptecitoyen.instruction.StaffEvents.RequestOpened;
import fr.comptecitoyen.instruction.StaffPrincipal;
import fr.comptecitoyen.instruction.StaffScope;
import fr.comptecitoyen.request.RequestStatus;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Mes demandes suivies": the requests a staff member took in charge or chose to follow
 * (and did not stop following), within their departments, each marked when it changed
 * since they last opened it.
 *
 * <p>
 * "Changed" is read from the request itself, never from a flag others must remember to
 * set: a line of its history written after the last opening by anyone but this agent (the
 * citizen answered, a colleague acted, the portal's automations, an opinion recorded on
 * the timeline), or a file added after it. A request never opened counts as changed.
 * "Last opened" comes from {@link RequestOpened}, which the request page publishes.
 */
@Service
public class FollowedRequests {

	/**
	 * The SQL condition "request {@code r} changed since {@code s.last_opened_at} by
	 * someone else than {@code :me}" — the one place that says what "changed" means.
	 */
	static final String CHANGED = "(s.last_opened_at is null or exists (select 1 from request_history h "
			+ "where h.request_id = r.id and h.at > s.last_opened_at "
			+ "and not (h.actor = 'AGENT' and h.actor_name = :me)) "
			+ "or exists (select 1 from attachment a where a.holder_id = r.id and a.created_at > s.last_opened_at))";

	private static final String FOLLOWED = "r.reference is not null and r.procedure_code in (:codes) "
			+ "and (s.following = true or (s.following is null and exists (select 1 from request_history t "
			+ "where t.request_id = r.id and t.verb = 'TAKE_IN_CHARGE' and t.actor = 'AGENT' "
			+ "and t.actor_name = :me)))";

	private static final String FROM = " from citizen_request r left join staff_request s "
			+ "on s.reference = r.reference and s.staff_id = :staff where ";

	private final NamedParameterJdbcTemplate named;

	private final JdbcTemplate jdbc;

	private final StaffScope scope;

	FollowedRequests(NamedParameterJdbcTemplate named, JdbcTemplate jdbc, StaffScope scope) {
		this.named = named;
		this.jdbc = jdbc;
		this.scope = scope;
	}

	/**
	 * The followed requests, changed ones first, then the most recently updated; at most
	 * {@code limit}.
	 */
	@Transactional(readOnly = true)
	public List<Followed> list(StaffPrincipal staff, int limit) {
		Set<String> codes = this.scope.procedureCodes(staff);
		if (codes.isEmpty()) {
			return List.of();
		}
		return this.named.query(
				"select r.reference, r.title, r.status, r.updated_at, s.last_opened_at, " + "case when " + CHANGED
						+ " then 1 else 0 end as changed" + FROM + FOLLOWED
						+ " order by changed desc, r.updated_at desc fetch first " + limit + " rows only",
				parameters(staff, codes), MAPPER);
	}

	/** How many requests are followed, and how many of them changed. */
	@Transactional(readOnly = true)
	public Counts counts(StaffPrincipal staff) {
		Set<String> codes = this.scope.procedureCodes(staff);
		if (codes.isEmpty()) {
			return new Counts(0, 0);
		}
		return this.named.queryForObject(
				"select count(*) as followed, coalesce(sum(case when " + CHANGED + " then 1 else 0 end), 0) as changed"
						+ FROM + FOLLOWED,
				parameters(staff, codes), (rs, i) -> new Counts(rs.getLong("followed"), rs.getLong("changed")));
	}

	/** Whether the person follows that request (chosen, or taken in charge). */
	@Transactional(readOnly = true)
	public boolean follows(StaffPrincipal staff, String reference) {
		Set<String> codes = this.scope.procedureCodes(staff);
		if (codes.isEmpty()) {
			return false;
		}
		MapSqlParameterSource parameters = parameters(staff, codes).addValue("reference", reference);
		Integer count = this.named.queryForObject("select count(*)" + FROM + FOLLOWED + " and r.reference = :reference",
				parameters, Integer.class);
		return count != null && count > 0;
	}

	/**
	 * The procedure code of a submitted request the person may work on, if any (the
	 * department check: another department's request is "not found").
	 */
	@Transactional(readOnly = true)
	public Optional<String> procedureInScope(StaffPrincipal staff, String reference) {
		return this.jdbc
			.queryForList("select procedure_code from citizen_request where reference = ?", String.class, reference)
			.stream()
			.filter((code) -> this.scope.mayHandle(staff, code))
			.findFirst();
	}

	/** Starts or stops following a request (stopping also hides one taken in charge). */
	@Transactional
	public void follow(StaffPrincipal staff, String reference, boolean following) {
		int updated = this.jdbc.update("update staff_request set following = ? where staff_id = ? and reference = ?",
				following, staff.staffId(), reference);
		if (updated == 0) {
			insert(staff.staffId(), reference, following, null);
		}
	}

	/** Records when a staff member opened a request's page. */
	@EventListener
	@Transactional
	public void on(RequestOpened event) {
		Timestamp at = Timestamp.from(event.at());
		int updated = this.jdbc.update(
				"update staff_request set last_opened_at = ? where staff_id = ? and reference = ?", at, event.staffId(),
				event.reference());
		if (updated == 0) {
			insert(event.staffId(), event.reference(), null, at);
		}
	}

	private void insert(UUID staffId, String reference, Boolean following, Timestamp openedAt) {
		try {
			this.jdbc.update(
					"insert into staff_request (staff_id, reference, following, last_opened_at) values (?, ?, ?, ?)",
					staffId, reference, following, openedAt);
		}
		catch (DuplicateKeyException concurrent) {
			// The same person in two tabs: the other one wrote the row first.
		}
	}

	private static MapSqlParameterSource parameters(StaffPrincipal staff, Set<String> codes) {
		return new MapSqlParameterSource(Map.of("staff", staff.staffId(), "me", staff.displayName(), "codes", codes));
	}

	private static final RowMapper<Followed> MAPPER = (rs, i) -> new Followed(rs.getString("reference"),
			rs.getString("title"), RequestStatus.valueOf(rs.getString("status")), instant(rs, "updated_at"),
			instant(rs, "last_opened_at"), rs.getInt("changed") == 1);

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

	/**
	 * A followed request.
	 *
	 * @param reference its public reference
	 * @param title the procedure's title
	 * @param status its status now
	 * @param updatedAt its last change (any actor)
	 * @param lastOpenedAt when this agent last opened it, or null (never)
	 * @param changed whether someone else changed it since
	 */
	public record Followed(String reference, String title, RequestStatus status, Instant updatedAt,
			Instant lastOpenedAt, boolean changed) {
	}

	/**
	 * @param followed how many requests are followed
	 * @param changed how many of them changed since last opened
	 */
	public record Counts(long followed, long changed) {
	}

}
