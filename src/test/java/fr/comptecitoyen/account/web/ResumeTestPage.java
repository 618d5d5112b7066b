package fr.comptecitoyen.account.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import fr.comptecitoyen.account.CitizenPrincipal;
import fr.comptecitoyen.account.PendingInputs;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A stand-in for a procedure that needs an account (tests only, brought in with
 * {@code @Import}; component scanning skips it): a visitor's message is parked, the
 * visitor sent to "/compte-requis", and the message restored on return.
 */
@TestComponent
@Controller
public class ResumeTestPage {

	static final String PATH = "/essai/reprise";

	private final PendingInputs inputs;

	ResumeTestPage(PendingInputs inputs) {
		this.inputs = inputs;
	}

	@GetMapping(PATH)
	String show(@RequestParam(name = PendingInputs.PARAMETER, required = false) String token,
			@AuthenticationPrincipal CitizenPrincipal citizen, Model model) {
		Map<String, String> values = (token != null && citizen != null)
				? this.inputs.restore(token, citizen.accountId()).orElse(Map.of()) : Map.of();
		model.addAttribute("message", values.getOrDefault("message", ""));
		return "test/resume-page";
	}

	@PostMapping(PATH)
	String submit(@RequestParam String message, @AuthenticationPrincipal CitizenPrincipal citizen) {
		if (citizen == null) {
			String token = this.inputs.park(Map.of("message", message), null);
			String retour = PATH + "?" + PendingInputs.PARAMETER + "=" + token;
			return "redirect:/compte-requis?retour=" + URLEncoder.encode(retour, StandardCharsets.UTF_8);
		}
		return "redirect:" + PATH + "?envoye";
	}

}
