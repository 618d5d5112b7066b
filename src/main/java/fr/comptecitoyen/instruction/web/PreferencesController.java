package fr.comptecitoyen.instruction.web;

import fr.comptecitoyen.instruction.StaffPrincipal;
import fr.comptecitoyen.instruction.internal.DailyDigest;
import fr.comptecitoyen.instruction.internal.StaffPaths;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Mes préférences": whether the staff member receives the daily digest of new and
 * changed requests of their departments ({@link DailyDigest}).
 */
@Controller
class PreferencesController {

	/** The two answers to "Récapitulatif quotidien par courriel". */
	enum DigestChoice {

		/** At most one email a day. */
		DAILY,

		/** None. */
		NONE

	}

	private static final String VIEW = "agent/preferences";

	private final DailyDigest digest;

	PreferencesController(DailyDigest digest) {
		this.digest = digest;
	}

	@GetMapping(StaffPaths.PREFERENCES)
	String show(@AuthenticationPrincipal StaffPrincipal staff, Model model) {
		return view(model,
				this.digest.subscribed(staff.staffId()) ? DigestChoice.DAILY.name() : DigestChoice.NONE.name());
	}

	@PostMapping(StaffPaths.PREFERENCES)
	String save(@AuthenticationPrincipal StaffPrincipal staff,
			@RequestParam(name = "digest", defaultValue = "") String digest, HttpServletResponse response,
			Model model) {
		DigestChoice choice;
		try {
			choice = DigestChoice.valueOf(digest);
		}
		catch (IllegalArgumentException unknown) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			Problems.show(model, "digest", "agent.preferences.digest.required");
			return view(model, digest);
		}
		this.digest.subscribe(staff.staffId(), choice == DigestChoice.DAILY);
		return "redirect:" + StaffPaths.PREFERENCES + "?enregistre";
	}

	private static String view(Model model, String value) {
		model.addAttribute("choices", DigestChoice.values());
		model.addAttribute("digest", value);
		return VIEW;
	}

}
