package fr.comptecitoyen.instruction.web;

import fr.comptecitoyen.shared.FieldProblem;
import java.util.List;

import fr.comptecitoyen.account.AccountStatus;
import fr.comptecitoyen.account.PendingAccounts.PendingAccount;
import fr.comptecitoyen.instruction.StaffPrincipal;
import fr.comptecitoyen.instruction.internal.AccountValidation;
import fr.comptecitoyen.instruction.internal.AccountValidation.Review;
import fr.comptecitoyen.instruction.internal.StaffPaths;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * "Comptes à valider": the queue of pending accounts, oldest first, and the page of one
 * account with its three decisions (Valider, Demander une correction, Refuser with a
 * mandatory reason). A message or reason left empty is asked for next to its field; a
 * decision someone else took first is told plainly.
 */
@Controller
@RequestMapping(StaffPaths.ACCOUNTS)
class AccountQueueController {

	private static final int QUEUE_SIZE = 200;

	private static final int MAX_TEXT = 1000;

	private static final String VIEW = "agent/accounts/account";

	private final AccountValidation validation;

	AccountQueueController(AccountValidation validation) {
		this.validation = validation;
	}

	@GetMapping
	String queue(Model model) {
		model.addAttribute("accounts", this.validation.queue(QUEUE_SIZE));
		return "agent/accounts/queue";
	}

	/**
	 * "En attente de correction": accounts whose holder was asked for a correction, with
	 * the date of the request; each goes back to the queue when the citizen saves a
	 * change.
	 */
	@GetMapping("/en-attente-de-correction")
	String awaitingCorrection(Model model) {
		model.addAttribute("awaiting", this.validation.awaitingCorrection(QUEUE_SIZE));
		model.addAttribute("queueCount", this.validation.queueCount());
		return "agent/accounts/corrections";
	}

	@GetMapping("/{username}")
	String account(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String username,
			HttpServletRequest request, Model model) {
		model.addAttribute("review", review(staff, username, request));
		return VIEW;
	}

	@PostMapping("/{username}/valider")
	String validate(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String username,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		PendingAccount account = this.validation.find(username)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		try {
			this.validation.validate(staff, pending(account), request);
		}
		catch (IllegalStateException | OptimisticLockingFailureException decidedElsewhere) {
			return alreadyDecided(staff, username, request, response, model);
		}
		return "redirect:" + StaffPaths.ACCOUNTS + "?valide=" + username;
	}

	@PostMapping("/{username}/correction")
	String askCorrection(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String username,
			@RequestParam(name = "message", defaultValue = "") String message, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		PendingAccount account = this.validation.find(username)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!fits(message)) {
			return refused(review(staff, username, request), "message", message, "agent.accounts.message.required",
					response, model);
		}
		try {
			this.validation.askCorrection(staff, pending(account), message, request);
		}
		catch (IllegalStateException | OptimisticLockingFailureException decidedElsewhere) {
			return alreadyDecided(staff, username, request, response, model);
		}
		return "redirect:" + StaffPaths.ACCOUNTS + "?correction=" + username;
	}

	@PostMapping("/{username}/refus")
	String reject(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String username,
			@RequestParam(name = "reason", defaultValue = "") String reason, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		PendingAccount account = this.validation.find(username)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!fits(reason)) {
			return refused(review(staff, username, request), "reason", reason, "agent.accounts.reason.required",
					response, model);
		}
		try {
			this.validation.reject(staff, pending(account), reason, request);
		}
		catch (IllegalStateException | OptimisticLockingFailureException decidedElsewhere) {
			return alreadyDecided(staff, username, request, response, model);
		}
		return "redirect:" + StaffPaths.ACCOUNTS + "?refuse=" + username;
	}

	private Review review(StaffPrincipal staff, String username, HttpServletRequest request) {
		return this.validation.review(staff, username, request)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static PendingAccount pending(PendingAccount account) {
		if (account.status() != AccountStatus.PENDING) {
			throw new IllegalStateException("Not pending");
		}
		return account;
	}

	private static boolean fits(String text) {
		return !text.isBlank() && text.length() <= MAX_TEXT;
	}

	private String refused(Review review, String field, String typed, String code, HttpServletResponse response,
			Model model) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		Problems.show(model, List.of(new FieldProblem(field, typed.isBlank() ? code : "agent.accounts.text.long")));
		model.addAttribute(field, typed);
		model.addAttribute("review", review);
		return VIEW;
	}

	private String alreadyDecided(StaffPrincipal staff, String username, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("alreadyDecided", true);
		model.addAttribute("review", review(staff, username, request));
		return VIEW;
	}

}
