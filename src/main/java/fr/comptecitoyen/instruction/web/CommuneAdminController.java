package fr.comptecitoyen.instruction.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import fr.comptecitoyen.catalogue.Catalogue;
import fr.comptecitoyen.instruction.StaffPrincipal;
import fr.comptecitoyen.instruction.internal.Departments;
import fr.comptecitoyen.instruction.internal.StaffPaths;
import fr.comptecitoyen.security.AuditLog;
import fr.comptecitoyen.shared.CitySettings;
import fr.comptecitoyen.shared.FieldProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Administration of the commune (administrators only): departments (create, rename,
 * deactivate when no procedure uses them), which department handles each procedure and
 * whether it is published, and a read-only view of the commune's settings.
 */
@Controller
@RequestMapping(StaffPaths.ADMIN)
class CommuneAdminController {

	private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	/** The prefix of a department in the security journal's object column. */
	private static final String DEPARTMENT = "service:";

	private static final int CODE_MAX = 60;

	private static final int NAME_MAX = 120;

	/** Control, format, private-use and unassigned characters, and lone surrogates. */
	private static final Pattern UNPRINTABLE = Pattern.compile("\\p{C}");

	private final Departments departments;

	private final Catalogue catalogue;

	private final CitySettings city;

	private final AuditLog audit;

	CommuneAdminController(Departments departments, Catalogue catalogue, CitySettings city, AuditLog audit) {
		this.departments = departments;
		this.catalogue = catalogue;
		this.city = city;
		this.audit = audit;
	}

	@GetMapping
	String home(@RequestParam(name = "enregistre", required = false) String saved,
			@RequestParam(name = "utilise", required = false) String used, Model model) {
		model.addAttribute("saved", saved != null);
		model.addAttribute("departmentUsed", used != null);
		return home(model);
	}

	private String home(Model model) {
		Map<String, String> byProcedure = this.departments.departmentByProcedure();
		model.addAttribute("departments", this.departments.all());
		model.addAttribute("procedures", this.catalogue.current());
		model.addAttribute("departmentOf", byProcedure);
		model.addAttribute("published", this.catalogue.published().stream().map((p) -> p.code()).toList());
		model.addAttribute("settings", this.city);
		return "agent/admin/home";
	}

	@PostMapping("/services")
	String create(@AuthenticationPrincipal StaffPrincipal admin,
			@RequestParam(name = "code", defaultValue = "") String code,
			@RequestParam(name = "name", defaultValue = "") String name, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		String normalised = code.strip().toLowerCase(Locale.ROOT);
		if (normalised.length() > CODE_MAX) {
			return problem(model, response, new FieldProblem("code", "agent.admin.departments.code.tooLong", CODE_MAX),
					code, name);
		}
		if (!CODE.matcher(normalised).matches()) {
			return problem(model, response, new FieldProblem("code", "agent.admin.departments.code.invalid"), code,
					name);
		}
		FieldProblem wrongName = nameProblem("name", name);
		if (wrongName != null) {
			return problem(model, response, wrongName, code, name);
		}
		if (!this.departments.create(normalised, name.strip())) {
			return problem(model, response, new FieldProblem("code", "agent.admin.departments.code.taken"), code, name);
		}
		this.audit.recordStaff(AuditLog.Action.DEPARTMENT_CREATED, admin.getUsername(), DEPARTMENT + normalised,
				request);
		return "redirect:" + StaffPaths.ADMIN + "?enregistre";
	}

	/**
	 * Renames a department; a blank, too long or unprintable name is shown again next to
	 * its box, with the department's other boxes as they were. 404 for an unknown code.
	 */
	@PostMapping("/services/{code}/nom")
	String rename(@AuthenticationPrincipal StaffPrincipal admin, @PathVariable String code,
			@RequestParam(name = "name", defaultValue = "") String name, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		FieldProblem wrongName = nameProblem("name-" + code, name);
		if (wrongName != null) {
			if (!known(code)) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
			model.addAttribute("renaming", code);
			model.addAttribute("typedRename", name);
			return problem(model, response, wrongName, null, null);
		}
		if (!this.departments.rename(code, name.strip())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		this.audit.recordStaff(AuditLog.Action.DEPARTMENT_RENAMED, admin.getUsername(), DEPARTMENT + code, request);
		return "redirect:" + StaffPaths.ADMIN + "?enregistre";
	}

	/**
	 * A department's name: required, {@link #NAME_MAX} characters at most, printable (no
	 * control or format character, which would show as nothing or as a box).
	 * @return the problem for the given box, or null when the name is fine
	 */
	private static FieldProblem nameProblem(String field, String name) {
		String stripped = name.strip();
		if (stripped.isEmpty()) {
			return new FieldProblem(field, "agent.admin.departments.name.required");
		}
		if (stripped.length() > NAME_MAX) {
			return new FieldProblem(field, "agent.admin.departments.name.tooLong", NAME_MAX);
		}
		if (UNPRINTABLE.matcher(stripped).find()) {
			return new FieldProblem(field, "agent.admin.departments.name.invalid");
		}
		return null;
	}

	@PostMapping("/services/{code}/desactiver")
	String deactivate(@AuthenticationPrincipal StaffPrincipal admin, @PathVariable String code,
			HttpServletRequest request) {
		return switch (this.departments.deactivate(code)) {
			case DONE -> {
				this.audit.recordStaff(AuditLog.Action.DEPARTMENT_DEACTIVATED, admin.getUsername(), DEPARTMENT + code,
						request);
				yield "redirect:" + StaffPaths.ADMIN + "?enregistre";
			}
			case IN_USE -> "redirect:" + StaffPaths.ADMIN + "?utilise";
			case UNKNOWN -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		};
	}

	@PostMapping("/services/{code}/reactiver")
	String reactivate(@AuthenticationPrincipal StaffPrincipal admin, @PathVariable String code,
			HttpServletRequest request) {
		if (!this.departments.reactivate(code)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		this.audit.recordStaff(AuditLog.Action.DEPARTMENT_REACTIVATED, admin.getUsername(), DEPARTMENT + code, request);
		return "redirect:" + StaffPaths.ADMIN + "?enregistre";
	}

	@PostMapping("/demarches/{code}")
	String procedure(@AuthenticationPrincipal StaffPrincipal admin, @PathVariable String code,
			@RequestParam(name = "department", defaultValue = "") String department,
			@RequestParam(name = "published", defaultValue = "false") boolean published, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		if (this.catalogue.current().stream().noneMatch((procedure) -> procedure.code().equals(code))) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		// Only an active department: a deactivated one is not offered, and would take
		// back a procedure its deactivation required to be handed over.
		if (this.departments.all().stream().noneMatch((d) -> d.isActive() && d.getCode().equals(department))) {
			return problem(model, response,
					new FieldProblem("department-" + code, "agent.admin.procedures.department.inactive"), null, null);
		}
		this.departments.assign(code, department, admin.getUsername());
		this.catalogue.setPublished(code, published);
		this.audit.recordStaff(AuditLog.Action.PROCEDURE_SETTINGS_CHANGED, admin.getUsername(), "demarche:" + code,
				request);
		return "redirect:" + StaffPaths.ADMIN + "?enregistre";
	}

	private boolean known(String department) {
		return this.departments.all().stream().anyMatch((d) -> d.getCode().equals(department));
	}

	private String problem(Model model, HttpServletResponse response, FieldProblem problem, String typedCode,
			String typedName) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		Problems.show(model, List.of(problem));
		model.addAttribute("typedCode", typedCode);
		model.addAttribute("typedName", typedName);
		return home(model);
	}

}
