package fr.comptecitoyen.instruction.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import fr.comptecitoyen.account.AccountSummary;
import fr.comptecitoyen.account.Accounts;
import fr.comptecitoyen.document.AttachmentView;
import fr.comptecitoyen.document.Attachments;
import fr.comptecitoyen.document.Download;
import fr.comptecitoyen.document.PaperOriginals;
import fr.comptecitoyen.document.UploadOutcome;
import fr.comptecitoyen.form.FileSettings;
import fr.comptecitoyen.form.StepView;
import fr.comptecitoyen.instruction.StaffEvents.RequestOpened;
import fr.comptecitoyen.instruction.StaffPrincipal;
import fr.comptecitoyen.instruction.StaffRole;
import fr.comptecitoyen.instruction.StaffScope;
import fr.comptecitoyen.request.RequestInstruction;
import fr.comptecitoyen.request.RequestInstruction.Access;
import fr.comptecitoyen.request.RequestInstruction.Agent;
import fr.comptecitoyen.request.RequestInstruction.Case;
import fr.comptecitoyen.request.RequestInstruction.Note;
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
 *
 * <p>
 * The file given with an opinion is held by the opinion's note (never by the request), so
 * that nothing the citizen's pages, downloads or data export read by request or by owner
 * ever meets it; the agents of both departments see and download it with the opinion.
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
	 * One file of the request, or of an opinion given on it, journalled.
	 * @return empty when it is not the request's, or still being checked by the antivirus
	 * @throws RequestNotFoundException when the person may not see the request
	 */
	@Transactional
	public Optional<Download> download(StaffPrincipal person, String reference, String fileId,
			HttpServletRequest http) {
		Case found = find(person, reference);
		Optional<Download> file = this.attachments.downloadOfHolder(found.id(), fileId);
		for (Note opinion : opinions(found)) {
			if (file.isPresent()) {
				break;
			}
			file = this.attachments.downloadOfHolder(opinion.id(), fileId);
		}
		file.ifPresent((f) -> this.audit.recordStaff(AuditLog.Action.REQUEST_FILE_DOWNLOADED, person.getUsername(),
				object(reference) + ":" + fileId, http));
		return file;
	}

	/**
	 * The letter carrying one timeline line to someone answered by post, journalled as a
	 * file download.
	 * @param line the line's position in the request's timeline, from 0
	 * @return empty when that line has no letter
	 * @throws RequestNotFoundException when the person may not see the request
	 */
	@Transactional
	public Optional<byte[]> letter(StaffPrincipal person, String reference, int line, HttpServletRequest http) {
		Case found = find(person, reference);
		Optional<byte[]> pdf = this.requests.letter(found, line);
		pdf.ifPresent((f) -> this.audit.recordStaff(AuditLog.Action.REQUEST_FILE_DOWNLOADED, person.getUsername(),
				object(reference) + ":courrier-" + line, http));
		return pdf;
	}

	/**
	 * The attestation of an accepted request whose procedure issues one, journalled as a
	 * file download.
	 * @return empty when it has none
	 * @throws RequestNotFoundException when the person may not see the request
	 */
	@Transactional
	public Optional<byte[]> attestation(StaffPrincipal person, String reference, HttpServletRequest http) {
		Case found = find(person, reference);
		Optional<byte[]> pdf = this.requests.attestation(found);
		pdf.ifPresent((f) -> this.audit.recordStaff(AuditLog.Action.REQUEST_FILE_DOWNLOADED, person.getUsername(),
				object(reference) + ":attestation", http));
		return pdf;
	}

	/**
	 * Every file of the request that may be served (not those the antivirus still
	 * checks), then the files given with opinions, handed one at a time to the sink as a
	 * stream, so that memory never holds them all; journalled once.
	 * @throws RequestNotFoundException when the person may not see the request
	 */
	@Transactional
	public void downloadAll(StaffPrincipal person, String reference, HttpServletRequest http, FileSink sink)
			throws IOException {
		Case found = find(person, reference);
		this.audit.recordStaff(AuditLog.Action.REQUEST_FILES_DOWNLOADED, person.getUsername(), object(reference), http);
		List<AttachmentView> ready = this.attachments.of(found.id()).stream().filter((a) -> !a.pending()).toList();
		for (FileGroup<AttachmentView> group : groups(found, ready)) {
			for (AttachmentView file : group.files()) {
				this.attachments.readOfHolder(found.id(), file.id(),
						(name, content) -> sink.accept(group.label(), false, name, content));
			}
		}
		for (Note opinion : opinions(found)) {
			for (AttachmentView file : this.attachments.of(opinion.id())) {
				if (!file.pending()) {
					this.attachments.readOfHolder(opinion.id(), file.id(),
							(name, content) -> sink.accept(null, true, name, content));
				}
			}
		}
	}

	/** Receives the files of a request one at a time (see {@link #downloadAll}). */
	@FunctionalInterface
	public interface FileSink {

		/**
		 * @param label the supporting document or field it answers, or null
		 * @param opinion whether it was given with an opinion
		 * @param name the sanitised file name
		 * @param content the bytes, closed after this returns
		 */
		void accept(String label, boolean opinion, String name, InputStream content) throws IOException;

	}

	/**
	 * Gives the opinion of one of the person's departments, with the file attached to it,
	 * if any (the checks of every upload: size, type from the content, antivirus). Called
	 * within {@link #act}: a refused file throws {@link FileRefused}, so that nothing is
	 * written and the page shows the problem next to the field.
	 * @param file the file given, or null
	 */
	public void giveOpinion(StaffPrincipal person, Access access, String reference, String department, String text,
			Upload file) {
		UUID note = this.requests.giveOpinion(reference, access, agent(person), department, text);
		if (file == null) {
			return;
		}
		FileSettings settings = FileSettings.DEFAULT;
		UploadOutcome outcome = this.attachments.store(note, person.staffId(), OPINION_SLOT, file.name(),
				file.content(), settings.mediaTypes(), settings.maxBytes());
		if (outcome instanceof UploadOutcome.Refused refused) {
			throw new FileRefused(refused);
		}
	}

	/** What the files given with opinions answer. */
	static final String OPINION_SLOT = "opinion";

	/**
	 * A file sent with a form.
	 *
	 * @param name the name the browser gave
	 * @param content its bytes (closed once read)
	 */
	public record Upload(String name, InputStream content) {
	}

	/** A file refused by the checks of uploads, with the message to show. */
	public static class FileRefused extends RuntimeException {

		private final transient UploadOutcome.Refused refused;

		FileRefused(UploadOutcome.Refused refused) {
			super(refused.code());
			this.refused = refused;
		}

		/** The message code and its arguments. */
		public UploadOutcome.Refused refused() {
			return this.refused;
		}

	}

	private static List<Note> opinions(Case found) {
		return found.notes().stream().filter(Note::opinion).toList();
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
		Map<UUID, List<AttachmentView>> opinionFiles = new LinkedHashMap<>();
		for (Note opinion : opinions(found)) {
			opinionFiles.put(opinion.id(), this.attachments.of(opinion.id()));
		}
		return new Page(found, departmentName, this.requests.answers(found), files, groups(found, files),
				this.originals.of(found.id()), account, agentsOf(found.department()), others,
				found.awaitedFrom(person.departments()).stream().map(RequestInstruction.Opinion::department).toList(),
				person.has(StaffRole.ADMINISTRATOR), opinionFiles, this.requests.hasAttestation(found));
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
	 * @param opinionFiles the files given with each opinion, by the opinion note's id
	 * @param attestation whether the request has an attestation to download
	 */
	public record Page(Case request, String departmentName, List<StepView> steps, List<AttachmentView> files,
			List<FileGroup<AttachmentView>> fileGroups, List<PaperOriginals.Item> originals, AccountSummary account,
			List<Agent> agents, List<Department> departments, List<String> opinionsToGive, boolean administrator,
			Map<UUID, List<AttachmentView>> opinionFiles, boolean attestation) {

		/** What a file given with an opinion may be (kinds, size). */
		public FileSettings opinionFile() {
			return FileSettings.DEFAULT;
		}

		/** Whether there is a file to put in the ZIP: the request's or an opinion's. */
		public boolean hasFiles() {
			return !this.files.isEmpty() || this.opinionFiles.values().stream().anyMatch((f) -> !f.isEmpty());
		}

		/** The files given with a note's opinion (none for a note). */
		public List<AttachmentView> filesOf(Note note) {
			return this.opinionFiles.getOrDefault(note.id(), List.of());
		}

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
