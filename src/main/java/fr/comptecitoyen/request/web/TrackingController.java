package fr.comptecitoyen.request.web;

import fr.comptecitoyen.request.CitizenRequests.Details;
import fr.comptecitoyen.request.internal.VisitorRequests;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The tracking page of a request sent without an account ({@code /suivi/{token}}, the
 * link of the acknowledgement email): read-only status, messages from the department,
 * answers and timeline. A wrong or altered token is an ordinary 404 that says nothing
 * about what exists. The page is never cached and sends no referrer, so the token does
 * not leak to another site.
 */
@Controller
class TrackingController {

	private final VisitorRequests visitors;

	private final RequestAnswers answers;

	TrackingController(VisitorRequests visitors, RequestAnswers answers) {
		this.visitors = visitors;
		this.answers = answers;
	}

	@GetMapping("/suivi/{token}")
	String track(@PathVariable String token, HttpServletResponse response, Model model) {
		Details request = this.visitors.tracked(token)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader("X-Robots-Tag", "noindex");
		model.addAttribute("request", request);
		model.addAttribute("steps", this.answers.steps(request));
		return "citizen/request/tracking";
	}

	/** Where later emails to a visitor point: how to find the tracking link. */
	@GetMapping("/suivi")
	String help() {
		return "citizen/request/tracking-help";
	}

}
