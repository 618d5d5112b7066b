package fr.comptecitoyen.request.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import fr.comptecitoyen.catalogue.Catalogue;
import fr.comptecitoyen.catalogue.Procedure;
import fr.comptecitoyen.catalogue.SupportingDocument;
import fr.comptecitoyen.document.AttachmentView;
import fr.comptecitoyen.document.Attachments;
import fr.comptecitoyen.document.DocumentSettings;
import fr.comptecitoyen.document.PaperOriginals;
import fr.comptecitoyen.document.UploadOutcome;
import fr.comptecitoyen.form.Answers;
import fr.comptecitoyen.form.FieldDefinition;
import fr.comptecitoyen.form.FileSettings;
import fr.comptecitoyen.form.FormDefinition;
import fr.comptecitoyen.form.FormEngine;
import fr.comptecitoyen.request.RequestStatus;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The files of a draft (and, later, of its request): those of the form's file fields and
 * those of the procedure's supporting documents ({@code document:<key>}), plus the
 * documents marked "Je n'ai que l'original papier". The answers of file fields are always
 * rewritten from the files actually kept.
 */
@Service
public class DraftFiles {

	/** The slot prefix of a supporting document's files. */
	public static final String DOCUMENT = "document:";

	/**
	 * The slot of the files joined to an answer to the department's question (PDF, JPEG
	 * or PNG, 10 MB each, as a supporting document).
	 */
	public static final String ANSWER = "reponse";

	private final Attachments attachments;

	private final PaperOriginals papers;

	private final FormEngine engine;

	private final DocumentSettings settings;

	private final RequestRepository requests;

	private final Catalogue catalogue;

	DraftFiles(Attachments attachments, PaperOriginals papers, FormEngine engine, DocumentSettings settings,
			RequestRepository requests, Catalogue catalogue) {
		this.settings = settings;
		this.requests = requests;
		this.catalogue = catalogue;
		this.attachments = attachments;
		this.papers = papers;
		this.engine = engine;
	}

	/**
	 * One supporting document of a procedure, as the documents step, the Récapitulatif
	 * and the request page show it.
	 *
	 * @param key the document's key
	 * @param label what the citizen reads
	 * @param paperAllowed whether "Je n'ai que l'original papier" is offered
	 * @param files the files uploaded for it
	 * @param onPaper whether it is on the list of originals to bring
	 * @param receivedAt when the counter received the original, or {@code null}
	 */
	public record DocumentView(String key, String label, boolean paperAllowed, List<AttachmentView> files,
			boolean onPaper, java.time.Instant receivedAt) {

		/** The input name of its files. */
		public String slot() {
			return DOCUMENT + this.key;
		}

		/** The largest file accepted, in bytes. */
		public long maxBytes() {
			return FileSettings.DEFAULT.maxBytes();
		}

		/** The largest file accepted, in megabytes. */
		public long maxMegabytes() {
			return FileSettings.DEFAULT.maxBytes() / (1024 * 1024);
		}

		/** The {@code accept} attribute of its file input. */
		public String accept() {
			return FileSettings.DEFAULT.acceptAttribute();
		}

		/** The HTML id of its file input. */
		public String inputId() {
			return "doc-" + this.key;
		}

	}

	/**
	 * The supporting documents of a sent request, for its page.
	 *
	 * @param holderId the request's id (never shown)
	 * @param procedure its pinned revision
	 * @param documents each document with its files and paper status
	 */
	public record SentDocuments(UUID holderId, Procedure procedure, RequestStatus status,
			List<DocumentView> documents) {

		/** Whether a document may still be uploaded (not decided yet). */
		public boolean uploadable() {
			return !this.status.isFinal() && !this.documents.isEmpty();
		}

		/** The documents still to bring to the counter ("À apporter au guichet"). */
		public List<DocumentView> toBring() {
			return this.documents.stream().filter(DocumentView::onPaper).toList();
		}

	}

	/**
	 * The documents of one of the citizen's sent requests.
	 * @return empty when the reference is not a sent request of theirs
	 */
	@Transactional(readOnly = true)
	public Optional<SentDocuments> ofRequest(UUID accountId, String reference) {
		return this.requests.findByReferenceAndAccountId(reference, accountId).flatMap(this::sent);
	}

	/**
	 * The documents of a visitor's sent request, by its tracking token.
	 * @return empty when the token names no sent request
	 */
	@Transactional(readOnly = true)
	public Optional<SentDocuments> ofTracked(String token) {
		return this.requests.findSentByTrackingToken(token).flatMap(this::sent);
	}

	private Optional<SentDocuments> sent(Request request) {
		return Optional.of(request)
			.filter((found) -> found.getStatus() != RequestStatus.DRAFT)
			.flatMap((found) -> this.catalogue.definition(found.getProcedureCode(), found.getProcedureRevision())
				.map((procedure) -> new SentDocuments(found.getId(), procedure, found.getStatus(),
						documents(procedure, found.getId()))));
	}

	/** The most all the files of one request may weigh, in megabytes. */
	public long maxRequestMegabytes() {
		return this.settings.maxRequestSize().toMegabytes();
	}

	/** The procedure's supporting documents with what the holder gave for each. */
	public List<DocumentView> documents(Procedure procedure, UUID holderId) {
		if (procedure.documents().isEmpty()) {
			return List.of();
		}
		List<AttachmentView> files = this.attachments.of(holderId);
		List<PaperOriginals.Item> paper = this.papers.of(holderId);
		return procedure.documents().stream().map((document) -> {
			PaperOriginals.Item item = paper.stream()
				.filter((p) -> p.key().equals(document.key()))
				.findFirst()
				.orElse(null);
			return new DocumentView(document.key(), document.label(), document.paperAllowed(),
					files.stream().filter((f) -> f.slot().equals(DOCUMENT + document.key())).toList(), item != null,
					(item != null) ? item.receivedAt() : null);
		}).toList();
	}

	/**
	 * A refused file: the slot it was for and the message (serializable: it may wait in
	 * the session for the next page).
	 */
	public record Problem(String slot, String code, List<Object> args) implements java.io.Serializable {
	}

	/**
	 * Receives files for a draft or request of that citizen. Each file is checked on its
	 * own: a refused one does not stop the others.
	 * @param holderId the draft or request
	 * @param ownerId the citizen
	 * @param procedure its revision (for each slot's accepted kinds and size)
	 * @param files the files posted
	 * @return the refused ones, in order
	 */
	public List<Problem> receive(UUID holderId, UUID ownerId, Procedure procedure, List<IncomingFile> files) {
		List<Problem> problems = new ArrayList<>();
		for (IncomingFile file : files) {
			FileSettings settings = settings(procedure, file.slot());
			if (settings == null) {
				continue; // not a slot of this procedure: ignored, as any unknown
							// parameter
			}
			UploadOutcome outcome = store(holderId, ownerId, file, settings);
			if (outcome instanceof UploadOutcome.Refused refused) {
				problems.add(new Problem(file.slot(), refused.code(), refused.args()));
			}
			else if (file.slot().startsWith(DOCUMENT)) {
				// Uploaded after all: no longer to bring on paper.
				this.papers.unmark(holderId, file.slot().substring(DOCUMENT.length()));
			}
		}
		return problems;
	}

	/**
	 * Receives the files joined to an answer (slot {@link #ANSWER}), all or none: when
	 * one is refused, those of the same post already kept are removed again, so that the
	 * person chooses them again with the answer.
	 * @param holderId the request
	 * @param ownerId the citizen's account, or the request itself for a visitor
	 * @param files the files posted (other slots are ignored)
	 * @return the refused ones, in order (none kept then), or the names of those kept
	 */
	public AnswerFiles receiveAnswerFiles(UUID holderId, UUID ownerId, List<IncomingFile> files) {
		List<Problem> problems = new ArrayList<>();
		List<String> kept = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (IncomingFile file : files) {
			if (!ANSWER.equals(file.slot())) {
				continue;
			}
			UploadOutcome outcome = store(holderId, ownerId, file, FileSettings.DEFAULT);
			if (outcome instanceof UploadOutcome.Refused refused) {
				problems.add(new Problem(file.slot(), refused.code(), refused.args()));
			}
			else if (outcome instanceof UploadOutcome.Stored stored) {
				kept.add(stored.attachment().id());
				names.add(stored.attachment().name());
			}
		}
		if (!problems.isEmpty()) {
			kept.forEach((id) -> this.attachments.remove(holderId, id));
			return new AnswerFiles(problems, List.of());
		}
		return new AnswerFiles(List.of(), names);
	}

	/**
	 * What became of the files joined to an answer.
	 *
	 * @param problems the refused files (then none was kept)
	 * @param names the names of the files kept, as shown (sanitised)
	 */
	public record AnswerFiles(List<Problem> problems, List<String> names) {
	}

	private UploadOutcome store(UUID holderId, UUID ownerId, IncomingFile file, FileSettings settings) {
		try {
			return this.attachments.store(holderId, ownerId, file.slot(), file.name(), file.content().open(),
					settings.mediaTypes(), settings.maxBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Hands the files kept apart under one holder to a draft, with the checks of one
	 * request's total size ({@link Attachments#adopt}).
	 * @return the refused ones, in order
	 */
	public List<Problem> adopt(UUID fromHolderId, UUID toHolderId) {
		List<Problem> problems = new ArrayList<>();
		for (Attachments.Adopted adopted : this.attachments.adopt(fromHolderId, toHolderId)) {
			if (adopted.outcome() instanceof UploadOutcome.Refused refused) {
				problems.add(new Problem(adopted.slot(), refused.code(), refused.args()));
			}
			else if (adopted.slot().startsWith(DOCUMENT)) {
				this.papers.unmark(toHolderId, adopted.slot().substring(DOCUMENT.length()));
			}
		}
		return problems;
	}

	/** The input names of a procedure's files: its file fields and its documents. */
	public List<String> slots(Procedure procedure) {
		List<String> slots = new ArrayList<>(
				this.engine.fileFields(procedure.form()).stream().map(FieldDefinition::key).toList());
		procedure.documents().forEach((document) -> slots.add(DOCUMENT + document.key()));
		return slots;
	}

	/** Removes one of the holder's files. */
	public boolean remove(UUID holderId, String attachmentId) {
		return this.attachments.remove(holderId, attachmentId);
	}

	/** The holder's files, oldest first. */
	public List<AttachmentView> of(UUID holderId) {
		return this.attachments.of(holderId);
	}

	/** The answers with each file field's answer set to the files kept for it. */
	public Answers mirror(FormDefinition form, UUID holderId, Answers answers) {
		List<FieldDefinition> fields = this.engine.fileFields(form);
		if (fields.isEmpty()) {
			return answers;
		}
		List<AttachmentView> files = this.attachments.of(holderId);
		Answers result = answers;
		for (FieldDefinition field : fields) {
			List<Map<String, Object>> kept = files.stream()
				.filter((file) -> file.slot().equals(field.key()))
				.map(AttachmentView::answer)
				.toList();
			result = result.with(field.key(), kept.isEmpty() ? null : kept);
		}
		return result;
	}

	/**
	 * Records the paper choices of the documents step. A document with a file is never
	 * also on the list of originals to bring (the file answers it; remove the file to
	 * bring the original instead).
	 * @param holderId the draft
	 * @param procedure its revision
	 * @param onPaper the keys of the documents ticked "original papier"
	 */
	public void choosePaper(UUID holderId, Procedure procedure, Set<String> onPaper) {
		List<SupportingDocument> documents = procedure.documents();
		List<AttachmentView> files = this.attachments.of(holderId);
		for (int i = 0; i < documents.size(); i++) {
			SupportingDocument document = documents.get(i);
			String slot = DOCUMENT + document.key();
			boolean uploaded = files.stream().anyMatch((file) -> file.slot().equals(slot));
			if (document.paperAllowed() && onPaper.contains(document.key()) && !uploaded) {
				this.papers.mark(holderId, document.key(), document.label(), i);
			}
			else {
				this.papers.unmark(holderId, document.key());
			}
		}
	}

	/**
	 * At submission: every supporting document with no file goes on the checklist "À
	 * apporter au guichet" (never blocking, FAQ).
	 */
	public void completeChecklist(UUID holderId, Procedure procedure) {
		if (procedure.documents().isEmpty()) {
			return;
		}
		List<AttachmentView> files = this.attachments.of(holderId);
		List<SupportingDocument> documents = procedure.documents();
		for (int i = 0; i < documents.size(); i++) {
			SupportingDocument document = documents.get(i);
			String slot = DOCUMENT + document.key();
			if (files.stream().noneMatch((file) -> file.slot().equals(slot))) {
				this.papers.mark(holderId, document.key(), document.label(), i);
			}
		}
	}

	/** The holder's checklist of paper originals. */
	public List<PaperOriginals.Item> checklist(UUID holderId) {
		return this.papers.of(holderId);
	}

	/** Removes every file and paper mark of a deleted draft. */
	public void deleteAll(UUID holderId) {
		this.attachments.deleteAll(holderId);
	}

	private FileSettings settings(Procedure procedure, String slot) {
		if (slot.startsWith(DOCUMENT)) {
			String key = slot.substring(DOCUMENT.length());
			return procedure.documents().stream().anyMatch((d) -> d.key().equals(key)) ? FileSettings.DEFAULT : null;
		}
		return this.engine.fileFields(procedure.form())
			.stream()
			.filter((field) -> field.key().equals(slot))
			.map(FieldDefinition::file)
			.findFirst()
			.orElse(null);
	}

}
