package fr.comptecitoyen.instruction.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import fr.comptecitoyen.account.AccountSummary;
import fr.comptecitoyen.account.Accounts;
import fr.comptecitoyen.document.AttachmentView;
import fr.comptecitoyen.document.Attachments;
import fr.comptecitoyen.document.Download;
import fr.comptecitoyen.document.PaperOriginals;
import fr.comptecitoyen.form.StepView;
import fr.comptecitoyen.instruction.StaffEvents.RequestOpened;
import fr.comptecitoyen.instruction.StaffPrincipal;
import fr.comptecitoyen.instruction.StaffRole;
import fr.comptecitoyen.instruction.StaffScope;
import fr.comptecitoyen.request.RequestInstruction;
import fr.comptecitoyen.request.RequestInstruction.Access;
import fr.comptecitoyen.request.RequestInstruction.Agent;
import fr.comptecitoyen.request.RequestInstruction.Case;
import fr.comptecitoyen.request.RequestNotFoundException;
import fr.comptecitoyen.security.AuditLog;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * A request as an agent works on it (page {@code /agent/demandes/{reference}}): what the
 * agent may see is decided by {@link StaffScope} (the procedures of the person's
 * departments) and by the opinions asked of the person's departments (read-only). Every
 * view, download and action is journalled in its own transaction, with the change; a view
 * also publishes {@link RequestOpened}. A request outside the person's reach is "not
 * found" ({@link RequestNotFoundException}, a 404).
 */
@Service
public class RequestCases {

	private final RequestInstruction requests;

	private final StaffScope scope;

	private final Attachments attachments;

	private final PaperOriginals originals;

	private final Accounts accounts;

	private final StaffRepository staff;

	private final Departments departments;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RequestCases(RequestInstruction requests, StaffScope scope, Attachments attachments, PaperOriginals originals,
			Accounts accounts, StaffRepository staff, Departments departments, AuditLog audit,
			ApplicationEventPublisher events, Clock clock) {
		this.requests = requests;
		this.scope = scope;
		this.attachments = attachments;
		this.originals = originals;
		this.accounts = accounts;
		this.staff = staff;
		this.departments = departments;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** What this person may see. */
	public Access access(StaffPrincipal person) {
		return new Access(this.scope.procedureCodes(person), person.departments());
	}

	/** The person as the history names them. */
	public static Agent agent(StaffPrincipal person) {
		return new Agent(person.staffId(), person.getUsername(), person.displayName());
	}

	/**
	 * Opens a request's page: journalled as a view, and {@link RequestOpened} published.
	 * @throws RequestNotFoundException when the person may not see it
	 */
	@Transactional
	public Page open(StaffPrincipal person, String reference, HttpServletRequest http) {
		Case found = find(person, reference);
		this.audit.recordStaff(AuditLog.Action.REQUEST_VIEWED, person.getUsername(), object(reference), http);
		this.events.publishEvent(new RequestOpened(person.staffId(), found.reference(), this.clock.instant()));
		return page(person, found);
	}

	/**
	 * The page again, after a refused action, without journalling another view.
	 * @throws RequestNotFoundException when the person may not see it
	 */
	@Transactional(readOnly = true)
	public Page reload(StaffPrincipal person, String reference) {
		return page(person, find(person, reference));
	}

	/**
	 * One file of the request, journalled.
	 * @return empty when it is not the request's, or still being checked by the antivirus
	 * @throws RequestNotFoundException when the person may not see the request
	 */
	@Transactional
	public Optional<Download> download(StaffPrincipal person, String reference, String fileId,
			HttpServletRequest http) {
		Case found = find(person, reference);
		Optional<Download> file = this.attachments.downloadOfHolder(found.id(), fileId);
		file.ifPresent((f) -> this.audit.recordStaff(AuditLog.Action.REQUEST_FILE_DOWNLOADED, person.getUsername(),
				object(reference) + ":" + fileId, http));
		return file;
	}

	/**
	 * Every file of the request that may be served (not those the antivirus still
	 * checks), journalled once.
	 * @throws RequestNotFoundException when the person may not see the request
	 */
	@Transactional
	public List<FileGroup<Download>> downloadAll(StaffPrincipal person, String reference, HttpServletRequest http) {
		Case found = find(person, reference);
		List<AttachmentView> ready = this.attachments.of(found.id()).stream().filter((a) -> !a.pending()).toList();
		List<FileGroup<Download>> files = groups(found, ready).stream()
			.map((group) -> new FileGroup<>(group.label(),
					group.files()
						.stream()
						.map((a) -> this.attachments.downloadOfHolder(found.id(), a.id()))
						.flatMap(Optional::stream)
						.toList()))
			.filter((group) -> !group.files().isEmpty())
			.toList();
		this.audit.recordStaff(AuditLog.Action.REQUEST_FILES_DOWNLOADED, person.getUsername(), object(reference), http);
		return files;
	}

	/**
	 * The files under the document or form field they answer, in the procedure's order;
	 * files of a slot the request's revision does not name come last, without a label.
	 */
	private List<FileGroup<AttachmentView>> groups(Case found, List<AttachmentView> files) {
		Map<String, String> labels = this.requests.fileLabels(found);
		Map<String, List<AttachmentView>> bySlot = new LinkedHashMap<>();
		labels.keySet().forEach((slot) -> bySlot.put(slot, new ArrayList<>()));
		List<AttachmentView> others = new ArrayList<>();
		for (AttachmentView file : files) {
			bySlot.getOrDefault(file.slot(), others).add(file);
		}
		List<FileGroup<AttachmentView>> groups = new ArrayList<>();
		bySlot.forEach((slot, inSlot) -> {
			if (!inSlot.isEmpty()) {
				groups.add(new FileGroup<>(labels.get(slot), inSlot));
			}
		});
		if (!others.isEmpty()) {
			groups.add(new FileGroup<>(null, others));
		}
		return groups;
	}

	/**
	 * Ticks a paper original as received at the counter (today, by this person).
	 * @return whether it was on the list and not yet received
	 * @throws RequestNotFoundException when the person may not work on the request
	 */
	@Transactional
	public boolean receiveOriginal(StaffPrincipal person, String reference, String documentKey,
			HttpServletRequest http) {
		Case found = find(person, reference);
		if (found.sharedOnly()) {
			throw new RequestNotFoundException(reference);
		}
		boolean ticked = this.originals.markReceived(found.id(), documentKey, person.displayName());
		if (ticked) {
			this.audit.recordStaff(AuditLog.Action.REQUEST_ACTED, person.getUsername(), object(reference) + ":original",
					http);
		}
		return ticked;
	}

	/**
	 * Applies one of the agent's verbs ({@link RequestInstruction}) and journals it, in
	 * one transaction.
	 * @param what the verb's name, for the journal
	 */
	@Transactional
	public void act(StaffPrincipal person, String reference, String what, HttpServletRequest http,
			Consumer<Access> verb) {
		verb.accept(access(person));
		this.audit.recordStaff(AuditLog.Action.REQUEST_ACTED, person.getUsername(), object(reference) + ":" + what,
				http);
	}

	/** The agents of a department, who may be given its requests. */
	@Transactional(readOnly = true)
	public List<Agent> agentsOf(String department) {
		return this.staff.findAllByOrderByUsername()
			.stream()
			.filter((m) -> m.maySignIn() && m.getRoles().contains(StaffRole.AGENT)
					&& m.getDepartments().contains(department))
			.map((m) -> new Agent(m.getId(), m.getUsername(), m.getDisplayName()))
			.toList();
	}

	/** How a request appears in the journal's "object" column. */
	public static String object(String reference) {
		return "demande:" + reference;
	}

	private Case find(StaffPrincipal person, String reference) {
		return this.requests.find(reference, access(person)).orElseThrow(() -> new RequestNotFoundException(reference));
	}

	private Page page(StaffPrincipal person, Case found) {
		AccountSummary account = (found.accountId() != null) ? this.accounts.find(found.accountId()).orElse(null)
				: null;
		List<Department> all = this.departments.all();
		String departmentName = all.stream()
			.filter((d) -> d.getCode().equals(found.department()))
			.map(Department::getName)
			.findFirst()
			.orElse(found.department());
		List<Department> others = all.stream()
			.filter((d) -> d.isActive() && !d.getCode().equals(found.department()))
			.sorted(Comparator.comparing(Department::getName))
			.toList();
		List<AttachmentView> files = this.attachments.of(found.id());
		return new Page(found, departmentName, this.requests.answers(found), files, groups(found, files),
				this.originals.of(found.id()), account, agentsOf(found.department()), others,
				found.awaitedFrom(person.departments()).stream().map(RequestInstruction.Opinion::department).toList(),
				person.has(StaffRole.ADMINISTRATOR));
	}

	/**
	 * Everything the agent's page shows.
	 *
	 * @param request the request, its timeline, notes and opinions
	 * @param departmentName the name of its department
	 * @param steps the answers, one section per step
	 * @param files the uploaded files
	 * @param fileGroups the same, under the document they answer
	 * @param originals the paper originals to bring
	 * @param account the citizen's account, or null (visitor, or account gone)
	 * @param agents the agents of its department (assignment)
	 * @param departments the other departments (opinions)
	 * @param opinionsToGive the person's departments whose opinion is awaited
	 * @param administrator whether the person may reopen it
	 */
	public record Page(Case request, String departmentName, List<StepView> steps, List<AttachmentView> files,
			List<FileGroup<AttachmentView>> fileGroups, List<PaperOriginals.Item> originals, AccountSummary account,
			List<Agent> agents, List<Department> departments, List<String> opinionsToGive, boolean administrator) {

		/** A department's name (its code when it is not among the others). */
		public String nameOf(String code) {
			return this.departments.stream()
				.filter((d) -> d.getCode().equals(code))
				.map(Department::getName)
				.findFirst()
				.orElse(code.equals(this.request.department()) ? this.departmentName : code);
		}

	}

	/**
	 * The request's acknowledgement receipt (PDF), to print or post for someone who came
	 * to the counter; journalled as a download.
	 * @throws RequestNotFoundException when the person may not see the request
	 */
	@Transactional
	public byte[] receipt(StaffPrincipal person, String reference, HttpServletRequest http) {
		byte[] pdf = this.requests.receipt(reference, access(person))
			.orElseThrow(() -> new RequestNotFoundException(reference));
		this.audit.recordStaff(AuditLog.Action.REQUEST_FILE_DOWNLOADED, person.getUsername(),
				object(reference) + ":recu", http);
		return pdf;
	}

	/**
	 * Files under the supporting document or form field they answer.
	 *
	 * @param label the document's or field's label, or null for files whose slot the
	 * request's revision does not name
	 * @param files the files, oldest first
	 */
	public record FileGroup<F>(String label, List<F> files) {
	}

}
