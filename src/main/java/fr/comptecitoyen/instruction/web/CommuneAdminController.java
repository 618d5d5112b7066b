package fr.comptecitoyen.instruction.web;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import fr.comptecitoyen.catalogue.Catalogue;
import fr.comptecitoyen.instruction.StaffPrincipal;
import fr.comptecitoyen.instruction.internal.Departments;
import fr.comptecitoyen.instruction.internal.StaffPaths;
import fr.comptecitoyen.shared.CitySettings;
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

	private final Departments departments;

	private final Catalogue catalogue;

	private final CitySettings city;

	CommuneAdminController(Departments departments, Catalogue catalogue, CitySettings city) {
		this.departments = departments;
		this.catalogue = catalogue;
		this.city = city;
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
	String create(@RequestParam(name = "code", defaultValue = "") String code,
			@RequestParam(name = "name", defaultValue = "") String name, Model model) {
		String normalised = code.strip().toLowerCase(Locale.ROOT);
		if (!CODE.matcher(normalised).matches() || normalised.length() > 60) {
			return problem(model, "code", "agent.admin.departments.code.invalid", code, name);
		}
		if (name.isBlank() || name.length() > 120) {
			return problem(model, "name", "agent.admin.departments.name.required", code, name);
		}
		if (!this.departments.create(normalised, name.strip())) {
			return problem(model, "code", "agent.admin.departments.code.taken", code, name);
		}
		return "redirect:" + StaffPaths.ADMIN + "?enregistre";
	}

	/**
	 * Renames a department; a blank or too long name is shown again next to its box, with
	 * the department's other boxes as they were. 404 for an unknown code.
	 */
	@PostMapping("/services/{code}/nom")
	String rename(@PathVariable String code, @RequestParam(name = "name", defaultValue = "") String name,
			HttpServletResponse response, Model model) {
		if (name.isBlank() || name.length() > 120) {
			if (!known(code)) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("renaming", code);
			model.addAttribute("typedRename", name);
			return problem(model, "name-" + code, "agent.admin.departments.name.required", null, null);
		}
		if (!this.departments.rename(code, name.strip())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return "redirect:" + StaffPaths.ADMIN + "?enregistre";
	}

	@PostMapping("/services/{code}/desactiver")
	String deactivate(@PathVariable String code) {
		return switch (this.departments.deactivate(code)) {
			case DONE -> "redirect:" + StaffPaths.ADMIN + "?enregistre";
			case IN_USE -> "redirect:" + StaffPaths.ADMIN + "?utilise";
			case UNKNOWN -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		};
	}

	@PostMapping("/services/{code}/reactiver")
	String reactivate(@PathVariable String code) {
		if (!this.departments.reactivate(code)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return "redirect:" + StaffPaths.ADMIN + "?enregistre";
	}

	@PostMapping("/demarches/{code}")
	String procedure(@AuthenticationPrincipal StaffPrincipal admin, @PathVariable String code,
			@RequestParam(name = "department", defaultValue = "") String department,
			@RequestParam(name = "published", defaultValue = "false") boolean published) {
		if (known(department)) {
			this.departments.assign(code, department, admin.getUsername());
		}
		this.catalogue.setPublished(code, published);
		return "redirect:" + StaffPaths.ADMIN + "?enregistre";
	}

	private boolean known(String department) {
		return this.departments.all().stream().anyMatch((d) -> d.getCode().equals(department));
	}

	private String problem(Model model, String field, String code, String typedCode, String typedName) {
		Problems.show(model, field, code);
		model.addAttribute("typedCode", typedCode);
		model.addAttribute("typedName", typedName);
		return home(model);
	}

}
