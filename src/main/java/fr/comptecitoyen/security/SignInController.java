package fr.comptecitoyen.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The sign-in page. A failed attempt is forwarded here so that the identifier typed is
 * kept; the refusal reads the same whatever went wrong.
 */
@Controller
class SignInController {

	static final String FAILED = SecuredPaths.SIGN_IN + "/echec";

	@GetMapping(SecuredPaths.SIGN_IN)
	String signIn(HttpServletRequest request, Model model) {
		String retour = request.getParameter("retour");
		if (retour != null && LocalRedirectStrategy.isLocal(request, retour)) {
			model.addAttribute("retour", retour);
		}
		return "citizen/security/sign-in";
	}

	@RequestMapping(FAILED)
	String failed(HttpServletRequest request, Model model) {
		model.addAttribute("signInFailed", true);
		// An address may be shared by several accounts: the refusal then says to use the
		// identifier, whether or not the address is known.
		String typed = request.getParameter("username");
		model.addAttribute("signInFailedByEmail", typed != null && typed.contains("@"));
		model.addAttribute("typedUsername", SignInRefused.typedBack(typed));
		return signIn(request, model);
	}

}
