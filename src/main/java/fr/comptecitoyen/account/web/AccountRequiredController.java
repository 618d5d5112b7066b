package fr.comptecitoyen.account.web;

import fr.comptecitoyen.account.CitizenPrincipal;
import fr.comptecitoyen.shared.web.LocalPaths;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Where a procedure that needs an account sends a visitor: sign in, or create an account,
 * then back to the procedure ({@code retour}, a path of the portal only). The procedure
 * parks what was typed with {@link fr.comptecitoyen.account.PendingInputs} first.
 */
@Controller
class AccountRequiredController {

	static final String PATH = "/compte-requis";

	@GetMapping(PATH)
	String accountRequired(@RequestParam(required = false) String retour,
			@AuthenticationPrincipal CitizenPrincipal citizen, Model model) {
		String local = LocalPaths.localOrNull(retour);
		if (citizen != null) {
			return "redirect:" + ((local != null) ? local : "/");
		}
		model.addAttribute("retour", local);
		return "citizen/account/account-required";
	}

	@GetMapping("/conditions-utilisation")
	String termsOfUse() {
		return "citizen/account/terms";
	}

}
