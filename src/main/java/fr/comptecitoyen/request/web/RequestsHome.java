package fr.comptecitoyen.request.web;

import java.util.Optional;

import fr.comptecitoyen.account.AccountStatus;
import fr.comptecitoyen.account.AccountSummary;
import fr.comptecitoyen.account.Accounts;
import fr.comptecitoyen.account.CitizenPrincipal;
import fr.comptecitoyen.household.Household;
import fr.comptecitoyen.request.CitizenRequests;
import fr.comptecitoyen.request.Drafts;
import fr.comptecitoyen.shared.web.SignedInHome;

import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The requests' part of the signed-in Accueil tab: the latest requests with their status,
 * the drafts in progress, a short household summary, and a banner while the account is
 * pending.
 */
@Component
@Order(10)
class RequestsHome implements SignedInHome {

	/** Requests listed on Accueil. */
	static final int LATEST = 5;

	private final CitizenRequests requests;

	private final Accounts accounts;

	private final Household household;

	private final Drafts drafts;

	RequestsHome(CitizenRequests requests, Drafts drafts, Accounts accounts, Household household) {
		this.drafts = drafts;
		this.requests = requests;
		this.accounts = accounts;
		this.household = household;
	}

	@Override
	public boolean fill(Model model, Authentication authentication) {
		Optional<CitizenPrincipal> citizen = CitizenPrincipal.signedIn(authentication);
		Optional<AccountSummary> account = citizen.flatMap((c) -> this.accounts.find(c.accountId()));
		if (account.isEmpty()) {
			return false;
		}
		AccountSummary summary = account.get();
		model.addAttribute("account", summary);
		model.addAttribute("accountPending", summary.status() == AccountStatus.PENDING);
		model.addAttribute("latestRequests", this.requests.latest(summary.id(), LATEST));
		model.addAttribute("drafts", this.drafts.of(summary.id()));
		model.addAttribute("household", this.household.summary(summary.id()));
		return true;
	}

	/** The signed-in citizen, unless only the password was given (second factor due). */

}
