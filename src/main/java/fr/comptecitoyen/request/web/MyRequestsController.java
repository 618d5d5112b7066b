package fr.comptecitoyen.request.web;

import java.util.Arrays;
import java.util.List;

import fr.comptecitoyen.account.CitizenPrincipal;
import fr.comptecitoyen.catalogue.Catalogue;
import fr.comptecitoyen.catalogue.Category;
import fr.comptecitoyen.request.CitizenRequests;
import fr.comptecitoyen.request.Drafts;
import fr.comptecitoyen.request.CitizenRequests.Listing;
import fr.comptecitoyen.request.RequestStatus;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The "Mes Demandes" tab: the signed-in citizen's requests, filtered on the server by GET
 * parameters (bookmarkable, the back button works, no JavaScript needed), 20 per page,
 * with the counts per status; drafts in a section of their own.
 */
@Controller
class MyRequestsController {

	/** The statuses a sent request may have, in lifecycle order. */
	static final List<RequestStatus> STATUSES = Arrays.stream(RequestStatus.values())
		.filter((s) -> s != RequestStatus.DRAFT)
		.toList();

	private final CitizenRequests requests;

	private final Catalogue catalogue;

	private final Drafts drafts;

	MyRequestsController(CitizenRequests requests, Drafts drafts, Catalogue catalogue) {
		this.drafts = drafts;
		this.requests = requests;
		this.catalogue = catalogue;
	}

	@GetMapping("/demandes")
	String myRequests(@AuthenticationPrincipal CitizenPrincipal citizen,
			@ModelAttribute("filters") RequestFilterForm form, Model model) {
		Listing listing = this.requests.list(citizen.accountId(), form.filter(), form.pageNumber());
		model.addAttribute("listing", listing);
		model.addAttribute("drafts", this.drafts.of(citizen.accountId()));
		model.addAttribute("statuses", STATUSES);
		model.addAttribute("procedures", this.catalogue.published());
		model.addAttribute("categories", Category.values());
		model.addAttribute("members", this.requests.members(citizen.accountId()));
		model.addAttribute("pages", pageNumbers(listing));
		return "citizen/request/my-requests";
	}

	/**
	 * The page numbers to link: the first, the last, and two on each side of this one.
	 */
	static List<Integer> pageNumbers(Listing listing) {
		int count = listing.pageCount();
		int page = Math.min(listing.page(), count);
		return java.util.stream.IntStream.rangeClosed(1, count)
			.filter((n) -> n == 1 || n == count || Math.abs(n - page) <= 2)
			.boxed()
			.toList();
	}

}
