package fr.comptecitoyen.notification.web;

import java.util.UUID;

import fr.comptecitoyen.account.CitizenPrincipal;
import fr.comptecitoyen.notification.Inbox;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * "Mes messages": the emails the portal sent to the signed-in citizen, each on a page of
 * its own (opening it marks it read). Another citizen's message answers 404.
 */
@Controller
class MessagesController {

	/** Messages listed (the newest). */
	static final int LIMIT = 200;

	private final Inbox inbox;

	MessagesController(Inbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping("/messages")
	String list(@AuthenticationPrincipal CitizenPrincipal citizen, Model model) {
		model.addAttribute("messages", this.inbox.messages(citizen.accountId(), LIMIT));
		model.addAttribute("unread", this.inbox.unread(citizen.accountId()));
		return "citizen/notification/messages";
	}

	@GetMapping("/messages/{id}")
	String show(@AuthenticationPrincipal CitizenPrincipal citizen, @PathVariable String id, Model model) {
		model.addAttribute("message", this.inbox.open(citizen.accountId(), uuid(id))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return "citizen/notification/message";
	}

	private static UUID uuid(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

}
