package fr.comptecitoyen.request.web;

import fr.comptecitoyen.account.CitizenPrincipal;
import fr.comptecitoyen.document.Attachments;
import fr.comptecitoyen.document.Download;
import fr.comptecitoyen.document.FileNames;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Downloads of one's own files (a supporting document uploaded later is posted to the
 * request's page, {@link RequestPageController}). Someone else's file, an unknown one, or
 * one still waiting for the antivirus answers 404; a download is always an attachment
 * with {@code nosniff}, under its sanitised name.
 */
@Controller
class RequestDocumentsController {

	private final Attachments attachments;

	RequestDocumentsController(Attachments attachments) {
		this.attachments = attachments;
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
