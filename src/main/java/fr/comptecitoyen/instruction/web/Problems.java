package fr.comptecitoyen.instruction.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.ui.Model;

/**
 * Puts a staff form's problems in the model the way the shared form fragments show them:
 * the list for the error summary ({@code problems}) and the message codes by field
 * ({@code errors}).
 */
final class Problems {

	private Problems() {
	}

	/** A problem of one field: the field's id and the message code. */
	record Problem(String field, String code) {
	}

	static void show(Model model, List<Problem> problems) {
		Map<String, List<String>> byField = new LinkedHashMap<>();
		for (Problem problem : problems) {
			byField.computeIfAbsent(problem.field(), (field) -> new ArrayList<>()).add(problem.code());
		}
		model.addAttribute("problems", problems);
		model.addAttribute("errors", byField);
	}

	static void show(Model model, String field, String code) {
		show(model, List.of(new Problem(field, code)));
	}

}
