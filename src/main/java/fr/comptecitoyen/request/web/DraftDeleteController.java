package fr.comptecitoyen.request.web;

import fr.comptecitoyen.account.CitizenPrincipal;
import fr.comptecitoyen.request.RequestStatus;
import fr.comptecitoyen.request.internal.DraftService;
import fr.comptecitoyen.request.internal.Request;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * Deleting a draft: a confirmation page (no JavaScript pop-up), then the deletion. Only
 * the owner's drafts; a sent request is never deleted here.
 */
@Controller
class DraftDeleteController {

	private final DraftService drafts;

	DraftDeleteController(DraftService drafts) {
		this.drafts = drafts;
	}

	@GetMapping("/demarches/brouillons/{publicId}/supprimer")
	String confirm(@PathVariable String publicId, @AuthenticationPrincipal CitizenPrincipal citizen, Model model) {
		Request draft = this.drafts.find(citizen.accountId(), publicId)
			.filter((request) -> request.getStatus() == RequestStatus.DRAFT)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("draft", draft);
		return "citizen/request/draft-delete";
	}

	@PostMapping("/demarches/brouillons/{publicId}/supprimer")
	String delete(@PathVariable String publicId, @AuthenticationPrincipal CitizenPrincipal citizen) {
		if (!this.drafts.delete(citizen.accountId(), publicId)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return "redirect:/demandes?brouillon-supprime";
	}

}
