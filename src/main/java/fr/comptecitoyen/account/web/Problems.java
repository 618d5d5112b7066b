package fr.comptecitoyen.account.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.comptecitoyen.account.internal.FieldProblem;

import org.springframework.ui.Model;

/**
 * Puts a form's problems in the model the way the form fragments show them: the list for
 * the summary at the top ({@code problems}), and the message codes by field, next to each
 * field ({@code errors}).
 */
final class Problems {

	private Problems() {
	}

	static void show(Model model, List<FieldProblem> problems) {
		Map<String, List<String>> byField = new LinkedHashMap<>();
		for (FieldProblem problem : problems) {
			byField.computeIfAbsent(problem.field(), (field) -> new ArrayList<>()).add(problem.code());
		}
		model.addAttribute("problems", problems);
		model.addAttribute("errors", byField);
	}

	static void show(Model model, String field, String code) {
		show(model, List.of(new FieldProblem(field, code)));
	}

}
