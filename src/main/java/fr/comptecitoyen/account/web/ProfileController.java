package fr.comptecitoyen.account.web;

import java.time.Clock;

import fr.comptecitoyen.account.AccountNotEditableException;
import fr.comptecitoyen.account.AccountSummary;
import fr.comptecitoyen.account.Accounts;
import fr.comptecitoyen.account.CitizenPrincipal;
import fr.comptecitoyen.account.Civility;
import fr.comptecitoyen.account.ContactPreference;
import fr.comptecitoyen.account.ProfileChange;
import fr.comptecitoyen.account.Profiles;
import fr.comptecitoyen.shared.CitySettings;
import fr.comptecitoyen.shared.web.FormErrors;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Modifier mon compte": the profile of the signed-in citizen. While the account is not
 * validated the page shows the profile read-only with the reason, and a post changes
 * nothing.
 */
@Controller
class ProfileController {

	static final String VIEW = "citizen/account/profile";

	private final Accounts accounts;

	private final Profiles profiles;

	private final ProfileFormCheck check;

	ProfileController(Accounts accounts, Profiles profiles, Clock clock, CitySettings city) {
		this.accounts = accounts;
		this.profiles = profiles;
		this.check = new ProfileFormCheck(clock, city.timeZone());
	}

	@GetMapping("/compte/modifier")
	String form(@AuthenticationPrincipal CitizenPrincipal citizen, Model model) {
		AccountSummary account = load(citizen);
		return page(model, account, ProfileForm.of(account), new FormErrors(), false);
	}

	@PostMapping("/compte/modifier")
	String save(@AuthenticationPrincipal CitizenPrincipal citizen, @ModelAttribute("form") ProfileForm form,
			Model model, RedirectAttributes redirect) {
		AccountSummary account = load(citizen);
		if (!account.editable()) {
			return page(model, account, ProfileForm.of(account), new FormErrors(), true);
		}
		FormErrors errors = new FormErrors();
		ProfileChange change = this.check.check(form, errors);
		if (change == null) {
			return page(model, account, form, errors, false);
		}
		try {
			this.profiles.updateProfile(account.id(), change);
		}
		catch (AccountNotEditableException ex) {
			return page(model, load(citizen), ProfileForm.of(account), new FormErrors(), true);
		}
		redirect.addFlashAttribute("notice", "account.profile.saved");
		return "redirect:/compte";
	}

	private String page(Model model, AccountSummary account, ProfileForm form, FormErrors errors, boolean refused) {
		model.addAttribute("account", account);
		model.addAttribute("status", account.status());
		model.addAttribute("reason", this.profiles.statusReason(account.id()).orElse(null));
		model.addAttribute("editable", account.editable());
		model.addAttribute("refused", refused);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("civilities", Civility.values());
		model.addAttribute("contactPreferences", ContactPreference.values());
		return VIEW;
	}

	private AccountSummary load(CitizenPrincipal citizen) {
		return this.accounts.find(citizen.accountId())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
