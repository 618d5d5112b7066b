package fr.comptecitoyen.catalogue.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The "Les Services" tab: the catalogue of procedures, by category. Open to everyone.
 */
@Controller
class ServicesController {

	static final List<String> CATEGORIES = List.of("scolaire", "citoyennete", "services-techniques", "etat-civil");

	@GetMapping("/services")
	String services(Model model) {
		model.addAttribute("categories", CATEGORIES);
		return "citizen/catalogue/services";
	}

}
