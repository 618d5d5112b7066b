package fr.comptecitoyen.shared.web;

import java.util.List;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: for visitors, the sign-in box at the top left and the portal's promise
 * beside it; for a signed-in citizen, the Accueil tab, filled by the modules'
 * {@link SignedInHome} parts.
 */
@Controller
class HomeController {

	private final List<SignedInHome> parts;

	HomeController(List<SignedInHome> parts) {
		this.parts = parts;
	}

	@GetMapping("/")
	String home(Authentication authentication, Model model) {
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			boolean signedIn = false;
			for (SignedInHome part : this.parts) {
				signedIn |= part.fill(model, authentication);
			}
			if (signedIn) {
				return "citizen/home/signed-in";
			}
		}
		return "citizen/home/home";
	}

}
