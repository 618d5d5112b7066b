package fr.comptecitoyen.account.web;

import java.util.List;
import java.util.Optional;

import fr.comptecitoyen.account.AccountNotEditableException;
import fr.comptecitoyen.account.AccountSummary;
import fr.comptecitoyen.account.Accounts;
import fr.comptecitoyen.account.CitizenPrincipal;
import fr.comptecitoyen.account.internal.AuthenticatorApp;
import fr.comptecitoyen.security.SecondFactorCredentials.Enrolment;
import fr.comptecitoyen.security.SecondFactorForm;
import fr.comptecitoyen.shared.FieldProblem;
import fr.comptecitoyen.account.internal.EmailChange;
import fr.comptecitoyen.account.internal.InvalidLinkException;
import fr.comptecitoyen.account.internal.CurrentPassword;
import fr.comptecitoyen.account.internal.PasswordChange;
import fr.comptecitoyen.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * "Sécurité de mon compte" (in place of the old secret question): the email address links
 * and notices go to, and the optional authenticator app.
 */
@Controller
@RequestMapping("/compte/securite")
class AccountSecurityController {

	private static final String BASE = "citizen/account/";

	/** Session attribute: the secret shown during enrolment, until a code confirms it. */
	static final String ENROLMENT = "cc.totp.enrolment";

	private final Accounts accounts;

	private final EmailChange emailChange;

	private final AuthenticatorApp app;

	AccountSecurityController(Accounts accounts, EmailChange emailChange, AuthenticatorApp app) {
		this.accounts = accounts;
		this.emailChange = emailChange;
		this.app = app;
	}

	/** The new email address. */
	record EmailForm(String email, String currentPassword) {
	}

	/** A code from the app, to confirm the enrolment. */
	record CodeForm(String code, String currentPassword) {
	}

	/** The password, to remove the app. */
	record PasswordForm(String password) {
	}

	@GetMapping
	String page(@AuthenticationPrincipal CitizenPrincipal citizen, Model model) {
		return page(citizen, model, new EmailForm(null, null));
	}

	private String page(CitizenPrincipal citizen, Model model, EmailForm form) {
		AccountSummary account = this.accounts.find(citizen.accountId()).orElseThrow();
		model.addAttribute("account", account);
		model.addAttribute("app", this.app.status(citizen.accountId()));
		model.addAttribute("form", form);
		return BASE + "security";
	}

	@PostMapping("/courriel")
	String changeEmail(@AuthenticationPrincipal CitizenPrincipal citizen, EmailForm form, HttpServletRequest request,
			Model model) {
		Optional<String> problem;
		try {
			problem = this.emailChange.request(citizen.accountId(), form.email(), form.currentPassword(), request);
		}
		catch (AccountNotEditableException pending) {
			model.addAttribute("notEditable", true);
			return page(citizen, model, form);
		}
		if (problem.isPresent()) {
			boolean password = PasswordChange.WRONG_CURRENT.equals(problem.get());
			model.addAttribute("errors",
					password ? FormErrors.of("currentPassword", wrongCurrent(citizen, form.currentPassword()))
							: FormErrors.of("email", problem.get()));
			return page(citizen, model, form);
		}
		return "redirect:/compte/securite?courriel-envoye";
	}

	@GetMapping("/courriel/{token}")
	String confirmEmail(@AuthenticationPrincipal CitizenPrincipal citizen, @PathVariable String token,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		try {
			this.emailChange.confirm(citizen.accountId(), token, request);
		}
		catch (InvalidLinkException ex) {
			response.setStatus(HttpStatus.GONE.value());
			return BASE + "email-link-invalid";
		}
		catch (AccountNotEditableException pending) {
			model.addAttribute("notEditable", true);
			return page(citizen, model, new EmailForm(null, null));
		}
		return "redirect:/compte/securite?courriel-modifie";
	}

	@GetMapping("/application")
	String enrol(@AuthenticationPrincipal CitizenPrincipal citizen, HttpSession session, Model model) {
		if (this.app.status(citizen.accountId()).enabled()) {
			return "redirect:/compte/securite";
		}
		// The same secret until a code confirms it: a reload or a second tab must not
		// void
		// what the person already added to the app.
		Enrolment enrolment = (session.getAttribute(ENROLMENT) instanceof Enrolment started) ? started
				: this.app.start(citizen.getUsername());
		session.setAttribute(ENROLMENT, enrolment);
		model.addAttribute("enrolment", enrolment);
		return BASE + "totp-enrol";
	}

	@PostMapping("/application")
	String confirmApp(@AuthenticationPrincipal CitizenPrincipal citizen, CodeForm form, HttpSession session,
			HttpServletRequest request, Model model) {
		if (!(session.getAttribute(ENROLMENT) instanceof Enrolment enrolment)) {
			return "redirect:/compte/securite/application";
		}
		boolean noCode = form.code() == null || form.code().isBlank();
		Optional<FieldProblem> notACode = SecondFactorForm.notAnAppCode(form.code());
		boolean owner = this.app.confirmsOwner(citizen.accountId(), form.currentPassword(), request);
		if (!owner || noCode || notACode.isPresent()) {
			// Both boxes told at once, in the order of the form.
			FormErrors errors = new FormErrors();
			if (noCode) {
				errors.add("code", "security.code.missing");
			}
			notACode.ifPresent(errors::add);
			if (!owner) {
				errors.add("currentPassword",
						CurrentPassword.refusal(form.currentPassword(), PasswordChange.WRONG_CURRENT));
			}
			model.addAttribute("errors", errors);
			model.addAttribute("enrolment", enrolment);
			return BASE + "totp-enrol";
		}
		Optional<List<String>> codes = this.app.confirm(citizen.accountId(), enrolment.secret(), form.code(), request);
		if (codes.isEmpty()) {
			model.addAttribute("errors", FormErrors.of("code", "account.totp.code.wrong"));
			model.addAttribute("enrolment", enrolment);
			return BASE + "totp-enrol";
		}
		session.removeAttribute(ENROLMENT);
		model.addAttribute("codes", codes.get());
		return BASE + "totp-codes";
	}

	@PostMapping("/application/desactiver")
	String disableApp(@AuthenticationPrincipal CitizenPrincipal citizen, PasswordForm form, HttpServletRequest request,
			Model model) {
		if (!this.app.disable(citizen.accountId(), form.password(), request)) {
			model.addAttribute("errors", FormErrors.of("password", wrongCurrent(citizen, form.password())));
			return page(citizen, model, new EmailForm(null, null));
		}
		return "redirect:/compte/securite?application-desactivee";
	}

	/**
	 * The refusal of a re-authentication: nothing typed is asked for; a wrong one names
	 * the app's code when there is one.
	 */
	private String wrongCurrent(CitizenPrincipal citizen, String typed) {
		return CurrentPassword.refusal(typed, this.app.status(citizen.accountId()).enabled()
				? "account.reauth.wrong.app" : "account.password.current.wrong");
	}

}
