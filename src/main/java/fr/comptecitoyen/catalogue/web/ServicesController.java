package fr.comptecitoyen.catalogue.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.comptecitoyen.catalogue.Catalogue;
import fr.comptecitoyen.catalogue.Category;
import fr.comptecitoyen.catalogue.Procedure;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The "Les Services" tab: the catalogue by category, a search that works without
 * JavaScript, and a page per procedure. Open to everyone.
 */
@Controller
class ServicesController {

	private final Catalogue catalogue;

	ServicesController(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/services")
	String services(@RequestParam(name = "q", required = false) String query, Model model) {
		String q = (query != null) ? query.strip() : "";
		if (q.length() > 100) {
			q = q.substring(0, 100);
		}
		model.addAttribute("q", q);
		if (!q.isEmpty()) {
			model.addAttribute("results", this.catalogue.search(q));
			return "citizen/catalogue/services";
		}
		Map<Category, List<Procedure>> byCategory = new LinkedHashMap<>();
		for (Category category : Category.values()) {
			byCategory.put(category,
					this.catalogue.published().stream().filter((p) -> p.category() == category).toList());
		}
		model.addAttribute("categories", byCategory);
		return "citizen/catalogue/services";
	}

	@GetMapping("/services/{slug}")
	String procedure(@PathVariable String slug, Model model) {
		model.addAttribute("procedure", find(this.catalogue, slug));
		return "citizen/catalogue/procedure";
	}

	static Procedure find(Catalogue catalogue, String slug) {
		return catalogue.find(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
