package fr.comptecitoyen.instruction.web;

import fr.comptecitoyen.shared.FieldProblem;
import java.util.List;

import fr.comptecitoyen.instruction.internal.StaffInvitations;
import fr.comptecitoyen.instruction.internal.StaffMember;
import fr.comptecitoyen.instruction.internal.StaffPaths;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page an invited staff member reaches from the emailed link: choose a password (the
 * citizens' policy), typed twice; the same after an administrator's reset, for a new
 * password. A used or expired link says so and nothing else.
 */
@Controller
class InvitationController {

	private static final String VIEW = "agent/security/invitation";

	private final StaffInvitations invitations;

	InvitationController(StaffInvitations invitations) {
		this.invitations = invitations;
	}

	@GetMapping(StaffPaths.INVITATION + "/{token}")
	String form(@PathVariable String token, HttpServletResponse response, Model model) {
		StaffMember member = this.invitations.holder(token).orElse(null);
		if (member == null) {
			return invalid(response);
		}
		return view(member, token, model);
	}

	@PostMapping(StaffPaths.INVITATION + "/{token}")
	String choose(@PathVariable String token, @RequestParam(name = "password", defaultValue = "") String password,
			@RequestParam(name = "confirmation", defaultValue = "") String confirmation, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		StaffMember member = this.invitations.holder(token).orElse(null);
		if (member == null) {
			return invalid(response);
		}
		List<String> problems;
		if (!password.equals(confirmation)) {
			problems = List.of();
			Problems.show(model, "confirmation", "agent.invitation.confirmation.different");
		}
		else {
			boolean reset = member.awaitsNewPassword();
			try {
				problems = this.invitations.choosePassword(token, password, request);
			}
			catch (IllegalArgumentException used) {
				return invalid(response);
			}
			if (problems.isEmpty()) {
				// After a reset, the app is already set up: only the password is new.
				return "redirect:" + StaffPaths.SIGN_IN + (reset ? "?nouveau" : "?choisi");
			}
			Problems.show(model, problems.stream().map((code) -> new FieldProblem("password", code)).toList());
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return view(member, token, model);
	}

	/**
	 * The form: a first password (invitation), or a new one after an administrator's
	 * reset ({@code reset}).
	 */
	private static String view(StaffMember member, String token, Model model) {
		model.addAttribute("username", member.getUsername());
		model.addAttribute("token", token);
		model.addAttribute("reset", member.awaitsNewPassword());
		return VIEW;
	}

	private static String invalid(HttpServletResponse response) {
		response.setStatus(HttpStatus.GONE.value());
		return "agent/security/invitation-invalid";
	}

}
