package fr.comptecitoyen.household.web;

import java.util.UUID;

import fr.comptecitoyen.account.AccountNotEditableException;
import fr.comptecitoyen.account.AccountStatus;
import fr.comptecitoyen.account.AccountSummary;
import fr.comptecitoyen.account.Accounts;
import fr.comptecitoyen.account.CitizenPrincipal;
import fr.comptecitoyen.account.Civility;
import fr.comptecitoyen.account.Profiles;
import fr.comptecitoyen.household.AdultRelation;
import fr.comptecitoyen.household.MemberKind;
import fr.comptecitoyen.household.MemberView;
import fr.comptecitoyen.household.Sex;
import fr.comptecitoyen.household.internal.HouseholdRuleException;
import fr.comptecitoyen.household.internal.HouseholdService;
import fr.comptecitoyen.household.internal.MemberDetails;
import fr.comptecitoyen.household.internal.MemberRules;
import fr.comptecitoyen.shared.web.FormErrors;
import fr.comptecitoyen.shared.web.LocalPaths;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adding, editing and removing the members of the signed-in citizen's household. Members
 * are found by their random public id within the citizen's own household only: any other
 * id answers 404. A pending account may add members (each "à vérifier" until the account
 * is validated); changing or removing one is refused, with the reason, unless the account
 * is validated. Adding may return to the page that asked ({@code retour}).
 */
@Controller
@RequestMapping("/compte/foyer")
class MemberController {

	static final String FORM = "citizen/household/member-form";

	static final String REFUSED = "citizen/household/refused";

	static final String REMOVE = "citizen/household/remove";

	private final HouseholdService household;

	private final Accounts accounts;

	private final Profiles profiles;

	MemberController(HouseholdService household, Accounts accounts, Profiles profiles) {
		this.household = household;
		this.accounts = accounts;
		this.profiles = profiles;
	}

	@GetMapping("/adultes/ajouter")
	String addAdultForm(@AuthenticationPrincipal CitizenPrincipal citizen,
			@RequestParam(required = false) String retour, Model model) {
		return addForm(citizen, model, MemberKind.ADULT, retour);
	}

	@GetMapping("/enfants/ajouter")
	String addChildForm(@AuthenticationPrincipal CitizenPrincipal citizen,
			@RequestParam(required = false) String retour, Model model) {
		return addForm(citizen, model, MemberKind.CHILD, retour);
	}

	@PostMapping("/adultes/ajouter")
	String addAdult(@AuthenticationPrincipal CitizenPrincipal citizen, @ModelAttribute("form") MemberForm form,
			@RequestParam(required = false) String retour, Model model, RedirectAttributes redirect) {
		return add(citizen, form, model, redirect, MemberKind.ADULT, retour);
	}

	@PostMapping("/enfants/ajouter")
	String addChild(@AuthenticationPrincipal CitizenPrincipal citizen, @ModelAttribute("form") MemberForm form,
			@RequestParam(required = false) String retour, Model model, RedirectAttributes redirect) {
		return add(citizen, form, model, redirect, MemberKind.CHILD, retour);
	}

	private String addForm(CitizenPrincipal citizen, Model model, MemberKind kind, String retour) {
		if (!mayAdd(citizen, model)) {
			return REFUSED;
		}
		model.addAttribute("retour", back(retour));
		return form(model, kind, null, MemberForm.empty(), new FormErrors());
	}

	/**
	 * Adds a member, then goes back to {@code retour} (a path of the portal: the
	 * registration's household step, or the procedure step that asked for the member) or
	 * to the Compte tab.
	 */
	private String add(CitizenPrincipal citizen, MemberForm form, Model model, RedirectAttributes redirect,
			MemberKind kind, String retour) {
		if (!mayAdd(citizen, model)) {
			return REFUSED;
		}
		String back = back(retour);
		FormErrors errors = new FormErrors();
		MemberDetails details = MemberFormCheck.check(kind, form, errors);
		try {
			if (details != null) {
				MemberView added = this.household.add(citizen.accountId(), details);
				String done = done(redirect, "household.notice.added." + kind, added);
				return (back != null) ? "redirect:" + back : done;
			}
		}
		catch (AccountNotEditableException ex) {
			return refused(citizen, ex.getStatus(), model);
		}
		catch (HouseholdRuleException ex) {
			errors.addAll(ex.problems());
		}
		catch (DataIntegrityViolationException ex) {
			// The same member posted twice at once: the unique identity key stopped the
			// second.
			errors.add("lastName", "household.error.duplicate");
		}
		model.addAttribute("retour", back);
		return form(model, kind, null, form, errors);
	}

	@GetMapping("/membres/{publicId}/modifier")
	String editForm(@AuthenticationPrincipal CitizenPrincipal citizen, @PathVariable String publicId, Model model) {
		MemberView member = find(citizen, publicId);
		if (!editable(citizen, model)) {
			return REFUSED;
		}
		return form(model, member.kind(), member, MemberForm.of(member), new FormErrors());
	}

	@PostMapping("/membres/{publicId}/modifier")
	String edit(@AuthenticationPrincipal CitizenPrincipal citizen, @PathVariable String publicId,
			@ModelAttribute("form") MemberForm form, Model model, RedirectAttributes redirect) {
		MemberView member = find(citizen, publicId);
		if (!editable(citizen, model)) {
			return REFUSED;
		}
		FormErrors errors = new FormErrors();
		MemberDetails details = MemberFormCheck.check(member.kind(), form, errors);
		try {
			if (details != null) {
				MemberView changed = this.household.update(citizen.accountId(), publicId, details)
					.orElseThrow(MemberController::notFound);
				return done(redirect, "household.notice.changed", changed);
			}
		}
		catch (AccountNotEditableException ex) {
			return refused(citizen, ex.getStatus(), model);
		}
		catch (HouseholdRuleException ex) {
			errors.addAll(ex.problems());
		}
		catch (DataIntegrityViolationException ex) {
			errors.add("lastName", "household.error.duplicate");
		}
		return form(model, member.kind(), member, form, errors);
	}

	@GetMapping("/membres/{publicId}/retirer")
	String confirmRemoval(@AuthenticationPrincipal CitizenPrincipal citizen, @PathVariable String publicId,
			Model model) {
		MemberView member = find(citizen, publicId);
		if (!editable(citizen, model)) {
			return REFUSED;
		}
		model.addAttribute("member", member);
		return REMOVE;
	}

	@PostMapping("/membres/{publicId}/retirer")
	String remove(@AuthenticationPrincipal CitizenPrincipal citizen, @PathVariable String publicId, Model model,
			RedirectAttributes redirect) {
		MemberView member = find(citizen, publicId);
		if (!editable(citizen, model)) {
			return REFUSED;
		}
		try {
			if (!this.household.remove(citizen.accountId(), publicId)) {
				throw notFound();
			}
		}
		catch (AccountNotEditableException ex) {
			return refused(citizen, ex.getStatus(), model);
		}
		return done(redirect, "household.notice.removed", member);
	}

	private String form(Model model, MemberKind kind, MemberView member, MemberForm form, FormErrors errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("kind", kind);
		model.addAttribute("member", member);
		model.addAttribute("relations", AdultRelation.values());
		model.addAttribute("civilities", Civility.values());
		model.addAttribute("sexes", Sex.values());
		model.addAttribute("dateField", MemberRules.DATE_FIELD);
		return FORM;
	}

	private static String done(RedirectAttributes redirect, String notice, MemberView member) {
		redirect.addFlashAttribute("notice", notice);
		redirect.addFlashAttribute("noticeName", member.fullName());
		redirect.addFlashAttribute("noticeFeminine", member.feminine() ? 1 : 0);
		return "redirect:/compte#foyer";
	}

	/**
	 * Whether the account may add a member (also while pending validation); if not, the
	 * refusal is modelled.
	 */
	private boolean mayAdd(CitizenPrincipal citizen, Model model) {
		AccountSummary account = this.accounts.find(citizen.accountId()).orElseThrow(MemberController::notFound);
		if (account.mayAddHouseholdMember()) {
			model.addAttribute("pendingAccount", account.status() == AccountStatus.PENDING);
			return true;
		}
		refused(citizen, account.status(), model);
		return false;
	}

	/**
	 * Whether the account may change or remove its members; if not, the refusal is
	 * modelled.
	 */
	private boolean editable(CitizenPrincipal citizen, Model model) {
		AccountSummary account = this.accounts.find(citizen.accountId()).orElseThrow(MemberController::notFound);
		if (account.editable()) {
			return true;
		}
		refused(citizen, account.status(), model);
		return false;
	}

	private String refused(CitizenPrincipal citizen, AccountStatus status, Model model) {
		model.addAttribute("status", status);
		model.addAttribute("reason", this.profiles.statusReason(citizen.accountId()).orElse(null));
		return REFUSED;
	}

	/**
	 * Where to go back after adding: a path of the portal only, and none with braces (a
	 * redirect would read them as URI template variables).
	 */
	private static String back(String retour) {
		String local = LocalPaths.localOrNull(retour);
		return (local != null && local.indexOf('{') < 0 && local.indexOf('}') < 0) ? local : null;
	}

	private MemberView find(CitizenPrincipal citizen, String publicId) {
		return this.household.member(citizen.accountId(), publicId).orElseThrow(MemberController::notFound);
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
