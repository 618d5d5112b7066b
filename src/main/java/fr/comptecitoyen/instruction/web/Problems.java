package fr.comptecitoyen.instruction.web;

import java.util.List;

import fr.comptecitoyen.shared.FieldProblem;
import fr.comptecitoyen.shared.web.FormErrors;

import org.springframework.ui.Model;

/**
 * Puts a staff form's problems in the model as the shared form fragments
 * ({@code fragments/form-fields}) show them: one {@link FormErrors} named {@code errors}.
 */
final class Problems {

	private Problems() {
	}

	static void show(Model model, List<FieldProblem> problems) {
		model.addAttribute("errors", new FormErrors(problems));
	}

	static void show(Model model, String field, String code) {
		show(model, List.of(new FieldProblem(field, code)));
	}

}
