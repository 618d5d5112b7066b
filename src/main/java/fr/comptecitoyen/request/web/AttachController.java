package fr.comptecitoyen.request.web;

import java.util.List;

import fr.comptecitoyen.account.AccountSummary;
import fr.comptecitoyen.account.Accounts;
import fr.comptecitoyen.account.CitizenPrincipal;
import fr.comptecitoyen.request.internal.VisitorClaims;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * "Rattacher mes demandes" ({@code /demandes/rattacher}): a signed-in citizen asks for a
 * confirmation link by email (sent only when requests were sent without an account from
 * the account's address; the page says the same either way), opens it while signed in to
 * the same account, sees the requests listed, and attaches them with one POST; they then
 * appear in Mes Demandes. A wrong, used, expired or someone else's link is a plain page
 * saying the link does not work (status 404).
 */
@Controller
class AttachController {

	private final VisitorClaims claims;

	private final Accounts accounts;

	AttachController(VisitorClaims claims, Accounts accounts) {
		this.claims = claims;
		this.accounts = accounts;
	}

	/**
	 * The offer to send the link, the same for every account: until the link proves the
	 * address is the account's, nothing tells whether requests were sent from it (anyone
	 * may register with someone else's address).
	 */
	@GetMapping(VisitorClaims.PATH)
	String offer() {
		return "citizen/request/attach";
	}

	@PostMapping(VisitorClaims.PATH)
	String sendLink(@AuthenticationPrincipal CitizenPrincipal citizen) {
		this.claims.sendLink(account(citizen));
		return "redirect:" + VisitorClaims.PATH + "?envoye";
	}

	@GetMapping(VisitorClaims.PATH + "/{token}")
	String confirm(@PathVariable String token, @AuthenticationPrincipal CitizenPrincipal citizen,
			HttpServletResponse response, Model model) {
		AccountSummary account = account(citizen);
		if (this.claims.confirmed(token, account).isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "citizen/request/attach-invalid";
		}
		response.setHeader("Referrer-Policy", "no-referrer");
		model.addAttribute("requests", this.claims.waiting(account));
		model.addAttribute("token", token);
		return "citizen/request/attach-confirm";
	}

	@PostMapping(VisitorClaims.PATH + "/{token}")
	String attach(@PathVariable String token, @AuthenticationPrincipal CitizenPrincipal citizen,
			HttpServletResponse response) {
		List<String> attached = this.claims.attach(token, account(citizen));
		if (attached.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "citizen/request/attach-invalid";
		}
		return "redirect:/demandes?rattachees=" + attached.size();
	}

	private AccountSummary account(CitizenPrincipal citizen) {
		return this.accounts.find(citizen.accountId())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
