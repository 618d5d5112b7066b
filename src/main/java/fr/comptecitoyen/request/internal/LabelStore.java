package fr.comptecitoyen.request.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fr.comptecitoyen.request.RequestLabels;
import fr.comptecitoyen.request.RequestNotFoundException;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The departments' labels (see {@link RequestLabels}), in
 * {@code request_label_definition} and {@code request_label}. A label's name is unique in
 * its department, case and accents ignored ({@code name_key}).
 */
@Component
class LabelStore implements RequestLabels {

	private static final RowMapper<Label> LABEL = (rs, i) -> new Label(rs.getObject("id", UUID.class),
			rs.getString("department"), rs.getString("name"));

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	LabelStore(NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Label> of(Set<String> departments) {
		if (departments.isEmpty()) {
			return List.of();
		}
		return this.jdbc.query(
				"select id, department, name from request_label_definition "
						+ "where department in (:departments) order by department, name_key",
				new MapSqlParameterSource("departments", departments), LABEL);
	}

	@Override
	@Transactional
	public boolean define(String department, String name, String by) {
		String clean = name.strip();
		if (clean.isEmpty() || clean.length() > MAX_LENGTH) {
			throw new IllegalArgumentException("A label has 1 to " + MAX_LENGTH + " characters");
		}
		MapSqlParameterSource params = new MapSqlParameterSource("department", department)
			.addValue("key", RequestSearch.normalize(clean))
			.addValue("name", clean)
			.addValue("id", UUID.randomUUID())
			.addValue("at", Timestamp.from(this.clock.instant()))
			.addValue("by", by);
		Integer taken = this.jdbc.queryForObject(
				"select count(*) from request_label_definition " + "where department = :department and name_key = :key",
				params, Integer.class);
		if (taken != null && taken > 0) {
			return false;
		}
		this.jdbc
			.update("insert into request_label_definition (id, department, name, name_key, created_at, created_by) "
					+ "values (:id, :department, :name, :key, :at, :by)", params);
		return true;
	}

	@Override
	@Transactional
	public boolean remove(UUID labelId, Set<String> departments) {
		if (departments.isEmpty()) {
			return false;
		}
		return this.jdbc.update("delete from request_label_definition where id = :id and department in (:departments)",
				new MapSqlParameterSource("id", labelId).addValue("departments", departments)) > 0;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Label> on(String reference, Set<String> scope, Set<String> departments) {
		UUID request = requestId(reference, scope);
		if (departments.isEmpty()) {
			return List.of();
		}
		return this.jdbc.query(
				"select d.id, d.department, d.name from request_label l "
						+ "join request_label_definition d on d.id = l.label_id where l.request_id = :request "
						+ "and d.department in (:departments) order by d.name_key",
				new MapSqlParameterSource("request", request).addValue("departments", departments), LABEL);
	}

	@Override
	@Transactional
	public void set(String reference, Set<String> scope, Set<String> departments, Set<UUID> labelIds) {
		UUID request = requestId(reference, scope);
		if (departments.isEmpty()) {
			return;
		}
		MapSqlParameterSource params = new MapSqlParameterSource("request", request).addValue("departments",
				departments);
		this.jdbc.update("delete from request_label where request_id = :request and label_id in "
				+ "(select id from request_label_definition where department in (:departments))", params);
		if (!labelIds.isEmpty()) {
			this.jdbc.update(
					"insert into request_label (request_id, label_id) select :request, id "
							+ "from request_label_definition where id in (:labels) and department in (:departments)",
					params.addValue("labels", labelIds));
		}
	}

	private UUID requestId(String reference, Set<String> scope) {
		if (scope.isEmpty()) {
			throw new RequestNotFoundException(reference);
		}
		return this.jdbc
			.query("select id from citizen_request where reference = :reference and procedure_code in (:scope) "
					+ "and status <> 'DRAFT'",
					new MapSqlParameterSource("reference", reference).addValue("scope", scope),
					(rs, i) -> rs.getObject(1, UUID.class))
			.stream()
			.findFirst()
			.orElseThrow(() -> new RequestNotFoundException(reference));
	}

}
