package fr.comptecitoyen.instruction.web;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fr.comptecitoyen.instruction.StaffPrincipal;
import fr.comptecitoyen.instruction.internal.QueueWork;
import fr.comptecitoyen.instruction.internal.StaffPaths;
import fr.comptecitoyen.request.RequestLabels;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Étiquettes": the labels of the person's departments (every department for an
 * administrator) — define, remove — and the labels of one request, set from its page
 * (another department's request answers 404).
 */
@Controller
class LabelController {

	private static final String VIEW = "agent/demandes/labels-admin";

	private final QueueWork work;

	LabelController(QueueWork work) {
		this.work = work;
	}

	@GetMapping(StaffPaths.LABELS)
	String labels(@AuthenticationPrincipal StaffPrincipal staff, Model model) {
		return show(staff, "", "", model);
	}

	@PostMapping(StaffPaths.LABELS)
	String define(@AuthenticationPrincipal StaffPrincipal staff,
			@RequestParam(name = "service", defaultValue = "") String department,
			@RequestParam(name = "nom", defaultValue = "") String name, Model model) {
		String clean = name.strip();
		if (!this.work.labelDepartments(staff).containsKey(department)) {
			Problems.show(model, "service", "agent.labels.department.missing");
		}
		else if (clean.isEmpty()) {
			Problems.show(model, "nom", "agent.labels.name.missing");
		}
		else if (clean.length() > RequestLabels.MAX_LENGTH || clean.chars().anyMatch(Character::isISOControl)) {
			Problems.show(model, "nom", "agent.labels.name.invalid");
		}
		else if (!this.work.define(staff, department, clean)) {
			Problems.show(model, "nom", "agent.labels.name.taken");
		}
		else {
			return "redirect:" + StaffPaths.LABELS + "?ajoutee";
		}
		return show(staff, department, name, model);
	}

	@PostMapping(StaffPaths.LABELS + "/{id}/suppression")
	String remove(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String id) {
		UUID label;
		try {
			label = UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			return "redirect:" + StaffPaths.LABELS;
		}
		return "redirect:" + StaffPaths.LABELS + (this.work.remove(staff, label) ? "?supprimee" : "");
	}

	@PostMapping(StaffPaths.REQUESTS + "/{reference}/etiquettes")
	String setOnRequest(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String reference,
			@RequestParam(name = "etiquettes", required = false) List<String> chosen, QueueForm form) {
		Set<UUID> ids = new HashSet<>();
		for (String id : (chosen == null) ? List.<String>of() : chosen) {
			try {
				ids.add(UUID.fromString(id));
			}
			catch (IllegalArgumentException ex) {
				// not a label: ignored, as a label of another department is
			}
		}
		this.work.setLabels(staff, reference, ids);
		return "redirect:" + form.with(StaffPaths.REQUESTS + "/" + reference);
	}

	private String show(StaffPrincipal staff, String department, String name, Model model) {
		model.addAttribute("departments", this.work.labelDepartments(staff));
		model.addAttribute("labels", this.work.managedLabels(staff));
		model.addAttribute("service", department);
		model.addAttribute("nom", name);
		return VIEW;
	}

}
