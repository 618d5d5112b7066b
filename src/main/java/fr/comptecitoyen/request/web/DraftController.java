package fr.comptecitoyen.request.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import fr.comptecitoyen.account.AccountSummary;
import fr.comptecitoyen.account.Accounts;
import fr.comptecitoyen.account.CitizenPrincipal;
import fr.comptecitoyen.account.PendingInputs;
import fr.comptecitoyen.form.Answers;
import fr.comptecitoyen.form.FieldDefinition;
import fr.comptecitoyen.form.FieldError;
import fr.comptecitoyen.form.FormEngine;
import fr.comptecitoyen.form.MemberOption;
import fr.comptecitoyen.form.StepResult;
import fr.comptecitoyen.household.HouseholdPaths;
import fr.comptecitoyen.household.MemberKind;
import fr.comptecitoyen.request.DraftView;
import fr.comptecitoyen.request.RequestStatus;
import fr.comptecitoyen.request.internal.CitizenForms;
import fr.comptecitoyen.request.internal.DraftFiles;
import fr.comptecitoyen.request.internal.DraftService;
import fr.comptecitoyen.request.internal.ParkedUploads;
import fr.comptecitoyen.request.internal.IncomingFile;
import fr.comptecitoyen.request.internal.Request;
import fr.comptecitoyen.request.internal.Submission;
import fr.comptecitoyen.request.internal.Submission.Invalid;
import fr.comptecitoyen.request.internal.Submission.Outcome;
import fr.comptecitoyen.request.internal.Submission.Refused;
import fr.comptecitoyen.request.internal.Submission.Sent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriUtils;

/**
 * A draft's pages ({@code /demarches/brouillons/{publicId}}): the step where the citizen
 * stands, Previous / Next, rows added and removed without JavaScript, "Enregistrer en
 * brouillon" on every step, the Récapitulatif and "Envoyer ma demande", and the autosave
 * endpoint of {@code autosave.js}. Each POST saves what was typed, even when invalid,
 * then redirects (or shows the step's errors). Always read on the draft's own revision.
 */
@Controller
class DraftController {

	private static final int SUMMARY = DraftService.SUMMARY;

	private static final int DOCUMENTS = DraftService.DOCUMENTS;

	private final DraftService drafts;

	private final Submission submission;

	private final Accounts accounts;

	private final CitizenForms forms;

	private final FormEngine engine;

	private final DraftFiles files;

	private final KeptAnswers kept;

	private final ParkedUploads parked;

	DraftController(DraftService drafts, Submission submission, Accounts accounts, CitizenForms forms,
			FormEngine engine, DraftFiles files, KeptAnswers kept, ParkedUploads parked) {
		this.kept = kept;
		this.parked = parked;
		this.files = files;
		this.drafts = drafts;
		this.submission = submission;
		this.accounts = accounts;
		this.forms = forms;
		this.engine = engine;
	}

	@GetMapping("/demarches/brouillons/{publicId}")
	String show(@PathVariable String publicId, @RequestParam(required = false) String etape,
			@RequestParam(required = false) String enregistre,
			@RequestParam(name = "trop-volumineux", required = false) String tooLarge,
			@RequestParam(name = PendingInputs.PARAMETER, required = false) String reprise,
			@RequestParam(required = false) String repris, @AuthenticationPrincipal CitizenPrincipal citizen,
			Model model) {
		Request draft = find(citizen, publicId);
		if (draft.getStatus() != RequestStatus.DRAFT) {
			// Back from the confirmation, or an old tab: say it is sent, offer no second
			// send.
			model.addAttribute("request", draft);
			return "citizen/request/already-sent";
		}
		DraftPage page = page(draft);
		Optional<KeptAnswers.Kept> keptAfterExpiry = this.kept.restore(reprise, citizen.accountId(), publicId)
			.filter((found) -> page.hasStep(found.step()));
		if (keptAfterExpiry.isPresent()) {
			// Posted after the session had expired: back on that step as typed, saved by
			// the citizen's next post (a GET writes nothing).
			int keptStep = keptAfterExpiry.get().step();
			List<DraftFiles.Problem> refused = new ArrayList<>(keptAfterExpiry.get().problems());
			if (keptAfterExpiry.get().files() != null) {
				// The files posted then join the draft now (once), as the post would have
				// done.
				refused.addAll(this.parked.adopt(keptAfterExpiry.get().files(), draft.getId()));
			}
			Answers bound = this.files.mirror(page.form(), draft.getId(),
					this.engine
						.submit(page.form(), page.answers(), keptStep, keptAfterExpiry.get().params(), page.context())
						.answers());
			model.addAttribute("keptAfterExpiry", reprise);
			return step(model, page.withAnswers(bound), keptStep, fileErrors(page, keptStep, refused));
		}
		if (enregistre != null) {
			model.addAttribute("savedAt", draft.getUpdatedAt());
		}
		member(page, repris).ifPresent((member) -> model.addAttribute("filledFrom", member.fullName()));
		Integer wanted = (etape != null && etape.matches("-?[0-9]{1,3}")) ? Integer.valueOf(etape) : null;
		int step = (wanted != null) ? wanted : draft.getCurrentStep();
		if (step == DOCUMENTS && !page.procedure().documents().isEmpty()) {
			return "redirect:" + DraftDocumentsController.path(publicId)
					+ ((enregistre != null) ? "?enregistre=1" : "");
		}
		if (step == SUMMARY || !page.hasStep(step)) {
			return (step == SUMMARY) ? summary(model, page, null) : step(model, page, first(page), List.of());
		}
		if (!this.engine.isVisible(page.form(), page.answers(), step)) {
			step = first(page);
		}
		List<FieldError> errors = new ArrayList<>((wanted != null)
				? this.engine.validateStep(page.form(), page.answers(), step, page.context()) : List.of());
		if (tooLarge != null) {
			int shown = step;
			this.engine.fileFields(page.form(), step)
				.forEach((field) -> errors.add(0, this.engine.problem(shown, field, "document.error.upload-too-large",
						List.of(this.files.maxRequestMegabytes()))));
		}
		return step(model, page, step, errors);
	}

	@PostMapping("/demarches/brouillons/{publicId}")
	String post(@PathVariable String publicId, @RequestParam(name = "_step", defaultValue = "0") int step,
			@RequestParam(name = "_action", defaultValue = "next") String action,
			@RequestParam(required = false) String submissionKey,
			@RequestParam(name = PendingInputs.PARAMETER, required = false) String reprise,
			@AuthenticationPrincipal CitizenPrincipal citizen, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		Request draft = find(citizen, publicId);
		if (draft.getStatus() != RequestStatus.DRAFT) {
			return sent(draft.getReference());
		}
		DraftPage page = page(draft);
		this.kept.forget(reprise, citizen.accountId());
		if (!page.hasStep(step)) {
			return fromSummary(model, response, page, action, submissionKey);
		}
		StepResult result = this.engine.submit(page.form(), page.answers(), step, request.getParameterMap(),
				page.context());
		List<FieldError> problems = receive(page, step, request);
		Answers bound = this.files.mirror(page.form(), draft.getId(), result.answers());
		if (action.startsWith("removefile:")) {
			this.files.remove(draft.getId(), action.substring("removefile:".length()));
			return save(page, this.files.mirror(page.form(), draft.getId(), bound), step, "");
		}
		if (action.startsWith("fill:")) {
			// "Pour une personne de votre foyer": the step as typed, with that person's
			// details, back on this step to check them.
			Optional<MemberOption> member = member(page, action.substring("fill:".length()));
			Answers filled = member.map((chosen) -> this.engine.fillFromMember(page.form(), bound, chosen))
				.orElse(bound);
			return save(page, filled, step, member.map(
					(chosen) -> "?repris=" + UriUtils.encode(chosen.id(), StandardCharsets.UTF_8) + "#" + FILLED_NOTICE)
				.orElse(""));
		}
		if (action.startsWith("member:")) {
			// "Déclarer un enfant" on a "pour qui ?" step: keep the step as typed, add
			// the
			// member, come back to this step.
			this.drafts.save(citizen.accountId(), publicId, bound, step);
			return "redirect:"
					+ HouseholdPaths.addMember(action.equals("member:ADULT") ? MemberKind.ADULT : MemberKind.CHILD,
							DraftView.resumePath(publicId));
		}
		if (!problems.isEmpty()) {
			this.drafts.save(citizen.accountId(), publicId, bound, step);
			problems.addAll(result.errors());
			return step(model, page.withAnswers(bound), step, problems);
		}
		Optional<StepMoves.Move> move = StepMoves.of(this.engine, page.form(), bound, step, action);
		if (move.isPresent()) {
			return save(page, move.get().answers(), move.get().step(), "");
		}
		if (action.equals("save")) {
			return save(page, bound, step, "?enregistre=1");
		}
		if (!result.valid()) {
			this.drafts.save(citizen.accountId(), publicId, bound, step);
			return step(model, page.withAnswers(bound), step, result.errors());
		}
		OptionalInt next = this.engine.next(page.form(), bound, step);
		return save(page, bound, next.isPresent() ? next.getAsInt() : afterLastStep(page), "");
	}

	/** The files posted on a step: the refused ones as problems next to their field. */
	private List<FieldError> receive(DraftPage page, int step, HttpServletRequest request) {
		List<FieldDefinition> fields = this.engine.fileFields(page.form(), step);
		if (fields.isEmpty()) {
			return new ArrayList<>();
		}
		List<IncomingFile> incoming = UploadedFiles.of(request, fields.stream().map(FieldDefinition::key).toList());
		return fileErrors(page, step,
				this.files.receive(page.draft().getId(), page.account().id(), page.procedure(), incoming));
	}

	/** Refused files as errors next to their field of that step. */
	private List<FieldError> fileErrors(DraftPage page, int step, List<DraftFiles.Problem> refused) {
		List<FieldDefinition> fields = this.engine.fileFields(page.form(), step);
		List<FieldError> problems = new ArrayList<>();
		for (DraftFiles.Problem problem : refused) {
			fields.stream()
				.filter((field) -> field.key().equals(problem.slot()))
				.findFirst()
				.ifPresent((field) -> problems.add(this.engine.problem(step, field, problem.code(), problem.args())));
		}
		return problems;
	}

	private static int afterLastStep(DraftPage page) {
		return page.procedure().documents().isEmpty() ? SUMMARY : DOCUMENTS;
	}

	/**
	 * Autosave ({@code autosave.js}): the step as typed, no validation, no redirect.
	 */
	@PostMapping("/demarches/brouillons/{publicId}/enregistrement")
	ResponseEntity<Void> autosave(@PathVariable String publicId,
			@RequestParam(name = "_step", defaultValue = "0") int step,
			@RequestParam(name = PendingInputs.PARAMETER, required = false) String reprise,
			@AuthenticationPrincipal CitizenPrincipal citizen, HttpServletRequest request) {
		Request draft = find(citizen, publicId);
		if (draft.getStatus() != RequestStatus.DRAFT) {
			return ResponseEntity.status(HttpStatus.CONFLICT).build();
		}
		DraftPage page = page(draft);
		this.kept.forget(reprise, citizen.accountId());
		if (page.hasStep(step)) {
			Answers bound = this.engine
				.submit(page.form(), page.answers(), step, request.getParameterMap(), page.context())
				.answers();
			try {
				this.drafts.save(citizen.accountId(), publicId, bound, step);
			}
			catch (OptimisticLockingFailureException ex) {
				// A page post saved the draft at the same moment: that save wins.
				return ResponseEntity.status(HttpStatus.CONFLICT).build();
			}
		}
		return ResponseEntity.noContent().build();
	}

	private String fromSummary(Model model, HttpServletResponse response, DraftPage page, String action,
			String submissionKey) {
		if (action.equals("send")) {
			Outcome outcome = this.submission.submit(page.account().id(), page.publicId(), submissionKey);
			if (outcome instanceof Sent sent) {
				return sent(sent.reference());
			}
			if (outcome instanceof Invalid invalid) {
				return summary(model, page, invalid.errors());
			}
			if (outcome instanceof Refused) {
				return StartController.refused(model, response, page.account(), page.procedure().title());
			}
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (action.equals("previous")) {
			int last = this.engine.previous(page.form(), page.answers(), page.form().steps().size()).orElse(0);
			return save(page, page.answers(), page.procedure().documents().isEmpty() ? last : DOCUMENTS, "");
		}
		return save(page, page.answers(), SUMMARY, action.equals("save") ? "?enregistre=1" : "");
	}

	private String save(DraftPage page, Answers answers, int step, String query) {
		Optional<Instant> saved = this.drafts.save(page.account().id(), page.publicId(), answers, step);
		return "redirect:" + DraftView.resumePath(page.publicId()) + (saved.isPresent() ? query : "");
	}

	/**
	 * The id of the notice saying whose details were filled in: the page comes back to
	 * it, so that keyboard and screen-reader users, and narrow screens, start there.
	 */
	private static final String FILLED_NOTICE = "member-filled";

	/** The person of the household with that picker id, if the citizen has one. */
	private static Optional<MemberOption> member(DraftPage page, String id) {
		return (id == null) ? Optional.empty()
				: page.context().members().stream().filter((member) -> member.id().equals(id)).findFirst();
	}

	private String step(Model model, DraftPage page, int step, List<FieldError> errors) {
		OptionalInt fillStep = this.engine.memberFillStep(page.form());
		model.addAttribute("fillMembers",
				(fillStep.isPresent() && fillStep.getAsInt() == step) ? page.context().members() : List.of());
		model.addAttribute("fillHolder", CitizenForms.HOLDER);
		model.addAttribute("procedure", page.procedure());
		model.addAttribute("draft", page.draft());
		model.addAttribute("view", this.engine.view(page.form(), page.answers(), step, errors, page.context()));
		model.addAttribute("stepCount", StepCount.of(this.engine, page.procedure(), page.answers()));
		model.addAttribute("errors", errors);
		return "citizen/request/draft-step";
	}

	private String summary(Model model, DraftPage page, List<FieldError> shown) {
		List<FieldError> errors = (shown != null) ? shown
				: this.engine.validate(page.form(), page.answers(), page.context());
		model.addAttribute("procedure", page.procedure());
		model.addAttribute("draft", page.draft());
		model.addAttribute("errors", errors);
		model.addAttribute("steps", this.engine.summary(page.form(), page.answers(), errors, page.context()));
		model.addAttribute("summaryStep", SUMMARY);
		model.addAttribute("documents", this.files.documents(page.procedure(), page.draft().getId()));
		model.addAttribute("documentsPath", DraftDocumentsController.path(page.publicId()));
		model.addAttribute("submissionKey", this.submission.newKey());
		return "citizen/request/draft-summary";
	}

	private int first(DraftPage page) {
		return this.engine.firstStep(page.form(), page.answers());
	}

	private Request find(CitizenPrincipal citizen, String publicId) {
		return this.drafts.find(citizen.accountId(), publicId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private DraftPage page(Request draft) {
		AccountSummary account = this.accounts.find(draft.getAccountId())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		var procedure = this.drafts.procedure(draft);
		return new DraftPage(draft, procedure, account, this.forms.context(account),
				this.files.mirror(procedure.form(), draft.getId(), this.drafts.answers(draft)));
	}

	private static String sent(String reference) {
		return "redirect:/demarches/envoyee/" + reference;
	}

}
