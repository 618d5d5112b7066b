package fr.comptecitoyen.request.internal;

import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import fr.comptecitoyen.request.CitizenRequests;
import fr.comptecitoyen.request.CitizenRequests.Line;
import fr.comptecitoyen.request.RequestFilter;
import fr.comptecitoyen.request.RequestStatus;
import fr.comptecitoyen.shared.CitySettings;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The queries of "Mes Demandes": one for the page, one for the counts per status. Both
 * start with the owner ({@code account_id}), so they read that account's index range
 * only; the text search compares lower-cased, accent-free text in plain SQL that H2 and
 * PostgreSQL both run.
 */
@Component
class RequestSearch {

	/** Accented letters and the typographic apostrophe, and what they compare as. */
	static final String ACCENTED = "àáâäãåçèéêëìíîïñòóôöõùúûüýÿ’";

	static final String PLAIN = "aaaaaaceeeeiiiinooooouuuuyy'";

	private static final String COLUMNS = "reference, title, procedure_code, category, status, member_name, "
			+ "submitted_at, updated_at";

	private static final RowMapper<Line> LINE = (rs, i) -> new Line(rs.getString("reference"), rs.getString("title"),
			rs.getString("procedure_code"), rs.getString("category"), RequestStatus.valueOf(rs.getString("status")),
			rs.getString("member_name"), rs.getTimestamp("submitted_at").toInstant(),
			rs.getTimestamp("updated_at").toInstant());

	private final NamedParameterJdbcTemplate jdbc;

	private final ZoneId zone;

	RequestSearch(NamedParameterJdbcTemplate jdbc, CitySettings city) {
		this.jdbc = jdbc;
		this.zone = city.timeZone();
	}

	/** A page of requests and the counts per status. */
	CitizenRequests.Listing list(UUID accountId, RequestFilter filter, int page) {
		Map<RequestStatus, Long> counts = new EnumMap<>(RequestStatus.class);
		Query countQuery = counts(accountId, filter);
		this.jdbc.query(countQuery.sql(), countQuery.params(),
				(RowCallbackHandler) (rs) -> counts.put(RequestStatus.valueOf(rs.getString(1)), rs.getLong(2)));
		long total = (filter.status() != null) ? counts.getOrDefault(filter.status(), 0L)
				: counts.values().stream().mapToLong(Long::longValue).sum();
		Query pageQuery = page(accountId, filter, page);
		List<Line> lines = (total == 0) ? List.of() : this.jdbc.query(pageQuery.sql(), pageQuery.params(), LINE);
		return new CitizenRequests.Listing(lines, total, page, counts);
	}

	/** The household members named in the account's sent requests, by name. */
	List<CitizenRequests.Member> members(UUID accountId) {
		return this.jdbc.query(
				"select distinct member_public_id, member_name from citizen_request "
						+ "where account_id = :account and member_public_id is not null and status <> 'DRAFT' "
						+ "order by member_name, member_public_id",
				new MapSqlParameterSource("account", accountId),
				(rs, i) -> new CitizenRequests.Member(rs.getString(1), rs.getString(2)));
	}

	/** The page query: the requests matching every filter, newest first. */
	Query page(UUID accountId, RequestFilter filter, int page) {
		Query where = where(accountId, filter, true);
		where.params().addValue("size", CitizenRequests.PAGE_SIZE);
		where.params().addValue("offset", (long) (Math.max(page, 1) - 1) * CitizenRequests.PAGE_SIZE);
		return new Query("select " + COLUMNS + " from citizen_request where " + where.sql()
				+ " order by submitted_at desc, reference desc limit :size offset :offset", where.params());
	}

	/** The counts query: per status, for every filter but the status. */
	Query counts(UUID accountId, RequestFilter filter) {
		Query where = where(accountId, filter, false);
		return new Query("select status, count(*) from citizen_request where " + where.sql() + " group by status",
				where.params());
	}

	private Query where(UUID accountId, RequestFilter filter, boolean withStatus) {
		MapSqlParameterSource params = new MapSqlParameterSource("account", accountId);
		StringBuilder sql = new StringBuilder("account_id = :account and status <> 'DRAFT'");
		if (withStatus && filter.status() != null) {
			sql.append(" and status = :status");
			params.addValue("status", filter.status().name());
		}
		equal(sql, params, "procedure_code", "procedure", filter.procedure());
		equal(sql, params, "category", "category", filter.category());
		equal(sql, params, "member_public_id", "member", filter.member());
		if (filter.from() != null) {
			sql.append(" and submitted_at >= :from");
			params.addValue("from", Timestamp.from(filter.from().atStartOfDay(this.zone).toInstant()));
		}
		if (filter.to() != null) {
			sql.append(" and submitted_at < :to");
			params.addValue("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay(this.zone).toInstant()));
		}
		String text = normalize(filter.text());
		if (!text.isEmpty()) {
			sql.append(" and (lower(reference) like :text escape '!'"
					+ " or translate(lower(title), :accented, :plain) like :text escape '!')");
			params.addValue("text", "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
			params.addValue("accented", ACCENTED);
			params.addValue("plain", PLAIN);
		}
		return new Query(sql.toString(), params);
	}

	private static void equal(StringBuilder sql, MapSqlParameterSource params, String column, String name,
			String value) {
		if (value != null && !value.isBlank()) {
			sql.append(" and ").append(column).append(" = :").append(name);
			params.addValue(name, value.strip());
		}
	}

	/** Lower case, accents removed, typographic apostrophes made straight. */
	static String normalize(String text) {
		if (text == null) {
			return "";
		}
		return Normalizer.normalize(text.strip(), Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.replace('’', '\'')
			.toLowerCase(Locale.ROOT);
	}

	/** A query and its parameters. */
	record Query(String sql, MapSqlParameterSource params) {
	}

}
