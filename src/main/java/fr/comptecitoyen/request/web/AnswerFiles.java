package fr.comptecitoyen.request.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import fr.comptecitoyen.form.FileSettings;
import fr.comptecitoyen.request.internal.DraftFiles;
import fr.comptecitoyen.request.internal.IncomingFile;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The files joined to an answer to the department's question, on a citizen's request page
 * and on a visitor's tracking page: read from the answer's multipart form (input
 * {@value DraftFiles#ANSWER}), kept all or none before the answer is recorded, and their
 * problems as both pages show them next to the file input.
 */
public final class AnswerFiles {

	/** Model attribute: the problems of the files joined to an answer. */
	static final String PROBLEMS = "answerFileProblems";

	/**
	 * Model attribute: whether the refused answer's post carried files, none of which was
	 * kept (the person chooses them again).
	 */
	static final String DROPPED = "answerFilesDropped";

	/** Model attribute: the answer's file input ({@link Input}). */
	static final String INPUT = "answerFile";

	/**
	 * What the answer's file input accepts: the kinds and size of a supporting document.
	 *
	 * @param slot the input's name
	 * @param settings the kinds and the largest file
	 */
	public record Input(String slot, FileSettings settings) {

		/** The largest file, in megabytes. */
		public long maxMegabytes() {
			return this.settings.maxBytes() / (1024 * 1024);
		}

	}

	/** The answer's file input. */
	static final Input FILE_INPUT = new Input(DraftFiles.ANSWER, FileSettings.DEFAULT);

	/** Query parameter: the answer's post was cut by the upload limit. */
	static final String TOO_LARGE = "reponse-trop-volumineuse";

	private AnswerFiles() {
	}

	/**
	 * Keeps the files posted with an answer.
	 * @param files the request module's files
	 * @param request the answer's post
	 * @param sent the request the answer is for
	 * @param ownerId the citizen's account, or {@code null} for a visitor (the request
	 * then owns its files)
	 * @return the refused files (none kept then), or the names of those kept (none when
	 * none was posted)
	 */
	static DraftFiles.AnswerFiles receive(DraftFiles files, HttpServletRequest request,
			Optional<DraftFiles.SentDocuments> sent, UUID ownerId) {
		List<IncomingFile> incoming = UploadedFiles.of(request, List.of(DraftFiles.ANSWER));
		if (incoming.isEmpty()) {
			return new DraftFiles.AnswerFiles(List.of(), List.of());
		}
		UUID holder = sent.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)).holderId();
		return files.receiveAnswerFiles(holder, (ownerId != null) ? ownerId : holder, incoming);
	}

	/**
	 * Whether the refused answer's post carried files, which are then not kept and must
	 * be chosen again (a browser cannot give them back to the page).
	 */
	static boolean postedFiles(HttpServletRequest request) {
		return !UploadedFiles.of(request, List.of(DraftFiles.ANSWER)).isEmpty();
	}

	/**
	 * The answer as the timeline keeps it: the text, then the names of the files joined
	 * ("Fichiers joints : …"), so that the citizen and the agent see which answer they
	 * came with; the text alone when the names would not fit in the timeline's 4 000
	 * characters.
	 */
	static String withFileNames(String message, List<String> names, MessageSource messages) {
		if (names.isEmpty()) {
			return message;
		}
		String joined = message + "\n\n" + messages.getMessage("request.answer.files.sent",
				new Object[] { String.join(", ", names) }, Locale.FRENCH);
		return (joined.length() <= AnswerForm.MAX) ? joined : message;
	}

	/** The problem shown when the answer's post was cut by the upload limit. */
	static List<DraftFiles.Problem> tooLarge(DraftFiles files) {
		return List.of(new DraftFiles.Problem(DraftFiles.ANSWER, "document.error.upload-too-large",
				List.of(files.maxRequestMegabytes())));
	}

}
