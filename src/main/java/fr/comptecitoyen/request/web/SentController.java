package fr.comptecitoyen.request.web;

import fr.comptecitoyen.account.CitizenPrincipal;
import fr.comptecitoyen.request.internal.DraftService;
import fr.comptecitoyen.request.internal.Request;
import fr.comptecitoyen.request.internal.RequestAttestations;
import fr.comptecitoyen.request.internal.RequestPdf;
import fr.comptecitoyen.request.internal.RequestReceipts;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * After sending: the confirmation page with the reference, the PDF receipt, and the
 * attestation once the request is accepted (when its procedure issues one). All are the
 * owner's only; anyone else gets a 404.
 */
@Controller
class SentController {

	private final DraftService drafts;

	private final RequestReceipts receipts;

	private final RequestAttestations attestations;

	SentController(DraftService drafts, RequestReceipts receipts, RequestAttestations attestations) {
		this.drafts = drafts;
		this.receipts = receipts;
		this.attestations = attestations;
	}

	@GetMapping("/demarches/envoyee/{reference}")
	String sent(@PathVariable String reference, @AuthenticationPrincipal CitizenPrincipal citizen, Model model) {
		Request request = this.drafts.sent(citizen.accountId(), reference)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("request", request);
		model.addAttribute("procedure", this.drafts.procedure(request));
		model.addAttribute("visitor", false);
		return "citizen/request/sent";
	}

	@GetMapping("/demandes/{reference}/recu.pdf")
	ResponseEntity<byte[]> receipt(@PathVariable String reference, @AuthenticationPrincipal CitizenPrincipal citizen) {
		byte[] pdf = this.receipts.pdf(citizen.accountId(), reference)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return receipt(reference, pdf);
	}

	@GetMapping("/demandes/{reference}/attestation.pdf")
	ResponseEntity<byte[]> attestation(@PathVariable String reference,
			@AuthenticationPrincipal CitizenPrincipal citizen) {
		RequestPdf issued = this.attestations.pdf(citizen.accountId(), reference)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return pdf("attestation-" + issued.reference() + ".pdf", issued.content());
	}

	/** A receipt as a download: never cached, never sniffed. */
	static ResponseEntity<byte[]> receipt(String reference, byte[] pdf) {
		return pdf("recu-" + reference + ".pdf", pdf);
	}

	/** A PDF made by the portal as a download: never cached, never sniffed. */
	static ResponseEntity<byte[]> pdf(String fileName, byte[] pdf) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore())
			.body(pdf);
	}

}
