package fr.comptecitoyen.request.web;

import java.util.List;

import fr.comptecitoyen.account.CitizenPrincipal;
import fr.comptecitoyen.request.CitizenRequests;
import fr.comptecitoyen.request.CitizenRequests.Details;
import fr.comptecitoyen.request.IllegalTransitionException;
import fr.comptecitoyen.request.internal.DraftFiles;
import fr.comptecitoyen.request.internal.IncomingFile;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriUtils;

/**
 * A request's page and the citizen's verbs on it: withdraw (confirmed on a page of its
 * own, no pop-up), answer the department, and upload a supporting document later (while
 * the request is not decided; refused files are shown at once with their message, 422).
 * Every lookup is scoped to the signed-in citizen: someone else's reference answers 404.
 */
@Controller
class RequestPageController {

	private final CitizenRequests requests;

	private final RequestAnswers answers;

	private final DraftFiles files;

	private final fr.comptecitoyen.request.internal.RequestAttestations attestations;

	private final MessageSource messages;

	RequestPageController(CitizenRequests requests, RequestAnswers answers, DraftFiles files,
			fr.comptecitoyen.request.internal.RequestAttestations attestations, MessageSource messages) {
		this.messages = messages;
		this.attestations = attestations;
		this.requests = requests;
		this.answers = answers;
		this.files = files;
	}

	@GetMapping("/demandes/{reference}")
	String show(@AuthenticationPrincipal CitizenPrincipal citizen, @PathVariable String reference,
			@RequestParam(name = "trop-volumineux", required = false) String tooLarge,
			@RequestParam(name = AnswerFiles.TOO_LARGE, required = false) String answerTooLarge, Model model) {
		if (tooLarge != null) {
			model.addAttribute("uploadTooLarge", true);
		}
		if (answerTooLarge != null) {
			model.addAttribute(AnswerFiles.PROBLEMS, AnswerFiles.tooLarge(this.files));
		}
		return page(model, citizen, this.requests.find(citizen.accountId(), reference), AnswerForm.empty(), null);
	}

	@GetMapping("/demandes/{reference}/retirer")
	String confirmWithdraw(@AuthenticationPrincipal CitizenPrincipal citizen, @PathVariable String reference,
			Model model) {
		Details request = this.requests.find(citizen.accountId(), reference);
		if (!request.withdrawable()) {
			return redirect(reference, "impossible");
		}
		model.addAttribute("request", request);
		return "citizen/request/withdraw";
	}

	@PostMapping("/demandes/{reference}/retirer")
	String withdraw(@AuthenticationPrincipal CitizenPrincipal citizen, @PathVariable String reference) {
		try {
			this.requests.withdraw(citizen.accountId(), reference, citizen.getUsername());
			return redirect(reference, "retiree");
		}
		catch (IllegalTransitionException ex) {
			return redirect(reference, "impossible");
		}
	}

	@PostMapping("/demandes/{reference}/repondre")
	String answer(@AuthenticationPrincipal CitizenPrincipal citizen, @PathVariable String reference,
			@ModelAttribute AnswerForm form, HttpServletRequest http, HttpServletResponse response, Model model) {
		Details request = this.requests.find(citizen.accountId(), reference);
		if (!request.awaitingCitizen()) {
			return redirect(reference, "impossible");
		}
		String problem = form.problem();
		if (problem != null) {
			model.addAttribute(AnswerFiles.DROPPED, AnswerFiles.postedFiles(http));
			return page(model, citizen, request, form, problem);
		}
		DraftFiles.AnswerFiles received = AnswerFiles.receive(this.files, http,
				this.files.ofRequest(citizen.accountId(), reference), citizen.accountId());
		if (!received.problems().isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute(AnswerFiles.PROBLEMS, received.problems());
			model.addAttribute(AnswerFiles.DROPPED, true);
			return page(model, citizen, request, form, null);
		}
		try {
			this.requests.answer(citizen.accountId(), reference, citizen.getUsername(),
					AnswerFiles.withFileNames(form.message(), received.names(), this.messages));
			return redirect(reference, "repondu");
		}
		catch (IllegalTransitionException ex) {
			return redirect(reference, "impossible");
		}
	}

	@PostMapping("/demandes/{reference}/pieces")
	String upload(@AuthenticationPrincipal CitizenPrincipal citizen, @PathVariable String reference,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		DraftFiles.SentDocuments sent = this.files.ofRequest(citizen.accountId(), reference)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!sent.uploadable()) {
			return redirect(reference, "impossible");
		}
		List<IncomingFile> incoming = UploadedFiles.of(request,
				sent.documents().stream().map(DraftFiles.DocumentView::slot).toList());
		if (incoming.isEmpty()) {
			// Nothing chosen (or a button of another form): say so rather than
			// "received".
			return redirect(reference, "aucun-fichier") + "#pieces";
		}
		List<DraftFiles.Problem> problems = this.files.receive(sent.holderId(), citizen.accountId(), sent.procedure(),
				incoming);
		if (!problems.isEmpty()) {
			// Shown at once (never through the session: a script's request would use it
			// up).
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("documentProblems", problems);
			return page(model, citizen, this.requests.find(citizen.accountId(), reference), AnswerForm.empty(), null);
		}
		return redirect(reference, "pieces-recues") + "#pieces";
	}

	private String page(Model model, CitizenPrincipal citizen, Details request, AnswerForm form, String problem) {
		model.addAttribute("request", request);
		DraftFiles.SentDocuments documents = this.files.ofRequest(citizen.accountId(), request.reference())
			.orElse(null);
		model.addAttribute("documents", documents);
		List<DraftFiles.Problem> problems = (model.getAttribute("documentProblems") instanceof List<?> list)
				? list.stream()
					.filter(DraftFiles.Problem.class::isInstance)
					.map(DraftFiles.Problem.class::cast)
					.toList()
				: new java.util.ArrayList<>();
		if (documents != null && !documents.documents().isEmpty() && model.getAttribute("uploadTooLarge") != null) {
			problems = List.of(new DraftFiles.Problem(documents.documents().get(0).slot(),
					"document.error.upload-too-large", List.of(this.files.maxRequestMegabytes())));
		}
		model.addAttribute("documentErrors",
				(documents != null) ? DocumentErrors.of(documents.documents(), problems) : List.of());
		model.addAttribute("steps", this.answers.steps(request));
		model.addAttribute("answer", form);
		model.addAttribute("answerProblem", problem);
		model.addAttribute(AnswerFiles.INPUT, AnswerFiles.FILE_INPUT);
		model.addAttribute("attestation", this.attestations.available(request.procedureCode(),
				request.procedureRevision(), request.status(), request.decision()));
		return "citizen/request/request";
	}

	private static String redirect(String reference, String outcome) {
		return "redirect:/demandes/" + UriUtils.encodePathSegment(reference, "UTF-8") + "?" + outcome;
	}

}
