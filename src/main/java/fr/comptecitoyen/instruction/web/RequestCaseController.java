package fr.comptecitoyen.instruction.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import fr.comptecitoyen.document.Download;
import fr.comptecitoyen.document.FileNames;
import fr.comptecitoyen.instruction.StaffPrincipal;
import fr.comptecitoyen.instruction.StaffRole;
import fr.comptecitoyen.instruction.internal.FollowedRequests;
import fr.comptecitoyen.instruction.internal.QueueWork;
import fr.comptecitoyen.instruction.internal.RequestCases;
import fr.comptecitoyen.request.IllegalTransitionException;
import fr.comptecitoyen.request.RequestChangedException;
import fr.comptecitoyen.request.RequestInstruction;
import fr.comptecitoyen.request.RequestInstruction.Access;
import fr.comptecitoyen.request.RequestInstruction.Agent;
import fr.comptecitoyen.request.RequestNotFoundException;
import fr.comptecitoyen.shared.CitySettings;
import fr.comptecitoyen.shared.FieldProblem;
import fr.comptecitoyen.shared.InputRules;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * A request as the agent sees it ({@code /agent/demandes/{reference}}), its files (one by
 * one or as a ZIP), the paper originals' checklist and the agent's verbs, each a POST
 * that carries the request's version. A refused form shows its problems next to the
 * fields and keeps what was typed; an action another agent made impossible or overtook
 * says so plainly. A request the person may not see answers 404 everywhere.
 */
@Controller
@RequestMapping(RequestCaseController.PATH)
class RequestCaseController {

	static final String PATH = "/agent/demandes/{reference}";

	private static final String VIEW = "agent/requests/request";

	/** What a redirect after an action may say, and the query's own parameter. */
	private static final String DONE = "fait";

	private final RequestCases cases;

	private final RequestInstruction requests;

	private final Clock clock;

	private final CitySettings city;

	private final FollowedRequests followed;

	private final QueueWork work;

	private final MessageSource messages;

	RequestCaseController(RequestCases cases, RequestInstruction requests, Clock clock, CitySettings city,
			FollowedRequests followed, QueueWork work, MessageSource messages) {
		this.messages = messages;
		this.followed = followed;
		this.work = work;
		this.cases = cases;
		this.requests = requests;
		this.clock = clock;
		this.city = city;
	}

	@GetMapping
	String show(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String reference, HttpServletRequest http,
			Model model) {
		RequestCases.Page page = this.cases.open(staff, reference, http);
		model.addAttribute("page", page);
		model.addAttribute("typed", Map.of());
		model.addAttribute("queue", queue(http));
		addFollowAndLabels(staff, page, model);
		return VIEW;
	}

	@GetMapping("/fichiers/{fileId}")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String reference,
			@PathVariable String fileId, HttpServletRequest http) {
		Download file = this.cases.download(staff, reference, fileId, http)
			.orElseThrow(() -> new RequestNotFoundException(reference));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, FileNames.attachmentHeader(file.name()))
			.header(HttpHeaders.CONTENT_TYPE, file.mediaType())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(file.content());
	}

	@GetMapping("/fichiers.zip")
	void zip(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String reference, HttpServletRequest http,
			HttpServletResponse response) throws IOException {
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, FileNames.attachmentHeader(reference + ".zip"));
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		Set<String> names = new HashSet<>();
		String others = this.messages.getMessage("agent.request.files.others", null, LocaleContextHolder.getLocale());
		String opinions = this.messages.getMessage("agent.request.files.opinions", null,
				LocaleContextHolder.getLocale());
		ZipOutputStream zip = new ZipOutputStream(response.getOutputStream());
		try {
			// One file at a time, copied from the store to the response as it is read.
			this.cases.downloadAll(staff, reference, http, (label, opinion, name, content) -> {
				// One folder per supporting document, named after it; the opinions' files
				// in their own.
				String folder = opinion ? opinions
						: (label != null) ? FileNames.sanitise(label.replace('/', '-')) : others;
				zip.putNextEntry(new ZipEntry(unique(names, folder + "/" + FileNames.sanitise(name))));
				content.transferTo(zip);
				zip.closeEntry();
			});
		}
		catch (RequestNotFoundException ex) {
			response.reset();
			throw ex;
		}
		zip.finish();
		zip.flush();
	}

	@GetMapping("/attestation.pdf")
	ResponseEntity<byte[]> attestation(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String reference,
			HttpServletRequest http) {
		byte[] pdf = this.cases.attestation(staff, reference, http)
			.orElseThrow(() -> new RequestNotFoundException(reference));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, FileNames.attachmentHeader("attestation-" + reference + ".pdf"))
			.header(HttpHeaders.CONTENT_TYPE, "application/pdf")
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(pdf);
	}

	/**
	 * The letter carrying one timeline line by post (someone without an email address).
	 */
	@GetMapping("/courrier/{line}.pdf")
	ResponseEntity<byte[]> letter(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String reference,
			@PathVariable int line, HttpServletRequest http) {
		byte[] pdf = this.cases.letter(staff, reference, line, http)
			.orElseThrow(() -> new RequestNotFoundException(reference));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					FileNames.attachmentHeader("courrier-" + reference + "-" + line + ".pdf"))
			.header(HttpHeaders.CONTENT_TYPE, "application/pdf")
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(pdf);
	}

	@PostMapping("/originaux/{documentKey}")
	String receiveOriginal(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String reference,
			@PathVariable String documentKey, HttpServletRequest http) {
		boolean ticked = this.cases.receiveOriginal(staff, reference, documentKey, http);
		return done(reference, ticked ? "original" : "impossible", http);
	}

	@PostMapping("/prise-en-charge")
	String takeInCharge(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String reference,
			@RequestParam MultiValueMap<String, String> form, HttpServletRequest http, HttpServletResponse response,
			Model model) {
		return act(staff, reference, "TAKE_IN_CHARGE", form, List.of(), http, response, model,
				(access) -> this.requests.takeInCharge(reference, version(form), access, RequestCases.agent(staff)));
	}

	@PostMapping("/attribution")
	String assign(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String reference,
			@RequestParam MultiValueMap<String, String> form, HttpServletRequest http, HttpServletResponse response,
			Model model) {
		String username = text(form, "assignee");
		Agent assignee = this.cases.reload(staff, reference)
			.agents()
			.stream()
			.filter((a) -> a.username().equals(username))
			.findFirst()
			.orElse(null);
		List<FieldProblem> problems = (assignee == null)
				? List.of(new FieldProblem("assignee", "agent.request.assignee.required")) : List.of();
		return act(staff, reference, "ASSIGN", form, problems, http, response, model, (access) -> this.requests
			.assign(reference, version(form), access, RequestCases.agent(staff), assignee));
	}

	@PostMapping("/question")
	String askCitizen(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String reference,
			@RequestParam MultiValueMap<String, String> form, HttpServletRequest http, HttpServletResponse response,
			Model model) {
		return act(staff, reference, "ASK_CITIZEN", form, required(form, "question"), http, response, model,
				(access) -> this.requests.askCitizen(reference, version(form), access, RequestCases.agent(staff),
						text(form, "question")));
	}

	@PostMapping("/avis")
	String askOpinion(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String reference,
			@RequestParam MultiValueMap<String, String> form, HttpServletRequest http, HttpServletResponse response,
			Model model) {
		String department = text(form, "opinionDepartment");
		List<FieldProblem> problems = new ArrayList<>();
		if (this.cases.reload(staff, reference)
			.departments()
			.stream()
			.noneMatch((d) -> d.getCode().equals(department))) {
			problems.add(new FieldProblem("opinionDepartment", "agent.request.opinion.department.required"));
		}
		problems.addAll(required(form, "opinionQuestion"));
		return act(staff, reference, "ASK_OPINION", form, problems, http, response, model,
				(access) -> this.requests.askOpinion(reference, version(form), access, RequestCases.agent(staff),
						department, text(form, "opinionQuestion")));
	}

	@PostMapping("/reponse-recue")
	String recordAnswer(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String reference,
			@RequestParam MultiValueMap<String, String> form, HttpServletRequest http, HttpServletResponse response,
			Model model) {
		return act(staff, reference, "CITIZEN_ANSWERS", form, required(form, "receivedAnswer"), http, response, model,
				(access) -> this.requests.recordAnswer(reference, version(form), access, RequestCases.agent(staff),
						text(form, "receivedAnswer")));
	}

	@PostMapping("/avis/reponse")
	String giveOpinion(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String reference,
			@RequestParam MultiValueMap<String, String> form,
			@RequestParam(name = "opinionFile", required = false) MultipartFile file, HttpServletRequest http,
			HttpServletResponse response, Model model) throws IOException {
		String department = text(form, "department");
		if (!staff.departments().contains(department)) {
			throw new RequestNotFoundException(reference);
		}
		RequestCases.Upload upload = (file != null && !file.isEmpty())
				? new RequestCases.Upload(file.getOriginalFilename(), file.getInputStream()) : null;
		try {
			return act(staff, reference, "GIVE_OPINION", form, required(form, "opinion"), http, response, model,
					(access) -> this.cases.giveOpinion(staff, access, reference, department, text(form, "opinion"),
							upload));
		}
		catch (RequestCases.FileRefused ex) {
			Problems.show(model,
					List.of(new FieldProblem("opinionFile", ex.refused().code(), ex.refused().args().toArray())));
			return again(staff, reference, form, HttpStatus.UNPROCESSABLE_CONTENT, http, response, model);
		}
	}

	@PostMapping("/information")
	String sendInformation(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String reference,
			@RequestParam MultiValueMap<String, String> form, HttpServletRequest http, HttpServletResponse response,
			Model model) {
		List<FieldProblem> problems = new ArrayList<>(required(form, "information"));
		String typedDate = text(form, "informationDate");
		LocalDate on = InputRules.date(typedDate);
		if (on == null && !typedDate.isEmpty()) {
			problems.add(new FieldProblem("informationDate", InputRules.DATE_MESSAGE));
		}
		else if (on != null && on.isBefore(LocalDate.now(this.clock.withZone(this.city.timeZone())))) {
			problems.add(new FieldProblem("informationDate", "agent.request.date.past"));
		}
		return act(staff, reference, "INFORMATION", form, problems, http, response, model,
				(access) -> this.requests.sendInformation(reference, version(form), access, RequestCases.agent(staff),
						text(form, "information"), on));
	}

	@PostMapping("/acceptation")
	String accept(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String reference,
			@RequestParam MultiValueMap<String, String> form, HttpServletRequest http, HttpServletResponse response,
			Model model) {
		return act(staff, reference, "ACCEPT", form, optional(form, "acceptComment"), http, response, model,
				(access) -> this.requests.accept(reference, version(form), access, RequestCases.agent(staff),
						text(form, "acceptComment")));
	}

	@PostMapping("/refus")
	String refuse(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String reference,
			@RequestParam MultiValueMap<String, String> form, HttpServletRequest http, HttpServletResponse response,
			Model model) {
		return act(staff, reference, "REFUSE", form, required(form, "motive"), http, response, model,
				(access) -> this.requests.refuse(reference, version(form), access, RequestCases.agent(staff),
						text(form, "motive")));
	}

	@PostMapping("/classement")
	String close(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String reference,
			@RequestParam MultiValueMap<String, String> form, HttpServletRequest http, HttpServletResponse response,
			Model model) {
		return act(staff, reference, "CLOSE", form, optional(form, "closeComment"), http, response, model,
				(access) -> this.requests.close(reference, version(form), access, RequestCases.agent(staff),
						text(form, "closeComment")));
	}

	@PostMapping("/reouverture")
	String reopen(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String reference,
			@RequestParam MultiValueMap<String, String> form, HttpServletRequest http, HttpServletResponse response,
			Model model) {
		if (!staff.has(StaffRole.ADMINISTRATOR)) {
			this.cases.reload(staff, reference);
			throw new AccessDeniedException("Administrators only");
		}
		return act(staff, reference, "REOPEN", form, required(form, "reason"), http, response, model,
				(access) -> this.requests.reopen(reference, version(form), access, RequestCases.agent(staff),
						text(form, "reason")));
	}

	@PostMapping("/notes")
	String addNote(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String reference,
			@RequestParam MultiValueMap<String, String> form, HttpServletRequest http, HttpServletResponse response,
			Model model) {
		return act(staff, reference, "NOTE", form, required(form, "note"), http, response, model,
				(access) -> this.requests.addNote(reference, access, RequestCases.agent(staff), text(form, "note")));
	}

	/**
	 * Checks the form's problems, applies the verb, and goes back to the page; a refused
	 * verb shows the page again with everything typed.
	 */
	private String act(StaffPrincipal staff, String reference, String verb, MultiValueMap<String, String> form,
			List<FieldProblem> problems, HttpServletRequest http, HttpServletResponse response, Model model,
			java.util.function.Consumer<Access> action) {
		if (!problems.isEmpty()) {
			Problems.show(model, problems);
			return again(staff, reference, form, HttpStatus.UNPROCESSABLE_CONTENT, http, response, model);
		}
		try {
			this.cases.act(staff, reference, verb, http, action);
		}
		catch (RequestChangedException ex) {
			model.addAttribute("changedBy", (ex.getBy() != null) ? ex.getBy() : "");
			return again(staff, reference, form, HttpStatus.CONFLICT, http, response, model);
		}
		catch (OptimisticLockingFailureException ex) {
			model.addAttribute("changedBy", lastActor(staff, reference));
			return again(staff, reference, form, HttpStatus.CONFLICT, http, response, model);
		}
		catch (IllegalTransitionException ex) {
			model.addAttribute("impossible", verb);
			return again(staff, reference, form, HttpStatus.CONFLICT, http, response, model);
		}
		return done(reference, verb, http);
	}

	private String again(StaffPrincipal staff, String reference, MultiValueMap<String, String> form, HttpStatus status,
			HttpServletRequest http, HttpServletResponse response, Model model) {
		response.setStatus(status.value());
		RequestCases.Page page = this.cases.reload(staff, reference);
		model.addAttribute("page", page);
		Map<String, String> typed = new LinkedHashMap<>();
		form.forEach((name, values) -> {
			if (!"_csrf".equals(name) && !values.isEmpty()) {
				typed.put(name, values.get(0));
			}
		});
		model.addAttribute("typed", typed);
		model.addAttribute("queue", text(form, "queue"));
		addFollowAndLabels(staff, page, model);
		return VIEW;
	}

	/**
	 * Whether the agent follows the request, and the labels of their departments (those
	 * it carries ticked) — not for a request shared only for an opinion.
	 */
	private void addFollowAndLabels(StaffPrincipal staff, RequestCases.Page page, Model model) {
		String reference = page.request().reference();
		if (!page.request().sharedOnly()) {
			model.addAttribute("followed", this.followed.follows(staff, reference));
			model.addAttribute("labelsAvailable", this.work.labels(staff));
			model.addAttribute("labelsCarried", this.work.labelsOn(staff, reference));
		}
	}

	private String lastActor(StaffPrincipal staff, String reference) {
		List<RequestInstruction.Line> timeline = this.cases.reload(staff, reference).request().timeline();
		return timeline.isEmpty() ? "" : timeline.get(timeline.size() - 1).actorName();
	}

	/** Back to the page, with what was done and the queue the agent came from. */
	private static String done(String reference, String what, HttpServletRequest http) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/agent/demandes/")
			.path(UriUtils.encodePathSegment(reference, StandardCharsets.UTF_8))
			.queryParam(DONE, what);
		carryQueue(uri, http.getParameter("queue"));
		return "redirect:" + uri.build(true).toUriString();
	}

	/**
	 * Adds the queue's parameters posted back by a form (a query string), decoded and
	 * encoded again, so that whatever the field holds only ever makes parameters of this
	 * page's own address; malformed parts are left out.
	 */
	private static String encoded(String value) {
		return UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8).replace("+", "%2B");
	}

	private static void carryQueue(UriComponentsBuilder uri, String queue) {
		if (queue == null || queue.isBlank() || queue.length() > 2000) {
			return;
		}
		for (String part : queue.split("&")) {
			int equals = part.indexOf('=');
			try {
				String name = URLDecoder.decode((equals < 0) ? part : part.substring(0, equals),
						StandardCharsets.UTF_8);
				String value = (equals < 0) ? ""
						: URLDecoder.decode(part.substring(equals + 1), StandardCharsets.UTF_8);
				if (name.matches("[a-z][a-z0-9-]{0,30}") && !name.equals(DONE)) {
					uri.queryParam(name, encoded(value));
				}
			}
			catch (IllegalArgumentException malformed) {
				// A broken escape: that part is left out.
			}
		}
	}

	/**
	 * The query string of the queue the agent came from (filters, sort, page), without
	 * this page's own parameter: the previous/next links and the forms carry it on.
	 */
	private static String queue(HttpServletRequest http) {
		String query = http.getQueryString();
		if (query == null) {
			return "";
		}
		List<String> kept = new ArrayList<>();
		for (String part : query.split("&")) {
			if (!part.isEmpty() && !part.equals(DONE) && !part.startsWith(DONE + "=")) {
				kept.add(part);
			}
		}
		return String.join("&", kept);
	}

	private static long version(MultiValueMap<String, String> form) {
		try {
			return Long.parseLong(text(form, "version"));
		}
		catch (NumberFormatException ex) {
			throw new RequestChangedException(null);
		}
	}

	private static String text(MultiValueMap<String, String> form, String name) {
		String value = form.getFirst(name);
		return (value != null) ? value.strip() : "";
	}

	private static List<FieldProblem> required(MultiValueMap<String, String> form, String name) {
		String value = text(form, name);
		if (value.isEmpty()) {
			return List.of(new FieldProblem(name, "agent.request." + name + ".required"));
		}
		return optional(form, name);
	}

	private static List<FieldProblem> optional(MultiValueMap<String, String> form, String name) {
		if (text(form, name).length() > RequestInstruction.MAX_TEXT) {
			return List.of(new FieldProblem(name, "agent.request.text.long", RequestInstruction.MAX_TEXT));
		}
		return List.of();
	}

	/** The acknowledgement receipt, to print for someone at the counter or to post. */
	@GetMapping("/recu.pdf")
	ResponseEntity<byte[]> receipt(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String reference,
			HttpServletRequest http) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					FileNames.attachmentHeader("accuse-reception-" + reference + ".pdf"))
			.header(HttpHeaders.CONTENT_TYPE, "application/pdf")
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(this.cases.receipt(staff, reference, http));
	}

	private static String unique(Set<String> names, String name) {
		String candidate = name;
		int n = 2;
		while (!names.add(candidate)) {
			int dot = name.lastIndexOf('.');
			candidate = (dot > 0) ? name.substring(0, dot) + " (" + n + ")" + name.substring(dot)
					: name + " (" + n + ")";
			n++;
		}
		return candidate;
	}

}
