package fr.comptecitoyen.instruction.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import fr.comptecitoyen.instruction.StaffPrincipal;
import fr.comptecitoyen.instruction.internal.QueueWork;
import fr.comptecitoyen.instruction.internal.QueueWork.BulkAction;
import fr.comptecitoyen.instruction.internal.StaffPaths;
import fr.comptecitoyen.request.RequestQueue.QueueTab;
import fr.comptecitoyen.request.RequestStatus;
import fr.comptecitoyen.shared.FieldProblem;
import fr.comptecitoyen.shared.InputRules;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * "Demandes": the queues of the person's departments, filtered in the address; the
 * previous and next request of a queue; its CSV export; and the bulk actions on a
 * selection (take in charge, one information message, close), each request going through
 * the lifecycle on its own.
 */
@Controller
@RequestMapping(StaffPaths.REQUESTS)
class RequestQueueController {

	static final String VIEW = "agent/demandes/queue";

	private static final int MAX_MESSAGE = 2000;

	private final QueueWork work;

	RequestQueueController(QueueWork work) {
		this.work = work;
	}

	@GetMapping
	String queue(@AuthenticationPrincipal StaffPrincipal staff, QueueForm form, Model model) {
		return show(staff, form, form.problems(), model);
	}

	@GetMapping("/{reference}/precedente")
	String previous(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String reference, QueueForm form) {
		return neighbour(staff, reference, form, false);
	}

	@GetMapping("/{reference}/suivante")
	String next(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String reference, QueueForm form) {
		return neighbour(staff, reference, form, true);
	}

	@GetMapping("/export.csv")
	ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal StaffPrincipal staff, QueueForm form,
			HttpServletRequest request, Locale locale) {
		QueueForm all = form.onPage(1);
		var filter = all.filter(this.work.scope(staff), staff.staffId());
		this.work.recordExport(staff, all.query(), request);
		StreamingResponseBody body = (out) -> this.work.writeCsv(filter, locale, out);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("demandes.csv").build().toString())
			.body(body);
	}

	@PostMapping("/lot")
	String bulk(@AuthenticationPrincipal StaffPrincipal staff, QueueForm form,
			@RequestParam(name = "selection", required = false) List<String> selection,
			@RequestParam(name = "action", defaultValue = "") String action,
			@RequestParam(name = "message", defaultValue = "") String message,
			@RequestParam(name = "date", defaultValue = "") String date, Model model) {
		List<FieldProblem> problems = new ArrayList<>();
		List<String> chosen = (selection == null) ? List.of() : selection;
		if (chosen.isEmpty()) {
			problems.add(new FieldProblem("selection", "agent.queue.bulk.selection.missing"));
		}
		BulkAction verb = switch (action) {
			case "prendre" -> BulkAction.TAKE;
			case "informer" -> BulkAction.INFORM;
			case "clore" -> BulkAction.CLOSE;
			default -> null;
		};
		if (verb == null) {
			problems.add(new FieldProblem("action", "agent.queue.bulk.action.missing"));
		}
		LocalDate day = null;
		if (verb == BulkAction.INFORM) {
			if (message.isBlank()) {
				problems.add(new FieldProblem("message", "agent.queue.bulk.message.missing"));
			}
			else if (message.strip().length() > MAX_MESSAGE) {
				problems.add(new FieldProblem("message", "agent.queue.bulk.message.long", MAX_MESSAGE));
			}
			day = InputRules.date(date);
			if (day == null && !date.isBlank()) {
				problems.add(new FieldProblem("date", InputRules.DATE_MESSAGE));
			}
		}
		model.addAttribute("bulkAction", action);
		model.addAttribute("bulkMessage", message);
		model.addAttribute("bulkDate", date);
		model.addAttribute("selected", Set.copyOf(chosen));
		if (problems.isEmpty()) {
			model.addAttribute("outcome", this.work.bulk(staff, verb, chosen, message.strip(), day));
			model.addAttribute("selected", Set.of());
		}
		return show(staff, form, problems, model);
	}

	private String show(StaffPrincipal staff, QueueForm form, List<FieldProblem> problems, Model model) {
		Set<String> scope = this.work.scope(staff);
		model.addAttribute("form", form);
		model.addAttribute("queueTab", form.tab());
		model.addAttribute("tabs", QueueTab.values());
		model.addAttribute("tabNames", QueueForm.TABS);
		model.addAttribute("sorts", QueueForm.SORTS);
		model.addAttribute("statuses", List.of(RequestStatus.values()).subList(1, RequestStatus.values().length));
		model.addAttribute("procedures", this.work.procedures(scope));
		// Why an agent sees no request at all: no department, or departments that handle
		// no procedure (none given to them, or deactivated).
		model.addAttribute("noScope", scope.isEmpty()
				? (staff.departments().isEmpty() ? "agent.queue.noScope" : "agent.queue.noProcedure") : null);
		model.addAttribute("colleagues", this.work.colleagues(staff));
		model.addAttribute("labels", this.work.labels(staff));
		if (!problems.isEmpty()) {
			Problems.show(model, problems);
		}
		boolean datesWrong = problems.stream().anyMatch((p) -> p.field().equals("du") || p.field().equals("au"));
		if (!datesWrong) {
			model.addAttribute("results", this.work.page(form.filter(scope, staff.staffId()), form.pageNumber()));
		}
		return VIEW;
	}

	private String neighbour(StaffPrincipal staff, String reference, QueueForm form, boolean next) {
		return this.work.neighbour(form.filter(this.work.scope(staff), staff.staffId()), reference, next)
			.map((found) -> "redirect:" + form.with(StaffPaths.REQUESTS + "/" + found))
			.orElseGet(() -> "redirect:" + form.with(StaffPaths.REQUESTS) + (form.query().isEmpty() ? "?" : "&")
					+ "fin=" + (next ? "suivante" : "precedente"));
	}

}
