package fr.comptecitoyen.request.web;

import fr.comptecitoyen.account.AccountSummary;
import fr.comptecitoyen.account.Accounts;
import fr.comptecitoyen.account.CitizenPrincipal;
import fr.comptecitoyen.catalogue.Catalogue;
import fr.comptecitoyen.catalogue.Procedure;
import fr.comptecitoyen.request.DraftView;
import fr.comptecitoyen.request.internal.DraftService;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The « Commencer » button ({@code /demarches/{code}/nouvelle}): a signed-in citizen gets
 * a new draft, prefilled and pinned to the procedure's current revision; a visitor is
 * sent to sign in or create an account first and comes back here (nothing is typed before
 * that, so nothing can be lost on the way); an account that may not submit gets a page
 * saying why.
 */
@Controller
class StartController {

	static final String ACCOUNT_REQUIRED = "/compte-requis";

	private final Catalogue catalogue;

	private final Accounts accounts;

	private final DraftService drafts;

	StartController(Catalogue catalogue, Accounts accounts, DraftService drafts) {
		this.catalogue = catalogue;
		this.accounts = accounts;
		this.drafts = drafts;
	}

	@GetMapping("/demarches/{code}/nouvelle")
	String start(@PathVariable String code, @AuthenticationPrincipal CitizenPrincipal citizen, Model model,
			HttpServletResponse response) {
		Procedure procedure = this.catalogue.find(code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (citizen == null) {
			return "redirect:" + UriComponentsBuilder.fromPath(ACCOUNT_REQUIRED)
				.queryParam("retour", "/demarches/" + procedure.code() + "/nouvelle")
				.encode()
				.build()
				.toUriString();
		}
		AccountSummary account = this.accounts.find(citizen.accountId())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!account.status().maySubmit()) {
			return refused(model, response, account, procedure.title());
		}
		return "redirect:" + DraftView.resumePath(this.drafts.start(account, procedure));
	}

	/** The page explaining why this account may not submit (nothing is created). */
	static String refused(Model model, HttpServletResponse response, AccountSummary account, String title) {
		response.setStatus(HttpStatus.FORBIDDEN.value());
		model.addAttribute("status", account.status());
		model.addAttribute("title", title);
		return "citizen/request/cannot-submit";
	}

}
