package fr.comptecitoyen.account.web;

import java.util.List;

import fr.comptecitoyen.account.internal.Account;
import fr.comptecitoyen.account.internal.InvalidLinkException;
import fr.comptecitoyen.account.internal.PasswordRecovery;
import fr.comptecitoyen.security.EvenTiming;
import fr.comptecitoyen.security.SecuredPaths;
import fr.comptecitoyen.security.SecuritySettings;
import fr.comptecitoyen.shared.FieldProblem;
import fr.comptecitoyen.shared.web.FormErrors;
import fr.comptecitoyen.shared.web.LocalPaths;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Mot de passe oublié ?": the request form, the same answer page whatever was typed, and
 * the emailed link's new-password form.
 */
@Controller
@RequestMapping(PasswordRecoveryController.LOST)
class PasswordRecoveryController {

	private static final String BASE = "citizen/account/";

	private static final String DONE_PATH = "/modifie";

	static final String LOST = "/mot-de-passe-oublie";

	private static final String DONE = LOST + DONE_PATH;

	/**
	 * The session attribute set once a password was chosen through a link: the page after
	 * it is shown to that browser only.
	 */
	private static final String RESET_DONE = "cc.passwordReset";

	private final PasswordRecovery recovery;

	private final EvenTiming timing;

	private final SecuritySettings settings;

	PasswordRecoveryController(PasswordRecovery recovery, EvenTiming timing, SecuritySettings settings) {
		this.recovery = recovery;
		this.timing = timing;
		this.settings = settings;
	}

	/**
	 * What the visitor types: an identifier or an email address; and the page they were
	 * going to when they signed in, carried to the sign-in after the new password.
	 */
	record LostPasswordForm(String identifier, String retour) {
	}

	/** The new password and its confirmation, and the page to sign in to afterwards. */
	record NewPasswordForm(String password, String confirmation, String retour) {
	}

	@GetMapping
	String form(@ModelAttribute("form") LostPasswordForm form, Model model) {
		keep(form.retour(), model);
		return BASE + "lost-password";
	}

	@PostMapping
	String send(@ModelAttribute("form") LostPasswordForm form, HttpServletRequest request, Model model) {
		String retour = keep(form.retour(), model);
		if (form.identifier() == null || form.identifier().isBlank()) {
			model.addAttribute("errors", FormErrors.of("identifier", "account.lost.identifier.missing"));
			return BASE + "lost-password";
		}
		// The same duration whether an account was found (link, email, audit) or not.
		this.timing.run("Password recovery", this.settings.recoveryAnswerTime(),
				() -> this.recovery.request(form.identifier(), retour, request));
		model.addAttribute("linksPerHour", PasswordRecovery.LINKS_PER_HOUR);
		return BASE + "lost-password-sent";
	}

	@GetMapping("/{token}")
	String newPassword(@PathVariable String token, @RequestParam(required = false) String retour, Model model,
			HttpServletResponse response) {
		Account account = this.recovery.accountOf(token).orElse(null);
		if (account == null) {
			return invalid(response, retour, model);
		}
		model.addAttribute("username", account.getUsername());
		model.addAttribute("token", token);
		keep(retour, model);
		return BASE + "reset-password";
	}

	@PostMapping("/{token}")
	String reset(@PathVariable String token, NewPasswordForm form, HttpServletRequest request, Model model,
			HttpServletResponse response) {
		keep(form.retour(), model);
		List<FieldProblem> problems;
		try {
			problems = this.recovery.reset(token, form.password(), form.confirmation(), request);
		}
		catch (InvalidLinkException ex) {
			return invalid(response, form.retour(), model);
		}
		if (!problems.isEmpty()) {
			model.addAttribute("errors", new FormErrors(problems));
			this.recovery.accountOf(token)
				.ifPresent((account) -> model.addAttribute("username", account.getUsername()));
			model.addAttribute("token", token);
			return BASE + "reset-password";
		}
		request.getSession().setAttribute(RESET_DONE, Boolean.TRUE);
		return "redirect:" + LocalPaths.withRetour(DONE, form.retour());
	}

	/**
	 * The page after a new password, at an address of its own: a reload, or the language
	 * switch, must not open the spent link again.
	 */
	@GetMapping(DONE_PATH)
	String done(@RequestParam(required = false) String retour, HttpSession session, Model model) {
		String local = keep(retour, model);
		if (session.getAttribute(RESET_DONE) == null) {
			// No password was chosen in this browser: nothing to confirm.
			return "redirect:" + LocalPaths.withRetour(SecuredPaths.SIGN_IN, local);
		}
		return BASE + "reset-password-done";
	}

	/**
	 * Keeps the page the person was going to, if local, for the hidden field and the link
	 * back to the sign-in.
	 * @return that page, or null
	 */
	private static String keep(String retour, Model model) {
		String local = LocalPaths.localOrNull(retour);
		model.addAttribute("retour", local);
		model.addAttribute("signInLink", LocalPaths.withRetour(SecuredPaths.SIGN_IN, local));
		return local;
	}

	private static String invalid(HttpServletResponse response, String retour, Model model) {
		keep(retour, model);
		model.addAttribute("lostLink", LocalPaths.withRetour(LOST, retour));
		response.setStatus(HttpStatus.GONE.value());
		return BASE + "reset-link-invalid";
	}

}
