package fr.comptecitoyen.household.web;

import fr.comptecitoyen.account.AccountSummary;
import fr.comptecitoyen.account.Accounts;
import fr.comptecitoyen.account.CitizenPrincipal;
import fr.comptecitoyen.household.Household;
import fr.comptecitoyen.household.MemberFilter;
import fr.comptecitoyen.shared.web.LocalPaths;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * "Votre foyer", the optional step of the account creation that follows the identity
 * (from the confirmation page, also when the account is created from within a procedure):
 * the adults and children declared so far, and the forms to add one more (each a POST
 * that keeps what was typed, then comes back here). Members declared while the account is
 * pending are checked by the town hall with the account ("à vérifier"). Nothing here
 * changes data: a GET shows, the member forms add.
 */
@Controller
class RegistrationHouseholdController {

	/** The household step's path; {@code retour} is carried through to the end. */
	static final String PATH = "/inscription/foyer";

	private final Accounts accounts;

	private final Household household;

	RegistrationHouseholdController(Accounts accounts, Household household) {
		this.accounts = accounts;
		this.household = household;
	}

	@GetMapping(PATH)
	String household(@AuthenticationPrincipal CitizenPrincipal citizen, @RequestParam(required = false) String retour,
			Model model) {
		if (citizen == null) {
			return "redirect:/connexion";
		}
		AccountSummary account = this.accounts.find(citizen.accountId())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String back = LocalPaths.localOrNull(retour);
		String here = (back != null) ? UriComponentsBuilder.fromPath(PATH)
			.queryParam("retour", "{retour}")
			.encode()
			.buildAndExpand(back)
			.toUriString() : PATH;
		model.addAttribute("account", account);
		model.addAttribute("retour", back);
		model.addAttribute("here", here);
		model.addAttribute("adults", this.household.members(account.id(), MemberFilter.adults()));
		model.addAttribute("children", this.household.members(account.id(), MemberFilter.children()));
		return "citizen/household/registration-household";
	}

}
