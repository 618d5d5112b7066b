package fr.comptecitoyen.instruction.web;

import fr.comptecitoyen.instruction.StaffPrincipal;
import fr.comptecitoyen.instruction.internal.FollowedRequests;
import fr.comptecitoyen.instruction.internal.StaffPaths;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * "Mes demandes suivies" ({@code /agent/demandes/suivies}) and the two buttons that start
 * and stop following a request. Another department's request answers 404, as if it did
 * not exist. The button is the fragment {@code agent/demandes/follow :: button(reference,
 * followed)}; after it, the agent comes back to the request's page, or to the list when
 * the button carried {@code retour=suivies}.
 */
@Controller
class FollowedRequestsController {

	private static final int LIMIT = 500;

	private final FollowedRequests followed;

	FollowedRequestsController(FollowedRequests followed) {
		this.followed = followed;
	}

	@GetMapping(StaffPaths.FOLLOWED)
	String list(@AuthenticationPrincipal StaffPrincipal staff, Model model) {
		model.addAttribute("requests", this.followed.list(staff, LIMIT));
		return "agent/demandes/followed";
	}

	@PostMapping(StaffPaths.REQUESTS + "/{reference}/suivre")
	String follow(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String reference,
			@RequestParam(name = "retour", required = false) String back) {
		return change(staff, reference, true, back);
	}

	@PostMapping(StaffPaths.REQUESTS + "/{reference}/ne-plus-suivre")
	String unfollow(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String reference,
			@RequestParam(name = "retour", required = false) String back) {
		return change(staff, reference, false, back);
	}

	private String change(StaffPrincipal staff, String reference, boolean following, String back) {
		if (this.followed.procedureInScope(staff, reference).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		this.followed.follow(staff, reference, following);
		String flag = following ? "suivie" : "plus-suivie";
		if ("suivies".equals(back)) {
			return "redirect:" + StaffPaths.FOLLOWED + "?" + flag + "=" + reference;
		}
		return "redirect:" + StaffPaths.REQUESTS + "/" + reference + "?" + flag;
	}

}
