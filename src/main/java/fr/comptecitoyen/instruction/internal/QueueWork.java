package fr.comptecitoyen.instruction.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import fr.comptecitoyen.catalogue.Catalogue;
import fr.comptecitoyen.catalogue.Procedure;
import fr.comptecitoyen.instruction.StaffPrincipal;
import fr.comptecitoyen.instruction.StaffRole;
import fr.comptecitoyen.instruction.StaffScope;
import fr.comptecitoyen.request.IllegalTransitionException;
import fr.comptecitoyen.request.RequestLabels;
import fr.comptecitoyen.request.RequestLabels.Label;
import fr.comptecitoyen.request.RequestLifecycle;
import fr.comptecitoyen.request.RequestQueue;
import fr.comptecitoyen.request.RequestQueue.Dashboard;
import fr.comptecitoyen.request.RequestQueue.QueueFilter;
import fr.comptecitoyen.request.RequestQueue.QueuePage;
import fr.comptecitoyen.security.AuditLog;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The back office's work on request queues: the agent's scope (the procedures of their
 * departments) applied to every page, export, neighbour, bulk action and label; each
 * export audited; each bulk action applied request by request through the lifecycle, so
 * that the transition table decides.
 */
@Service
public class QueueWork {

	/** The period of the dashboard's decision times. */
	public static final Duration DASHBOARD_PERIOD = Duration.ofDays(30);

	private static final int DASHBOARD_OLDEST = 10;

	private final RequestQueue queue;

	private final RequestLifecycle lifecycle;

	private final RequestLabels labels;

	private final StaffScope scope;

	private final Catalogue catalogue;

	private final StaffRepository staff;

	private final Departments departments;

	private final QueueExport export;

	private final AuditLog audit;

	private final TransactionTemplate transaction;

	private final Clock clock;

	QueueWork(RequestQueue queue, RequestLifecycle lifecycle, RequestLabels labels, StaffScope scope,
			Catalogue catalogue, StaffRepository staff, Departments departments, QueueExport export, AuditLog audit,
			PlatformTransactionManager transactions, Clock clock) {
		this.queue = queue;
		this.lifecycle = lifecycle;
		this.labels = labels;
		this.scope = scope;
		this.catalogue = catalogue;
		this.staff = staff;
		this.departments = departments;
		this.export = export;
		this.audit = audit;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** The procedure codes the person may work on. */
	public Set<String> scope(StaffPrincipal staff) {
		return this.scope.procedureCodes(staff);
	}

	/** A page of the queue (the filter's scope is the person's). */
	public QueuePage page(QueueFilter filter, int page) {
		return this.queue.page(filter, page);
	}

	/** How many requests wait in each of the person's tabs, without filters. */
	public RequestQueue.TabCounts counts(StaffPrincipal person) {
		return this.queue.counts(new QueueFilter(scope(person), person.staffId(), null, null, null, null, null, null,
				false, false, null, null, null));
	}

	/** The neighbour of a request in the queue, if any. */
	public java.util.Optional<String> neighbour(QueueFilter filter, String reference, boolean next) {
		return this.queue.neighbour(filter, reference, next);
	}

	/** The procedures in scope, code → title, by title. */
	public Map<String, String> procedures(Set<String> scope) {
		return this.catalogue.current()
			.stream()
			.filter((procedure) -> scope.contains(procedure.code()))
			.sorted(Comparator.comparing(Procedure::title))
			.collect(Collectors.toMap(Procedure::code, Procedure::title, (a, b) -> a, LinkedHashMap::new));
	}

	/** The staff members sharing a department with the person, id → name, by name. */
	public Map<UUID, String> colleagues(StaffPrincipal person) {
		Map<UUID, String> colleagues = new LinkedHashMap<>();
		if (!person.departments().isEmpty()) {
			for (Object[] row : this.staff.namesIn(person.departments())) {
				colleagues.put((UUID) row[0], (String) row[1]);
			}
		}
		return colleagues;
	}

	/**
	 * Records an export in the audit log, in its own transaction, before the first row
	 * leaves: rows cannot be taken back once sent, so the entry must not depend on the
	 * end of the download.
	 * @param description what was exported (the query string), for the journal
	 */
	public void recordExport(StaffPrincipal person, String description, HttpServletRequest request) {
		this.transaction.executeWithoutResult((tx) -> this.audit.recordStaff(AuditLog.Action.EXPORTED,
				person.getUsername(), "demandes:" + description, request));
	}

	/** Streams the queue as CSV (see {@link QueueExport}). */
	public void writeCsv(QueueFilter filter, Locale locale, OutputStream out) throws IOException {
		this.export.write(filter, procedures(filter.scope()), locale, out);
	}

	/**
	 * Applies one verb to each selected request, each in its own transaction.
	 * @param message the information message (INFORM only)
	 * @param date the date the message is about (INFORM only), or null
	 */
	public BulkOutcome bulk(StaffPrincipal person, BulkAction action, List<String> references, String message,
			LocalDate date) {
		Set<String> codes = scope(person);
		List<String> done = new ArrayList<>();
		List<String> refused = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		for (String reference : references.stream().distinct().toList()) {
			if (!this.queue.inScope(codes, reference)) {
				unknown.add(reference);
				continue;
			}
			try {
				switch (action) {
					case TAKE -> this.lifecycle.takeInCharge(reference, person.staffId(), person.displayName());
					case INFORM -> this.lifecycle.sendInformation(reference, person.displayName(), message, date);
					case CLOSE -> this.lifecycle.close(reference, person.displayName(), null);
				}
				done.add(reference);
			}
			catch (IllegalTransitionException ex) {
				refused.add(reference);
			}
		}
		return new BulkOutcome(action, done, refused, unknown);
	}

	/** The dashboard of the person's departments. */
	public Dashboard dashboard(StaffPrincipal person) {
		return this.queue.dashboard(scope(person), this.clock.instant().minus(DASHBOARD_PERIOD), DASHBOARD_OLDEST);
	}

	/**
	 * The departments whose labels the person manages: their own; every active one for an
	 * administrator. Code → name, by name.
	 */
	public Map<String, String> labelDepartments(StaffPrincipal person) {
		return this.departments.all()
			.stream()
			.filter((d) -> d.isActive()
					&& (person.has(StaffRole.ADMINISTRATOR) || person.departments().contains(d.getCode())))
			.collect(Collectors.toMap(Department::getCode, Department::getName, (a, b) -> a, LinkedHashMap::new));
	}

	/** The labels the person may put on requests (their departments'). */
	public List<Label> labels(StaffPrincipal person) {
		return this.labels.of(person.departments());
	}

	/** The labels the person manages. */
	public List<Label> managedLabels(StaffPrincipal person) {
		return this.labels.of(labelDepartments(person).keySet());
	}

	/**
	 * Defines a label in a department the person manages.
	 * @return false when the name is taken there
	 * @throws IllegalArgumentException when the person does not manage that department
	 */
	public boolean define(StaffPrincipal person, String department, String name) {
		if (!labelDepartments(person).containsKey(department)) {
			throw new IllegalArgumentException("Not a department of " + person.getUsername());
		}
		return this.labels.define(department, name, person.displayName());
	}

	/** Removes a label the person manages; false when there is none. */
	public boolean remove(StaffPrincipal person, UUID label) {
		return this.labels.remove(label, labelDepartments(person).keySet());
	}

	/** The labels a request carries (404 outside the person's scope). */
	public List<Label> labelsOn(StaffPrincipal person, String reference) {
		return this.labels.on(reference, scope(person), person.departments());
	}

	/** Puts exactly these labels of the person's departments on a request. */
	public void setLabels(StaffPrincipal person, String reference, Set<UUID> chosen) {
		this.labels.set(reference, scope(person), person.departments(), chosen);
	}

	/** The verbs a selection can take at once. */
	public enum BulkAction {

		/** Take in charge (the agent becomes the assignee). */
		TAKE,

		/** The same information message, with an optional date. */
		INFORM,

		/** Close. */
		CLOSE

	}

	/**
	 * What a bulk action did.
	 *
	 * @param done the requests it was applied to
	 * @param refused the requests whose status does not allow it
	 * @param unknown the references not found in the person's queues
	 */
	public record BulkOutcome(BulkAction action, List<String> done, List<String> refused, List<String> unknown) {
	}

}
