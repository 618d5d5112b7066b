package fr.comptecitoyen.request.web;

import fr.comptecitoyen.request.CitizenRequests.Details;
import fr.comptecitoyen.request.IllegalTransitionException;
import fr.comptecitoyen.request.internal.DraftFiles;
import fr.comptecitoyen.request.internal.RequestAttestations;
import fr.comptecitoyen.request.internal.RequestPdf;
import fr.comptecitoyen.request.internal.RequestReceipts;
import fr.comptecitoyen.request.internal.VisitorRequests;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The tracking page of a request sent without an account ({@code /suivi/{token}}, the
 * link of every email about it): status, messages from the department, answers and
 * timeline, the PDF receipt, the attestation once accepted (when the procedure issues
 * one), and the answer to the department's question when one is awaited. A wrong or
 * altered token is an ordinary 404 that says nothing about what exists. The page is never
 * cached and sends no referrer, so the token does not leak to another site.
 */
@Controller
class TrackingController {

	private final VisitorRequests visitors;

	private final RequestAnswers answers;

	private final RequestReceipts receipts;

	private final RequestAttestations attestations;

	private final DraftFiles files;

	private final MessageSource messages;

	TrackingController(VisitorRequests visitors, RequestAnswers answers, RequestReceipts receipts,
			RequestAttestations attestations, DraftFiles files, MessageSource messages) {
		this.messages = messages;
		this.attestations = attestations;
		this.files = files;
		this.visitors = visitors;
		this.answers = answers;
		this.receipts = receipts;
	}

	@GetMapping("/suivi/{token}")
	String track(@PathVariable String token,
			@RequestParam(name = AnswerFiles.TOO_LARGE, required = false) String answerTooLarge,
			HttpServletResponse response, Model model) {
		if (answerTooLarge != null) {
			model.addAttribute(AnswerFiles.PROBLEMS, AnswerFiles.tooLarge(this.files));
		}
		return page(token, AnswerForm.empty(), null, response, model);
	}

	@GetMapping("/suivi/{token}/recu.pdf")
	ResponseEntity<byte[]> receipt(@PathVariable String token) {
		RequestPdf receipt = this.receipts.visitorPdf(token)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return SentController.receipt(receipt.reference(), receipt.content());
	}

	@GetMapping("/suivi/{token}/attestation.pdf")
	ResponseEntity<byte[]> attestation(@PathVariable String token) {
		RequestPdf issued = this.attestations.visitorPdf(token)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return SentController.pdf("attestation-" + issued.reference() + ".pdf", issued.content());
	}

	@PostMapping("/suivi/{token}/repondre")
	String answer(@PathVariable String token, @ModelAttribute AnswerForm form, HttpServletRequest http,
			HttpServletResponse response, Model model) {
		Details request = find(token);
		if (!request.awaitingCitizen()) {
			return "redirect:/suivi/" + token + "?impossible";
		}
		String problem = form.problem();
		if (problem != null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute(AnswerFiles.DROPPED, AnswerFiles.postedFiles(http));
			return page(token, form, problem, response, model);
		}
		DraftFiles.AnswerFiles received = AnswerFiles.receive(this.files, http, this.files.ofTracked(token), null);
		if (!received.problems().isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute(AnswerFiles.PROBLEMS, received.problems());
			model.addAttribute(AnswerFiles.DROPPED, true);
			return page(token, form, null, response, model);
		}
		try {
			this.visitors.answer(token, AnswerFiles.withFileNames(form.message(), received.names(), this.messages));
			return "redirect:/suivi/" + token + "?repondu";
		}
		catch (IllegalTransitionException ex) {
			return "redirect:/suivi/" + token + "?impossible";
		}
	}

	private String page(String token, AnswerForm form, String problem, HttpServletResponse response, Model model) {
		Details request = find(token);
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader("X-Robots-Tag", "noindex");
		model.addAttribute("request", request);
		model.addAttribute("token", token);
		model.addAttribute("steps", this.answers.steps(request));
		model.addAttribute("answer", form);
		model.addAttribute("answerProblem", problem);
		model.addAttribute(AnswerFiles.INPUT, AnswerFiles.FILE_INPUT);
		model.addAttribute("attestation", this.attestations.available(request.procedureCode(),
				request.procedureRevision(), request.status(), request.decision()));
		return "citizen/request/tracking";
	}

	private Details find(String token) {
		return this.visitors.tracked(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** Where later emails to a visitor point: how to find the tracking link. */
	@GetMapping("/suivi")
	String help() {
		return "citizen/request/tracking-help";
	}

}
