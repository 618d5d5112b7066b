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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The « Commencer » button ({@code POST /demarches/{code}/nouvelle}): a signed-in citizen
 * gets a new draft, prefilled and pinned to the procedure's current revision; when drafts
 * of that procedure exist, the citizen is first offered to resume one of them (for whom,
 * first answers, dates) or to start another ({@code nouvelle=1}). The same address read
 * with GET writes nothing (HTTP: GET is safe): it shows that choice, or just the button.
 * A visitor is sent to sign in or create an account first and comes back to that page
 * (nothing is typed before that, so nothing can be lost on the way); an account that may
 * not submit gets a page saying why.
 */
@Controller
class StartController {

	static final String ACCOUNT_REQUIRED = "/compte-requis";

	private final Catalogue catalogue;

	private final Accounts accounts;

	private final DraftService drafts;

	private final DraftOffers offers;

	StartController(Catalogue catalogue, Accounts accounts, DraftService drafts, DraftOffers offers) {
		this.catalogue = catalogue;
		this.accounts = accounts;
		this.drafts = drafts;
		this.offers = offers;
	}

	/** The page of the « Commencer » button: the drafts to resume, or just the button. */
	@GetMapping("/demarches/{code}/nouvelle")
	String choose(@PathVariable String code, @AuthenticationPrincipal CitizenPrincipal citizen, Model model,
			HttpServletResponse response) {
		Procedure procedure = procedure(code);
		if (citizen == null) {
			return signInFirst(procedure);
		}
		AccountSummary account = account(citizen);
		if (!account.status().maySubmit()) {
			return refused(model, response, account, procedure.title());
		}
		model.addAttribute("procedure", procedure);
		model.addAttribute("offers", this.offers.of(citizen.accountId(), procedure.code()));
		return "citizen/request/start";
	}

	/**
	 * Starts a draft, unless drafts of that procedure exist and {@code nouvelle} is
	 * absent: then the citizen chooses first.
	 */
	@PostMapping("/demarches/{code}/nouvelle")
	String start(@PathVariable String code, @RequestParam(name = "nouvelle", required = false) String fresh,
			@AuthenticationPrincipal CitizenPrincipal citizen, Model model, HttpServletResponse response) {
		Procedure procedure = procedure(code);
		if (citizen == null) {
			return signInFirst(procedure);
		}
		AccountSummary account = account(citizen);
		if (!account.status().maySubmit()) {
			return refused(model, response, account, procedure.title());
		}
		if (fresh == null && !this.drafts.draftsOf(account.id(), procedure.code()).isEmpty()) {
			return "redirect:" + startPath(procedure.code());
		}
		return "redirect:" + DraftView.resumePath(this.drafts.start(account, procedure));
	}

	/** The address of the « Commencer » page and button of a procedure. */
	static String startPath(String code) {
		return "/demarches/" + code + "/nouvelle";
	}

	private Procedure procedure(String code) {
		return this.catalogue.find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private AccountSummary account(CitizenPrincipal citizen) {
		return this.accounts.find(citizen.accountId())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static String signInFirst(Procedure procedure) {
		return "redirect:" + UriComponentsBuilder.fromPath(ACCOUNT_REQUIRED)
			.queryParam("retour", startPath(procedure.code()))
			.encode()
			.build()
			.toUriString();
	}

	/** The page explaining why this account may not submit (nothing is created). */
	static String refused(Model model, HttpServletResponse response, AccountSummary account, String title) {
		response.setStatus(HttpStatus.FORBIDDEN.value());
		model.addAttribute("status", account.status());
		model.addAttribute("title", title);
		return "citizen/request/cannot-submit";
	}

}
