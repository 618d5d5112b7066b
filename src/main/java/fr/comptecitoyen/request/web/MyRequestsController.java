package fr.comptecitoyen.request.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The "Mes Demandes" tab: the signed-in citizen's requests.
 */
@Controller
class MyRequestsController {

	@GetMapping("/demandes")
	String myRequests() {
		return "citizen/request/my-requests";
	}

}
