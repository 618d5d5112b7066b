package fr.comptecitoyen.account.web;

import fr.comptecitoyen.account.CitizenPrincipal;
import fr.comptecitoyen.account.internal.AccountClosing;
import fr.comptecitoyen.account.internal.AuthenticatorApp;
import fr.comptecitoyen.account.internal.CurrentPassword;
import fr.comptecitoyen.security.SessionControl;
import fr.comptecitoyen.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * "Fermer mon compte": what is deleted and what is kept, the password (or a code of the
 * authenticator app) to confirm, then every session ends and a goodbye page.
 */
@Controller
class CloseAccountController {

	private static final String VIEW = "citizen/account/close";

	static final String GOODBYE = "/au-revoir";

	private final AccountClosing closing;

	private final SessionControl sessions;

	private final AuthenticatorApp app;

	CloseAccountController(AccountClosing closing, SessionControl sessions, AuthenticatorApp app) {
		this.closing = closing;
		this.sessions = sessions;
		this.app = app;
	}

	/** The password, to confirm. */
	record CloseForm(String password) {
	}

	@GetMapping("/compte/fermer")
	String form(@AuthenticationPrincipal CitizenPrincipal citizen, Model model) {
		model.addAttribute("app", this.app.status(citizen.accountId()));
		return VIEW;
	}

	@PostMapping("/compte/fermer")
	String close(@AuthenticationPrincipal CitizenPrincipal citizen, CloseForm form, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		if (!this.closing.close(citizen.accountId(), form.password(), request)) {
			boolean withApp = this.app.status(citizen.accountId()).enabled();
			model.addAttribute("app", this.app.status(citizen.accountId()));
			model.addAttribute("errors", FormErrors.of("password", CurrentPassword.refusal(form.password(),
					withApp ? "account.reauth.wrong.app" : "account.password.current.wrong")));
			return VIEW;
		}
		new SecurityContextLogoutHandler().logout(request, response,
				SecurityContextHolder.getContext().getAuthentication());
		this.sessions.endAll(citizen.getUsername());
		return "redirect:" + GOODBYE;
	}

	@GetMapping(GOODBYE)
	String goodbye() {
		return "citizen/account/goodbye";
	}

}
