package fr.comptecitoyen.household.web;

import fr.comptecitoyen.account.AccountSummary;
import fr.comptecitoyen.account.Accounts;
import fr.comptecitoyen.account.CitizenPrincipal;
import fr.comptecitoyen.account.Profiles;
import fr.comptecitoyen.household.Household;
import fr.comptecitoyen.household.MemberFilter;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The Compte tab: the account's state, its general information, then the adults and the
 * children of the household. It lives in the household module because it shows both: the
 * household depends on the account, never the other way round.
 */
@Controller
class AccountTabController {

	private final Accounts accounts;

	private final Profiles profiles;

	private final Household household;

	AccountTabController(Accounts accounts, Profiles profiles, Household household) {
		this.accounts = accounts;
		this.profiles = profiles;
		this.household = household;
	}

	@GetMapping("/compte")
	String account(@AuthenticationPrincipal CitizenPrincipal citizen, Model model) {
		AccountSummary account = this.accounts.find(citizen.accountId())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("account", account);
		model.addAttribute("status", account.status());
		model.addAttribute("reason", this.profiles.statusReason(account.id()).orElse(null));
		model.addAttribute("adults", this.household.members(account.id(), MemberFilter.adults()));
		model.addAttribute("children", this.household.members(account.id(), MemberFilter.children()));
		return "citizen/account/account";
	}

}
