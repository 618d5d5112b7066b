package fr.comptecitoyen.request.web;

import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;

import fr.comptecitoyen.catalogue.Audience;
import fr.comptecitoyen.catalogue.Catalogue;
import fr.comptecitoyen.catalogue.Procedure;
import fr.comptecitoyen.form.Answers;
import fr.comptecitoyen.form.FieldError;
import fr.comptecitoyen.form.FormContext;
import fr.comptecitoyen.form.FormEngine;
import fr.comptecitoyen.form.StepResult;
import fr.comptecitoyen.request.RequestStatus;
import fr.comptecitoyen.request.internal.DraftService;
import fr.comptecitoyen.request.internal.Request;
import fr.comptecitoyen.request.internal.Submission;
import fr.comptecitoyen.request.internal.Submission.Invalid;
import fr.comptecitoyen.request.internal.Submission.Outcome;
import fr.comptecitoyen.request.internal.Submission.Sent;
import fr.comptecitoyen.request.internal.VisitorRequests;
import fr.comptecitoyen.security.AntiAutomation;
import fr.comptecitoyen.security.AuditLog;
import fr.comptecitoyen.security.Captcha;
import fr.comptecitoyen.shared.InputRules;
import fr.comptecitoyen.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A procedure open to anyone ({@code audience: ANYONE}) filled without an account
 * ({@code /demarches/sans-compte/…}): the same steps, rows and Récapitulatif as a
 * citizen's draft, the draft stored server-side and tied to the visitor's session
 * (another session gets a 404), then an email address, the captcha (proof of work or text
 * question, as at account creation) and the per-address limit before the real
 * {@link Submission}. A procedure that needs an account never gets here, whatever is
 * posted.
 */
@Controller
class VisitorDraftController {

	static final String PATH = "/demarches/sans-compte";

	/** Session attribute: the public ids of this visitor's drafts. */
	static final String DRAFTS = VisitorDraftController.class.getName() + ".drafts";

	/** Session attribute: the references this visitor sent (their confirmation page). */
	static final String SENT = VisitorDraftController.class.getName() + ".sent";

	private static final int SUMMARY = DraftService.SUMMARY;

	private final Catalogue catalogue;

	private final VisitorRequests visitors;

	private final FormEngine engine;

	private final Submission submission;

	private final Captcha captcha;

	private final AntiAutomation antiAutomation;

	VisitorDraftController(Catalogue catalogue, VisitorRequests visitors, FormEngine engine, Submission submission,
			Captcha captcha, AntiAutomation antiAutomation) {
		this.catalogue = catalogue;
		this.visitors = visitors;
		this.engine = engine;
		this.submission = submission;
		this.captcha = captcha;
		this.antiAutomation = antiAutomation;
	}

	/** The path of a visitor's draft. */
	static String path(String publicId) {
		return PATH + "/" + publicId;
	}

	@PostMapping("/demarches/{code}/sans-compte")
	String start(@PathVariable String code, HttpSession session) {
		Procedure procedure = this.catalogue.find(code)
			.filter((found) -> found.audience() == Audience.ANYONE)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String publicId = this.visitors.start(procedure);
		remember(session, DRAFTS, publicId);
		return "redirect:" + path(publicId);
	}

	@GetMapping(PATH + "/{publicId}")
	String show(@PathVariable String publicId, @RequestParam(required = false) String etape, HttpSession session,
			Locale locale, Model model) {
		Page page = page(session, publicId);
		if (page.draft().getStatus() != RequestStatus.DRAFT) {
			return sent(session, page.draft().getReference());
		}
		Integer wanted = (etape != null && etape.matches("-?[0-9]{1,3}")) ? Integer.valueOf(etape) : null;
		int step = (wanted != null) ? wanted : page.draft().getCurrentStep();
		if (step == SUMMARY) {
			return summary(model, page, null, new FormErrors(), null, locale);
		}
		if (!page.hasStep(step) || !this.engine.isVisible(page.form(), page.answers(), step)) {
			step = this.engine.firstStep(page.form(), page.answers());
		}
		List<FieldError> errors = (wanted != null)
				? this.engine.validateStep(page.form(), page.answers(), step, page.context()) : List.of();
		return step(model, page, step, errors);
	}

	@PostMapping(PATH + "/{publicId}")
	String post(@PathVariable String publicId, @RequestParam(name = "_step", defaultValue = "0") int step,
			@RequestParam(name = "_action", defaultValue = "next") String action, HttpSession session,
			HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
		Page page = page(session, publicId);
		if (page.draft().getStatus() != RequestStatus.DRAFT) {
			return sent(session, page.draft().getReference());
		}
		if (!page.hasStep(step)) {
			return fromSummary(model, page, action, session, request, response, locale);
		}
		StepResult result = this.engine.submit(page.form(), page.answers(), step, request.getParameterMap(),
				page.context());
		Answers bound = result.answers();
		java.util.Optional<StepMoves.Move> move = StepMoves.of(this.engine, page.form(), bound, step, action);
		if (move.isPresent()) {
			return save(page, move.get().answers(), move.get().step());
		}
		if (!result.valid()) {
			this.visitors.save(publicId, bound, step);
			return step(model, page.withAnswers(bound), step, result.errors());
		}
		OptionalInt next = this.engine.next(page.form(), bound, step);
		return save(page, bound, next.isPresent() ? next.getAsInt() : SUMMARY);
	}

	@GetMapping(PATH + "/envoyee/{reference}")
	String sentPage(@PathVariable String reference, HttpSession session, Model model) {
		Set<String> sent = remembered(session, SENT);
		if (!sent.contains(reference)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		Request request = this.visitors.sent(reference)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("request", request);
		model.addAttribute("procedure", this.visitors.procedure(request));
		model.addAttribute("visitor", true);
		return "citizen/request/sent";
	}

	private String fromSummary(Model model, Page page, String action, HttpSession session, HttpServletRequest request,
			HttpServletResponse response, Locale locale) {
		if (action.equals("previous")) {
			int last = this.engine.previous(page.form(), page.answers(), page.form().steps().size()).orElse(0);
			return save(page, page.answers(), last);
		}
		if (!action.equals("send")) {
			return "redirect:" + path(page.publicId());
		}
		String typed = request.getParameter("email");
		InputRules.Checked email = InputRules.email(typed);
		FormErrors problems = new FormErrors();
		if (email.missing()) {
			problems.add("email", "request.visitor.email.required");
		}
		else if (!email.ok()) {
			problems.add("email", "request.visitor.email.invalid");
		}
		Captcha.Verdict robot = this.captcha.check(request.getParameter("captchaPayload"),
				request.getParameter("captchaToken"), request.getParameter("captchaAnswer"));
		if (robot != Captcha.Verdict.SOLVED) {
			problems.add("captcha", robot.refusal());
		}
		if (!problems.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return summary(model, page, null, problems, typed, locale);
		}
		if (!this.antiAutomation.maySubmitAsVisitor(AuditLog.clientAddress(request))) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			model.addAttribute("tooMany", true);
			return summary(model, page, null, problems, typed, locale);
		}
		Outcome outcome = this.submission.submitAsVisitor(page.publicId(), email.value(),
				request.getParameter("submissionKey"));
		if (outcome instanceof Sent done) {
			remember(session, SENT, done.reference());
			return sent(session, done.reference());
		}
		if (outcome instanceof Invalid invalid) {
			return summary(model, page, invalid.errors(), problems, typed, locale);
		}
		throw new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

	private String save(Page page, Answers answers, int step) {
		this.visitors.save(page.publicId(), answers, step);
		return "redirect:" + path(page.publicId());
	}

	private String step(Model model, Page page, int step, List<FieldError> errors) {
		model.addAttribute("procedure", page.procedure());
		model.addAttribute("draft", page.draft());
		model.addAttribute("view", this.engine.view(page.form(), page.answers(), step, errors, page.context()));
		model.addAttribute("errors", errors);
		return "citizen/request/visitor-step";
	}

	private String summary(Model model, Page page, List<FieldError> shown, FormErrors problems, String email,
			Locale locale) {
		List<FieldError> errors = (shown != null) ? shown
				: this.engine.validate(page.form(), page.answers(), page.context());
		model.addAttribute("procedure", page.procedure());
		model.addAttribute("draft", page.draft());
		model.addAttribute("errors", errors);
		model.addAttribute("problems", problems);
		model.addAttribute("email", email);
		model.addAttribute("steps", this.engine.summary(page.form(), page.answers(), errors, page.context()));
		model.addAttribute("summaryStep", SUMMARY);
		model.addAttribute("submissionKey", this.submission.newKey());
		model.addAttribute("captcha", this.captcha.question(locale));
		return "citizen/request/visitor-summary";
	}

	private String sent(HttpSession session, String reference) {
		return remembered(session, SENT).contains(reference) ? "redirect:" + PATH + "/envoyee/" + reference
				: "redirect:/services";
	}

	/** The visitor's draft, if this session started it; a 404 otherwise. */
	private Page page(HttpSession session, String publicId) {
		if (!remembered(session, DRAFTS).contains(publicId)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		Request draft = this.visitors.find(publicId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Procedure procedure = this.visitors.procedure(draft);
		return new Page(draft, procedure, this.visitors.context(), this.visitors.answers(draft));
	}

	@SuppressWarnings("unchecked")
	private static Set<String> remembered(HttpSession session, String name) {
		Object value = session.getAttribute(name);
		return (value instanceof Set<?> set) ? (Set<String>) set : Set.of();
	}

	private static void remember(HttpSession session, String name, String value) {
		LinkedHashSet<String> values = new LinkedHashSet<>(remembered(session, name));
		values.add(value);
		// Set again (not changed in place) so that the session store writes it.
		session.setAttribute(name, (Serializable) values);
	}

	/** A visitor draft as one request to its page sees it. */
	record Page(Request draft, Procedure procedure, FormContext context, Answers answers) {

		fr.comptecitoyen.form.FormDefinition form() {
			return this.procedure.form();
		}

		String publicId() {
			return this.draft.getPublicId();
		}

		Page withAnswers(Answers other) {
			return new Page(this.draft, this.procedure, this.context, other);
		}

		boolean hasStep(int step) {
			return step >= 0 && step < form().steps().size();
		}

	}

}
