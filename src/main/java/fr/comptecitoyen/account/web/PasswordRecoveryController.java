package fr.comptecitoyen.account.web;

import java.util.List;

import fr.comptecitoyen.account.internal.Account;
import fr.comptecitoyen.account.internal.InvalidLinkException;
import fr.comptecitoyen.account.internal.PasswordRecovery;
import fr.comptecitoyen.security.EvenTiming;
import fr.comptecitoyen.security.SecuritySettings;
import fr.comptecitoyen.shared.FieldProblem;
import fr.comptecitoyen.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * "Mot de passe oublié ?": the request form, the same answer page whatever was typed, and
 * the emailed link's new-password form.
 */
@Controller
@RequestMapping("/mot-de-passe-oublie")
class PasswordRecoveryController {

	private static final String BASE = "citizen/account/";

	private final PasswordRecovery recovery;

	private final EvenTiming timing;

	private final SecuritySettings settings;

	PasswordRecoveryController(PasswordRecovery recovery, EvenTiming timing, SecuritySettings settings) {
		this.recovery = recovery;
		this.timing = timing;
		this.settings = settings;
	}

	/** What the visitor types: an identifier or an email address. */
	record LostPasswordForm(String identifier) {
	}

	/** The new password and its confirmation. */
	record NewPasswordForm(String password, String confirmation) {
	}

	@GetMapping
	String form(@ModelAttribute("form") LostPasswordForm form) {
		return BASE + "lost-password";
	}

	@PostMapping
	String send(@ModelAttribute("form") LostPasswordForm form, HttpServletRequest request, Model model) {
		if (form.identifier() == null || form.identifier().isBlank()) {
			model.addAttribute("errors", FormErrors.of("identifier", "account.lost.identifier.missing"));
			return BASE + "lost-password";
		}
		// The same duration whether an account was found (link, email, audit) or not.
		this.timing.run("Password recovery", this.settings.recoveryAnswerTime(),
				() -> this.recovery.request(form.identifier(), request));
		return BASE + "lost-password-sent";
	}

	@GetMapping("/{token}")
	String newPassword(@PathVariable String token, Model model, HttpServletResponse response) {
		Account account = this.recovery.accountOf(token).orElse(null);
		if (account == null) {
			return invalid(response);
		}
		model.addAttribute("username", account.getUsername());
		model.addAttribute("token", token);
		return BASE + "reset-password";
	}

	@PostMapping("/{token}")
	String reset(@PathVariable String token, NewPasswordForm form, HttpServletRequest request, Model model,
			HttpServletResponse response) {
		List<FieldProblem> problems;
		try {
			problems = this.recovery.reset(token, form.password(), form.confirmation(), request);
		}
		catch (InvalidLinkException ex) {
			return invalid(response);
		}
		if (!problems.isEmpty()) {
			model.addAttribute("errors", new FormErrors(problems));
			this.recovery.accountOf(token)
				.ifPresent((account) -> model.addAttribute("username", account.getUsername()));
			model.addAttribute("token", token);
			return BASE + "reset-password";
		}
		return BASE + "reset-password-done";
	}

	private static String invalid(HttpServletResponse response) {
		response.setStatus(HttpStatus.GONE.value());
		return BASE + "reset-link-invalid";
	}

}
