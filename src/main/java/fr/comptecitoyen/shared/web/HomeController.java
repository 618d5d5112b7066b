package fr.comptecitoyen.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: the sign-in box at the top left for visitors, the portal's promise
 * beside it.
 */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "citizen/home/home";
	}

}
