package fr.comptecitoyen.account.web;

import java.util.List;

import fr.comptecitoyen.account.CitizenPrincipal;
import fr.comptecitoyen.account.internal.PasswordChange;
import fr.comptecitoyen.shared.FieldProblem;
import fr.comptecitoyen.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * "Modifier mon mot de passe", open in every state of the account.
 */
@Controller
@RequestMapping("/compte/mot-de-passe")
class PasswordChangeController {

	private static final String VIEW = "citizen/account/change-password";

	private final PasswordChange change;

	PasswordChangeController(PasswordChange change) {
		this.change = change;
	}

	/** The current password, the new one and its confirmation (never shown again). */
	record ChangePasswordForm(String current, String password, String confirmation) {
	}

	@GetMapping
	String form() {
		return VIEW;
	}

	@PostMapping
	String change(@AuthenticationPrincipal CitizenPrincipal citizen, ChangePasswordForm form,
			HttpServletRequest request, Model model) {
		List<FieldProblem> problems = this.change.change(citizen.accountId(), form.current(), form.password(),
				form.confirmation(), request);
		if (!problems.isEmpty()) {
			model.addAttribute("errors", new FormErrors(problems));
			return VIEW;
		}
		return "redirect:/compte/mot-de-passe?modifie";
	}

}
