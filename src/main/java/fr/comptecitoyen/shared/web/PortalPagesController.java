package fr.comptecitoyen.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The pages every visitor can read: the FAQ, the legal notice, the personal-data page and
 * the accessibility statement.
 */
@Controller
class PortalPagesController {

	@GetMapping("/faq")
	String faq(org.springframework.ui.Model model) {
		model.addAttribute("sections", Faq.SECTIONS);
		return "citizen/pages/faq";
	}

	@GetMapping("/mentions-legales")
	String legalNotice() {
		return "citizen/pages/legal-notice";
	}

	@GetMapping("/donnees-personnelles")
	String personalData() {
		return "citizen/pages/personal-data";
	}

	@GetMapping("/accessibilite")
	String accessibility() {
		return "citizen/pages/accessibility";
	}

}
