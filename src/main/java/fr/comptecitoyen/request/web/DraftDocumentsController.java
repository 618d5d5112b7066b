package fr.comptecitoyen.request.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import fr.comptecitoyen.account.CitizenPrincipal;
import fr.comptecitoyen.account.PendingInputs;
import fr.comptecitoyen.catalogue.Procedure;
import fr.comptecitoyen.form.FieldError;
import fr.comptecitoyen.form.FormEngine;
import fr.comptecitoyen.request.DraftView;
import fr.comptecitoyen.request.RequestStatus;
import fr.comptecitoyen.request.internal.DraftFiles;
import fr.comptecitoyen.request.internal.DraftFiles.DocumentView;
import fr.comptecitoyen.request.internal.DraftService;
import fr.comptecitoyen.request.internal.ParkedUploads;
import fr.comptecitoyen.request.internal.Request;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The "Pièces justificatives" step of a draft, between the last step of the form and the
 * Récapitulatif, for procedures whose YAML lists {@code documents:}: each document is
 * uploaded (several files allowed) or, where allowed, ticked "Je n'ai que l'original
 * papier". Nothing here is required (FAQ: paper-only documents never block a request).
 * One multipart form, works without JavaScript.
 */
@Controller
class DraftDocumentsController {

	private final DraftService drafts;

	private final DraftFiles files;

	private final FormEngine engine;

	private final KeptAnswers kept;

	private final ParkedUploads parked;

	DraftDocumentsController(DraftService drafts, DraftFiles files, FormEngine engine, KeptAnswers kept,
			ParkedUploads parked) {
		this.drafts = drafts;
		this.files = files;
		this.engine = engine;
		this.kept = kept;
		this.parked = parked;
	}

	/** The page's address. */
	static String path(String publicId) {
		return DraftView.resumePath(publicId) + "/pieces";
	}

	@GetMapping("/demarches/brouillons/{publicId}/pieces")
	String show(@PathVariable String publicId, @RequestParam(required = false) String enregistre,
			@RequestParam(name = "trop-volumineux", required = false) String tooLarge,
			@RequestParam(name = PendingInputs.PARAMETER, required = false) String reprise,
			@AuthenticationPrincipal CitizenPrincipal citizen, Model model) {
		Request draft = find(citizen, publicId);
		if (draft.getStatus() != RequestStatus.DRAFT) {
			return "redirect:/demarches/envoyee/" + draft.getReference();
		}
		Procedure procedure = this.drafts.procedure(draft);
		if (procedure.documents().isEmpty()) {
			return "redirect:" + DraftView.resumePath(publicId);
		}
		Optional<KeptAnswers.Kept> keptAfterExpiry = this.kept.restore(reprise, citizen.accountId(), publicId)
			.filter((found) -> found.step() == DraftService.DOCUMENTS);
		if (keptAfterExpiry.isPresent()) {
			return restore(model, citizen, draft, procedure, reprise, keptAfterExpiry.get());
		}
		List<FieldError> errors = new ArrayList<>();
		if (tooLarge != null) {
			DocumentView first = this.files.documents(procedure, draft.getId()).get(0);
			errors.add(new FieldError(DraftService.DOCUMENTS, first.slot(), first.inputId(), first.label(), 0,
					"document.error.upload-too-large", List.of(this.files.maxRequestMegabytes())));
		}
		if (enregistre != null) {
			model.addAttribute("savedAt", draft.getUpdatedAt());
		}
		return page(model, draft, procedure, errors);
	}

	@PostMapping("/demarches/brouillons/{publicId}/pieces")
	String post(@PathVariable String publicId, @RequestParam(name = "_action", defaultValue = "next") String action,
			@RequestParam(name = "paper", required = false) List<String> paper,
			@AuthenticationPrincipal CitizenPrincipal citizen, HttpServletRequest request, Model model) {
		Request draft = find(citizen, publicId);
		if (draft.getStatus() != RequestStatus.DRAFT) {
			return "redirect:/demarches/envoyee/" + draft.getReference();
		}
		Procedure procedure = this.drafts.procedure(draft);
		List<DocumentView> documents = this.files.documents(procedure, draft.getId());
		List<DraftFiles.Problem> problems = this.files.receive(draft.getId(), citizen.accountId(), procedure,
				UploadedFiles.of(request, documents.stream().map(DocumentView::slot).toList()));
		Set<String> onPaper = new HashSet<>((paper != null) ? paper : List.of());
		this.files.choosePaper(draft.getId(), procedure, onPaper);
		if (action.startsWith("removefile:")) {
			this.files.remove(draft.getId(), action.substring("removefile:".length()));
			return saveAndGo(citizen, draft, DraftService.DOCUMENTS, "");
		}
		if (!problems.isEmpty()) {
			this.drafts.save(citizen.accountId(), publicId, this.drafts.answers(draft), DraftService.DOCUMENTS);
			return page(model, draft, procedure, DocumentErrors.of(documents, problems));
		}
		if (action.equals("previous")) {
			int last = this.engine
				.previous(procedure.form(), this.drafts.answers(draft), procedure.form().steps().size())
				.orElse(0);
			return saveAndGo(citizen, draft, last, "");
		}
		if (action.equals("save")) {
			return saveAndGo(citizen, draft, DraftService.DOCUMENTS, "?enregistre=1");
		}
		return saveAndGo(citizen, draft, DraftService.SUMMARY, "");
	}

	/**
	 * Posted after the session had expired: the files kept apart join the draft and the
	 * paper choices are applied, as the post would have done, then the page shows what
	 * was kept. This GET writes, once, what its owner posted before signing back in; the
	 * token is then forgotten.
	 */
	private String restore(Model model, CitizenPrincipal citizen, Request draft, Procedure procedure, String token,
			KeptAnswers.Kept kept) {
		List<DraftFiles.Problem> problems = new ArrayList<>(kept.problems());
		if (kept.files() != null) {
			problems.addAll(this.parked.adopt(kept.files(), draft.getId()));
		}
		String[] paper = kept.params().get("paper");
		this.files.choosePaper(draft.getId(), procedure, new HashSet<>((paper != null) ? List.of(paper) : List.of()));
		this.kept.forget(token, citizen.accountId());
		model.addAttribute("keptAfterExpiry", true);
		return page(model, draft, procedure,
				DocumentErrors.of(this.files.documents(procedure, draft.getId()), problems));
	}

	private String saveAndGo(CitizenPrincipal citizen, Request draft, int step, String query) {
		this.drafts.save(citizen.accountId(), draft.getPublicId(), this.drafts.answers(draft), step);
		String target = (step == DraftService.DOCUMENTS) ? path(draft.getPublicId())
				: DraftView.resumePath(draft.getPublicId());
		return "redirect:" + target + query;
	}

	private String page(Model model, Request draft, Procedure procedure, List<FieldError> errors) {
		model.addAttribute("procedure", procedure);
		model.addAttribute("draft", draft);
		model.addAttribute("documents", this.files.documents(procedure, draft.getId()));
		model.addAttribute("errors", errors);
		model.addAttribute("stepCount", StepCount.of(this.engine, procedure, this.drafts.answers(draft)));
		return "citizen/request/draft-documents";
	}

	private Request find(CitizenPrincipal citizen, String publicId) {
		return this.drafts.find(citizen.accountId(), publicId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
