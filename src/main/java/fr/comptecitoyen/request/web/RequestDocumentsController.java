package fr.comptecitoyen.request.web;

import java.util.ArrayList;
import java.util.List;

import fr.comptecitoyen.account.CitizenPrincipal;
import fr.comptecitoyen.document.Attachments;
import fr.comptecitoyen.document.Download;
import fr.comptecitoyen.document.FileNames;
import fr.comptecitoyen.request.internal.DraftFiles;
import fr.comptecitoyen.request.internal.DraftFiles.DocumentView;
import fr.comptecitoyen.request.internal.DraftFiles.SentDocuments;
import fr.comptecitoyen.request.internal.IncomingFile;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * Files after sending: a supporting document uploaded later from the request's page
 * (while it is not decided), and downloads of one's own files. Someone else's file, an
 * unknown one, or one still waiting for the antivirus answers 404; a download is always
 * an attachment with {@code nosniff}, under its sanitised name.
 */
@Controller
class RequestDocumentsController {

	private final DraftFiles files;

	private final Attachments attachments;

	RequestDocumentsController(DraftFiles files, Attachments attachments) {
		this.files = files;
		this.attachments = attachments;
	}

	@PostMapping("/demandes/{reference}/pieces")
	String upload(@AuthenticationPrincipal CitizenPrincipal citizen, @PathVariable String reference,
			HttpServletRequest request, RedirectAttributes redirect) {
		SentDocuments sent = this.files.ofRequest(citizen.accountId(), reference)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String page = "redirect:/demandes/" + UriUtils.encodePathSegment(reference, "UTF-8");
		if (!sent.uploadable()) {
			return page + "?impossible";
		}
		List<IncomingFile> incoming = UploadedFiles.of(request,
				sent.documents().stream().map(DocumentView::slot).toList());
		if (incoming.isEmpty()) {
			// Nothing chosen (or a button of another form): say so rather than
			// "received".
			return page + "?aucun-fichier#pieces";
		}
		List<DraftFiles.Problem> problems = this.files.receive(sent.holderId(), citizen.accountId(), sent.procedure(),
				incoming);
		if (!problems.isEmpty()) {
			redirect.addFlashAttribute("documentProblems", new ArrayList<>(problems));
			return page + "#pieces";
		}
		return page + "?pieces-recues#pieces";
	}

	@GetMapping("/pieces-jointes/{id}")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal CitizenPrincipal citizen, @PathVariable String id) {
		Download file = this.attachments.download(citizen.accountId(), id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, FileNames.attachmentHeader(file.name()))
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore())
			.contentType(MediaType.parseMediaType(file.mediaType()))
			.body(file.content());
	}

}
