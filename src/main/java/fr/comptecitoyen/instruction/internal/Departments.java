package fr.comptecitoyen.instruction.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import fr.comptecitoyen.catalogue.Catalogue;
import fr.comptecitoyen.catalogue.Procedure;
import fr.comptecitoyen.instruction.StaffPrincipal;
import fr.comptecitoyen.instruction.StaffScope;
import fr.comptecitoyen.request.DepartmentDirectory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Departments and which one handles each procedure. At start, every department a
 * procedure definition names is created if missing (named after its code until an
 * administrator renames it). A procedure is handled by the department an administrator
 * chose ({@code procedure_department}), else by the one its definition names.
 */
@Service
@Order(5)
public class Departments implements StaffScope, DepartmentDirectory, ApplicationRunner {

	private final DepartmentRepository departments;

	private final Catalogue catalogue;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	Departments(DepartmentRepository departments, Catalogue catalogue, JdbcTemplate jdbc, Clock clock) {
		this.departments = departments;
		this.catalogue = catalogue;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		for (Procedure procedure : this.catalogue.current()) {
			String code = procedure.department();
			if (code != null && !code.isBlank() && !this.departments.existsById(code)) {
				this.departments.save(new Department(code, code, this.clock.instant()));
			}
		}
	}

	/** Every department, by name. */
	@Transactional(readOnly = true)
	public List<Department> all() {
		return this.departments.findAllByOrderByName();
	}

	/** The names of these departments, sorted. */
	@Transactional(readOnly = true)
	public List<String> names(Set<String> codes) {
		return this.departments.findAllById(codes).stream().map(Department::getName).sorted().toList();
	}

	/**
	 * Procedure code → department code, overrides applied, for every loaded procedure.
	 */
	@Transactional(readOnly = true)
	public Map<String, String> departmentByProcedure() {
		Map<String, String> byProcedure = new HashMap<>();
		this.catalogue.current().forEach((procedure) -> byProcedure.put(procedure.code(), procedure.department()));
		this.jdbc.query("select procedure_code, department_code from procedure_department",
				(RowCallbackHandler) (rs) -> byProcedure.put(rs.getString(1), rs.getString(2)));
		return byProcedure;
	}

	/**
	 * Creates a department.
	 * @return false when the code is taken
	 */
	@Transactional
	public boolean create(String code, String name) {
		if (this.departments.existsById(code)) {
			return false;
		}
		this.departments.save(new Department(code, name, this.clock.instant()));
		return true;
	}

	@Override
	@Transactional(readOnly = true)
	public String nameOf(String code) {
		return this.departments.findById(code).map(Department::getName).orElse(code);
	}

	/**
	 * Renames a department.
	 * @return false when no department has this code
	 */
	@Transactional
	public boolean rename(String code, String name) {
		return this.departments.findById(code).map((department) -> {
			department.rename(name);
			return true;
		}).orElse(false);
	}

	/**
	 * Deactivates a department, unless a procedure is handled by it.
	 * @return {@link Deactivation#IN_USE} when a procedure still uses it,
	 * {@link Deactivation#UNKNOWN} when no department has this code
	 */
	@Transactional
	public Deactivation deactivate(String code) {
		if (departmentByProcedure().containsValue(code)) {
			return Deactivation.IN_USE;
		}
		return this.departments.findById(code).map((department) -> {
			department.setActive(false);
			return Deactivation.DONE;
		}).orElse(Deactivation.UNKNOWN);
	}

	/**
	 * Makes a deactivated department active again: it can be given procedures, and its
	 * agents see their requests again.
	 * @return false when no department has this code
	 */
	@Transactional
	public boolean reactivate(String code) {
		return this.departments.findById(code).map((department) -> {
			department.setActive(true);
			return true;
		}).orElse(false);
	}

	/** Gives a procedure to another department than its definition names. */
	@Transactional
	public void assign(String procedureCode, String departmentCode, String by) {
		this.jdbc.update("delete from procedure_department where procedure_code = ?", procedureCode);
		this.jdbc.update(
				"insert into procedure_department (procedure_code, department_code, changed_at, changed_by) values (?, ?, ?, ?)",
				procedureCode, departmentCode, Timestamp.from(this.clock.instant()), by);
	}

	@Override
	@Transactional(readOnly = true)
	public Set<String> procedureCodes(StaffPrincipal staff) {
		return procedureCodes(staff.departments());
	}

	/** The codes of the procedures these departments handle (their codes). */
	@Transactional(readOnly = true)
	public Set<String> procedureCodes(Set<String> departments) {
		return departmentByProcedure().entrySet()
			.stream()
			.filter((entry) -> departments.contains(entry.getValue()))
			.map(Map.Entry::getKey)
			.collect(Collectors.toUnmodifiableSet());
	}

	/** What {@link #deactivate} did. */
	public enum Deactivation {

		/** The department is now inactive. */
		DONE,
		/** Nothing changed: a procedure is still handled by the department. */
		IN_USE,
		/** Nothing changed: no department has this code. */
		UNKNOWN

	}

}
