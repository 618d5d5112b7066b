package fr.comptecitoyen.request.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.comptecitoyen.account.CitizenPrincipal;
import fr.comptecitoyen.request.internal.VisitorRequests;
import fr.comptecitoyen.security.SecuredPaths;
import fr.comptecitoyen.shared.web.LocalPaths;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Where a form posted after its session expired lands ({@code /session-expiree}), instead
 * of the generic "accès refusé": it says what happened and what to do. A visitor's
 * request without an account lives only as long as the session, so the page offers to
 * start that procedure again; otherwise it links back to the page, which asks to sign in
 * when it needs to. Citizens' drafts never come here: what they post is kept
 * ({@link ExpiredSessionPosts}).
 */
@Controller
class SessionExpiredController {

	/** The page's address. */
	static final String PATH = "/session-expiree";

	private static final Pattern VISITOR_DRAFT = Pattern
		.compile(Pattern.quote(VisitorDraftController.PATH) + "/([A-Za-z0-9]{1,24})(?:/.*)?");

	private final VisitorRequests visitors;

	SessionExpiredController(VisitorRequests visitors) {
		this.visitors = visitors;
	}

	/**
	 * The page: the session expired, or ({@code formulaire}) the form came from a page
	 * older than the session. Opened again by a citizen signed in since (the back button)
	 * without that parameter, it goes on to the page the form came from: their session
	 * did not expire.
	 */
	@GetMapping(PATH)
	String expired(@RequestParam(required = false) String retour,
			@RequestParam(name = SecuredPaths.STALE_FORM, required = false) String staleForm,
			Authentication authentication, Model model) {
		String back = LocalPaths.isLocal(retour) ? retour : "/";
		model.addAttribute("staleForm", staleForm != null);
		if (staleForm == null && CitizenPrincipal.signedIn(authentication).isPresent()) {
			return "redirect:" + back;
		}
		Matcher visitor = VISITOR_DRAFT.matcher(back);
		if (staleForm == null && visitor.matches()) {
			this.visitors.find(visitor.group(1))
				.map(this.visitors::procedure)
				.ifPresent((procedure) -> model.addAttribute("procedure", procedure));
			back = "/";
		}
		model.addAttribute("back", back);
		return "citizen/request/session-expired";
	}

}
