package fr.comptecitoyen.request.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import fr.comptecitoyen.account.AccountSummary;
import fr.comptecitoyen.account.Accounts;
import fr.comptecitoyen.catalogue.Catalogue;
import fr.comptecitoyen.catalogue.Procedure;
import fr.comptecitoyen.form.Answers;
import fr.comptecitoyen.form.FieldDefinition;
import fr.comptecitoyen.form.FieldError;
import fr.comptecitoyen.form.FormContext;
import fr.comptecitoyen.form.FormDefinition;
import fr.comptecitoyen.form.FormEngine;
import fr.comptecitoyen.form.StepResult;
import fr.comptecitoyen.request.AgentEntryScope;
import fr.comptecitoyen.request.AgentEntryScope.EnteringAgent;
import fr.comptecitoyen.request.EntryChannel;
import fr.comptecitoyen.request.RequestStatus;
import fr.comptecitoyen.request.internal.AgentEntries;
import fr.comptecitoyen.request.internal.AgentEntries.Person;
import fr.comptecitoyen.request.internal.DraftFiles;
import fr.comptecitoyen.request.internal.DraftService;
import fr.comptecitoyen.request.internal.IncomingFile;
import fr.comptecitoyen.request.internal.Request;
import fr.comptecitoyen.request.internal.Submission;
import fr.comptecitoyen.request.internal.Submission.Invalid;
import fr.comptecitoyen.request.internal.Submission.Outcome;
import fr.comptecitoyen.request.internal.Submission.Refused;
import fr.comptecitoyen.request.internal.Submission.Sent;
import fr.comptecitoyen.security.AuditLog;
import fr.comptecitoyen.shared.InputRules;
import fr.comptecitoyen.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A request entered by an agent for someone at the counter or on the phone
 * ({@code /agent/demandes/nouvelle}): the agent picks a procedure of their departments,
 * says how the person came and who they are — their citizen account (by identifier or
 * email address), or their name with an email address or a postal address for the answer
 * — then fills the procedure's steps as a citizen would (prefilled from the account) and
 * records it. The request then lives like any other; its timeline says it was entered by
 * that agent, at the counter or on the phone. A draft is its agent's only (anyone else
 * gets 404); a procedure of another department is never offered nor accepted.
 */
@Controller
class AgentEntryController {

	/** The start page and its form. */
	static final String START = "/agent/demandes/nouvelle";

	/** The drafts being entered. */
	static final String PATH = "/agent/saisies";

	private static final int SUMMARY = DraftService.SUMMARY;

	private static final int NAME_MAX = 100;

	/**
	 * An address fits the envelope's window: the name, then at most five lines of 38
	 * characters (the French postal standard NF Z10-011, six lines of 38 characters in
	 * all).
	 */
	private static final int POSTAL_LINES = 5;

	private static final int POSTAL_LINE_LENGTH = 38;

	/** Shorter than this, an address cannot hold a street, a postcode and a commune. */
	private static final int POSTAL_MIN = 12;

	/** The answers to "La personne a-t-elle un compte citoyen ?". */
	enum Who {

		/** Yes: found by identifier or email address. */
		ACCOUNT,

		/** No: named here, answered by email or by post. */
		NO_ACCOUNT

	}

	private final AgentEntryScope scope;

	private final AgentEntries entries;

	private final Catalogue catalogue;

	private final Accounts accounts;

	private final FormEngine engine;

	private final Submission submission;

	private final DraftFiles files;

	private final AuditLog audit;

	AgentEntryController(AgentEntryScope scope, AgentEntries entries, Catalogue catalogue, Accounts accounts,
			FormEngine engine, Submission submission, DraftFiles files, AuditLog audit) {
		this.scope = scope;
		this.entries = entries;
		this.catalogue = catalogue;
		this.accounts = accounts;
		this.engine = engine;
		this.submission = submission;
		this.files = files;
		this.audit = audit;
	}

	static String path(String publicId) {
		return PATH + "/" + publicId;
	}

	@GetMapping(START)
	String start(Model model) {
		EnteringAgent agent = agent();
		Map<String, String> typed = new LinkedHashMap<>();
		typed.put("channel", EntryChannel.COUNTER.name());
		return startPage(model, agent, typed, new FormErrors());
	}

	@PostMapping(START)
	String begin(@RequestParam Map<String, String> form, HttpServletRequest http, HttpServletResponse response,
			Model model) {
		EnteringAgent agent = agent();
		FormErrors problems = new FormErrors();
		Procedure procedure = this.catalogue.find(text(form, "procedure"))
			.filter((found) -> agent.procedureCodes().contains(found.code()))
			.orElse(null);
		if (procedure == null) {
			problems.add("procedure", "agent.entry.procedure.required");
		}
		EntryChannel channel = choice(EntryChannel.class, text(form, "channel"));
		if (channel == null) {
			problems.add("channel", "agent.entry.channel.required");
		}
		Person person = person(form, problems);
		if (!problems.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return startPage(model, agent, form, problems);
		}
		String publicId = this.entries.start(agent, procedure, channel, person);
		if (person.account() != null) {
			this.audit.recordStaff(AuditLog.Action.REQUEST_ENTRY_FOR_ACCOUNT, agent.username(),
					"compte:" + person.account().username(), http);
		}
		return "redirect:" + path(publicId);
	}

	/** Whom the request is for, or null with the problems added. */
	private Person person(Map<String, String> form, FormErrors problems) {
		Who who = choice(Who.class, text(form, "who"));
		if (who == null) {
			problems.add("who", "agent.entry.who.required");
			return null;
		}
		if (who == Who.ACCOUNT) {
			String identifier = text(form, "identifier");
			if (identifier.isEmpty()) {
				problems.add("identifier", "agent.entry.identifier.required");
				return null;
			}
			List<AccountSummary> found = this.accounts.findByIdentifier(identifier);
			if (found.size() > 1) {
				// An address shared with a refused or closed account: the one that may
				// submit.
				found = found.stream().filter((account) -> account.status().maySubmit()).toList();
			}
			if (found.isEmpty()) {
				problems.add("identifier", "agent.entry.identifier.unknown");
				return null;
			}
			if (found.size() > 1) {
				problems.add("identifier", "agent.entry.identifier.several", found.size());
				return null;
			}
			AccountSummary account = found.get(0);
			if (!account.status().maySubmit()) {
				problems.add("identifier", "agent.entry.identifier.refused", account.username());
				return null;
			}
			return Person.of(account);
		}
		InputRules.Checked lastName = InputRules.name(form.get("lastName"), NAME_MAX);
		InputRules.Checked firstName = InputRules.name(form.get("firstName"), NAME_MAX);
		if (!lastName.ok()) {
			problems.add("lastName", lastName.missing() ? "agent.entry.lastName.required" : "agent.entry.name.invalid");
		}
		if (!firstName.ok()) {
			problems.add("firstName",
					firstName.missing() ? "agent.entry.firstName.required" : "agent.entry.firstName.invalid");
		}
		InputRules.Checked email = InputRules.email(form.get("email"));
		// An address keeps its lines; each is cleaned, empty ones dropped.
		String postal = (form.get("postalAddress") == null) ? ""
				: form.get("postalAddress")
					.lines()
					.map(InputRules::clean)
					.filter((line) -> !line.isEmpty())
					.collect(java.util.stream.Collectors.joining("\n"));
		if (!email.missing() && !email.ok()) {
			problems.add("email", "agent.entry.email.invalid");
		}
		else if (email.ok()) {
			// The address of an account that may submit: the request belongs in it, where
			// its owner follows it, rather than behind a tracking link.
			this.accounts.findByIdentifier(email.value())
				.stream()
				.filter((account) -> account.status().maySubmit())
				.findFirst()
				.ifPresent((account) -> problems.add("email", "agent.entry.email.account", account.username()));
		}
		else if (email.missing() && postal.isEmpty()) {
			problems.add("email", "agent.entry.contact.required");
		}
		String longLine = postal.lines().filter((line) -> line.length() > POSTAL_LINE_LENGTH).findFirst().orElse(null);
		if (postal.lines().count() > POSTAL_LINES) {
			problems.add("postalAddress", "agent.entry.postalAddress.lines", POSTAL_LINES, POSTAL_LINE_LENGTH);
		}
		else if (longLine != null) {
			problems.add("postalAddress", "agent.entry.postalAddress.line", POSTAL_LINES, POSTAL_LINE_LENGTH, longLine);
		}
		else if (!postal.isEmpty() && postal.length() < POSTAL_MIN) {
			problems.add("postalAddress", "agent.entry.postalAddress.short");
		}
		if (!problems.isEmpty()) {
			return null;
		}
		return new Person(null, firstName.value(), lastName.value(), email.missing() ? null : email.value(),
				postal.isEmpty() ? null : postal);
	}

	@GetMapping(PATH + "/{publicId}")
	String show(@PathVariable String publicId, @RequestParam(required = false) String etape, HttpServletRequest http,
			Model model) {
		Page page = page(publicId, http);
		if (page.draft().getStatus() != RequestStatus.DRAFT) {
			return sent(page.draft().getReference());
		}
		Integer wanted = (etape != null && etape.matches("-?[0-9]{1,3}")) ? Integer.valueOf(etape) : null;
		int step = (wanted != null) ? wanted : page.draft().getCurrentStep();
		if (step == SUMMARY) {
			return summary(model, page, null);
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
			@RequestParam(name = "_action", defaultValue = "next") String action,
			@RequestParam(required = false) String submissionKey, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Page page = page(publicId, request);
		if (page.draft().getStatus() != RequestStatus.DRAFT) {
			return sent(page.draft().getReference());
		}
		if (!page.hasStep(step)) {
			return fromSummary(model, request, response, page, action, submissionKey);
		}
		StepResult result = this.engine.submit(page.form(), page.answers(), step, request.getParameterMap(),
				page.context());
		List<FieldError> problems = receive(page, step, request);
		Answers bound = this.files.mirror(page.form(), page.draft().getId(), result.answers());
		if (action.startsWith("removefile:")) {
			this.files.remove(page.draft().getId(), action.substring("removefile:".length()));
			return save(page, this.files.mirror(page.form(), page.draft().getId(), bound), step);
		}
		if (!problems.isEmpty()) {
			this.entries.save(page.staffId(), publicId, bound, step);
			problems.addAll(result.errors());
			return step(model, page.withAnswers(bound), step, problems);
		}
		Optional<StepMoves.Move> move = StepMoves.of(this.engine, page.form(), bound, step, action);
		if (move.isPresent()) {
			return save(page, move.get().answers(), move.get().step());
		}
		if (!result.valid()) {
			this.entries.save(page.staffId(), publicId, bound, step);
			return step(model, page.withAnswers(bound), step, result.errors());
		}
		OptionalInt next = this.engine.next(page.form(), bound, step);
		return save(page, bound, next.isPresent() ? next.getAsInt() : SUMMARY);
	}

	/** Giving up an entry is asked for again on a page of its own (no pop-up). */
	@GetMapping(PATH + "/{publicId}/abandon")
	String confirmAbandon(@PathVariable String publicId, HttpServletRequest http, Model model) {
		Page page = page(publicId, http);
		if (page.draft().getStatus() != RequestStatus.DRAFT) {
			return sent(page.draft().getReference());
		}
		model.addAttribute("draft", page.draft());
		model.addAttribute("procedure", page.procedure());
		model.addAttribute("account", this.entries.account(page.draft()).orElse(null));
		return "agent/entry/abandon";
	}

	@PostMapping(PATH + "/{publicId}/abandon")
	String abandon(@PathVariable String publicId, HttpServletRequest http) {
		EnteringAgent agent = agent();
		if (!this.entries.delete(agent.staffId(), publicId)) {
			throw refused(agent, publicId, http);
		}
		return "redirect:" + START + "?abandonnee";
	}

	private String fromSummary(Model model, HttpServletRequest http, HttpServletResponse response, Page page,
			String action, String submissionKey) {
		if (action.equals("previous")) {
			int last = this.engine.previous(page.form(), page.answers(), page.form().steps().size()).orElse(0);
			return save(page, page.answers(), last);
		}
		if (!action.equals("send")) {
			return "redirect:" + path(page.draft().getPublicId());
		}
		Outcome outcome = this.submission.submitByAgent(page.staffId(), page.draft().getPublicId(), submissionKey);
		if (outcome instanceof Sent sent) {
			if (sent.justSent()) {
				this.audit.recordStaff(AuditLog.Action.REQUEST_ENTERED, agent().username(),
						"demande:" + sent.reference(), http);
			}
			return sent(sent.reference());
		}
		if (outcome instanceof Invalid invalid) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return summary(model, page, invalid.errors());
		}
		if (outcome instanceof Refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("refused", true);
			return summary(model, page, null);
		}
		throw new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

	/** The files posted on a step: the refused ones as problems next to their field. */
	private List<FieldError> receive(Page page, int step, HttpServletRequest request) {
		List<FieldDefinition> fields = this.engine.fileFields(page.form(), step);
		List<FieldError> problems = new ArrayList<>();
		if (fields.isEmpty()) {
			return problems;
		}
		List<IncomingFile> incoming = UploadedFiles.of(request, fields.stream().map(FieldDefinition::key).toList());
		for (DraftFiles.Problem problem : this.files.receive(page.draft().getId(), page.draft().getEnteredFor(),
				page.procedure(), incoming)) {
			fields.stream()
				.filter((field) -> field.key().equals(problem.slot()))
				.findFirst()
				.ifPresent((field) -> problems.add(this.engine.problem(step, field, problem.code(), problem.args())));
		}
		return problems;
	}

	private String save(Page page, Answers answers, int step) {
		this.entries.save(page.staffId(), page.draft().getPublicId(), answers, step);
		return "redirect:" + path(page.draft().getPublicId());
	}

	private String step(Model model, Page page, int step, List<FieldError> errors) {
		common(model, page);
		model.addAttribute("view", this.engine.view(page.form(), page.answers(), step, errors, page.context()));
		model.addAttribute("errors", errors);
		return "agent/entry/step";
	}

	private String summary(Model model, Page page, List<FieldError> shown) {
		List<FieldError> errors = (shown != null) ? shown
				: this.engine.validate(page.form(), page.answers(), page.context());
		common(model, page);
		model.addAttribute("errors", errors);
		model.addAttribute("steps", this.engine.summary(page.form(), page.answers(), errors, page.context()));
		model.addAttribute("summaryStep", SUMMARY);
		model.addAttribute("documents", page.procedure().documents());
		model.addAttribute("submissionKey", this.submission.newKey());
		return "agent/entry/summary";
	}

	private void common(Model model, Page page) {
		model.addAttribute("procedure", page.procedure());
		model.addAttribute("draft", page.draft());
		model.addAttribute("account", this.entries.account(page.draft()).orElse(null));
	}

	private String startPage(Model model, EnteringAgent agent, Map<String, String> typed, FormErrors problems) {
		Map<String, String> procedures = new LinkedHashMap<>();
		this.catalogue.current()
			.stream()
			.filter((procedure) -> agent.procedureCodes().contains(procedure.code()))
			.sorted(Comparator.comparing(Procedure::title))
			.forEach((procedure) -> procedures.put(procedure.code(), procedure.title()));
		model.addAttribute("procedures", procedures);
		model.addAttribute("channels", EntryChannel.values());
		model.addAttribute("whoChoices", Who.values());
		model.addAttribute("typed", typed);
		model.addAttribute("errors", problems);
		model.addAttribute("drafts", this.entries.drafts(agent.staffId()));
		return "agent/entry/start";
	}

	private static String sent(String reference) {
		return "redirect:/agent/demandes/" + reference + "?fait=saisie";
	}

	private EnteringAgent agent() {
		return this.scope.current().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** The agent's draft; a 404 for anyone else's. */
	private Page page(String publicId, HttpServletRequest http) {
		EnteringAgent agent = agent();
		Request draft = this.entries.find(agent.staffId(), publicId).orElseThrow(() -> refused(agent, publicId, http));
		Procedure procedure = this.entries.procedure(draft);
		FormContext context = this.entries.context(draft);
		return new Page(agent.staffId(), draft, procedure, context,
				this.files.mirror(procedure.form(), draft.getId(), this.entries.answers(draft)));
	}

	/**
	 * Another agent's entry, or none: a 404, journalled as a refused access (OWASP ASVS
	 * 5.0, V16: failed authorization is logged).
	 */
	private ResponseStatusException refused(EnteringAgent agent, String publicId, HttpServletRequest http) {
		String shown = (publicId.length() > 40) ? publicId.substring(0, 40) : publicId;
		this.audit.recordStaff(AuditLog.Action.REQUEST_ACCESS_REFUSED, agent.username(), "saisie:" + shown, http);
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

	private static String text(Map<String, String> form, String name) {
		String value = form.get(name);
		return (value == null) ? "" : value.strip();
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String value) {
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(value)) {
				return constant;
			}
		}
		return null;
	}

	/** An agent's draft as one request to its page sees it. */
	record Page(java.util.UUID staffId, Request draft, Procedure procedure, FormContext context, Answers answers) {

		FormDefinition form() {
			return this.procedure.form();
		}

		Page withAnswers(Answers other) {
			return new Page(this.staffId, this.draft, this.procedure, this.context, other);
		}

		boolean hasStep(int step) {
			return step >= 0 && step < form().steps().size();
		}

	}

}
