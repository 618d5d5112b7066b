package fr.comptecitoyen.notification.web;

import fr.comptecitoyen.account.CitizenPrincipal;
import fr.comptecitoyen.notification.Inbox;
import fr.comptecitoyen.shared.web.SignedInHome;

import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The messages' part of the signed-in Accueil tab: how many are unread, and the latest.
 */
@Component
@Order(20)
class MessagesHome implements SignedInHome {

	/** Messages shown on Accueil. */
	static final int LATEST = 3;

	private final Inbox inbox;

	MessagesHome(Inbox inbox) {
		this.inbox = inbox;
	}

	@Override
	public boolean fill(Model model, Authentication authentication) {
		CitizenPrincipal citizen = CitizenPrincipal.signedIn(authentication).orElse(null);
		if (citizen == null) {
			return false;
		}
		model.addAttribute("unreadMessages", this.inbox.unread(citizen.accountId()));
		model.addAttribute("latestMessages", this.inbox.messages(citizen.accountId(), LATEST));
		return true;
	}

}
