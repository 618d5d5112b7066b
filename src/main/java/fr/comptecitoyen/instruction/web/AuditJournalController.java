package fr.comptecitoyen.instruction.web;

import fr.comptecitoyen.shared.FieldProblem;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.comptecitoyen.instruction.internal.StaffPaths;
import fr.comptecitoyen.security.AuditSearch;
import fr.comptecitoyen.security.AuditSearch.Criteria;
import fr.comptecitoyen.shared.CitySettings;
import fr.comptecitoyen.shared.InputRules;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Journal d'audit" (administrators): the journal searched by person, object and date
 * range (days in the commune's time zone, both included), newest first, one page at a
 * time. A search is a GET, so it can be bookmarked; a malformed date is said next to its
 * field and the other criteria are kept.
 */
@Controller
class AuditJournalController {

	private final AuditSearch search;

	private final CitySettings city;

	AuditJournalController(AuditSearch search, CitySettings city) {
		this.search = search;
		this.city = city;
	}

	@GetMapping(StaffPaths.AUDIT)
	String journal(@RequestParam(name = "personne", defaultValue = "") String person,
			@RequestParam(name = "objet", defaultValue = "") String object,
			@RequestParam(name = "du", defaultValue = "") String from,
			@RequestParam(name = "au", defaultValue = "") String until,
			@RequestParam(name = "page", defaultValue = "1") String page, Model model) {
		List<FieldProblem> problems = new ArrayList<>();
		Instant start = day(from, "du", problems, 0);
		Instant end = day(until, "au", problems, 1);
		if (start != null && end != null && !start.isBefore(end)) {
			problems.add(new FieldProblem("au", "agent.audit.date.order"));
		}
		model.addAttribute("personne", person);
		model.addAttribute("objet", object);
		model.addAttribute("du", from);
		model.addAttribute("au", until);
		if (!problems.isEmpty()) {
			Problems.show(model, problems);
			return "agent/audit/journal";
		}
		model.addAttribute("results", this.search.search(new Criteria(person, object, start, end), pageNumber(page)));
		return "agent/audit/journal";
	}

	/**
	 * The page asked for; anything but a positive number (typed in the address) is page
	 * 1.
	 */
	private static int pageNumber(String typed) {
		try {
			return Math.max(1, Integer.parseInt(typed.strip()));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	private Instant day(String typed, String field, List<FieldProblem> problems, int plusDays) {
		if (typed.isBlank()) {
			return null;
		}
		LocalDate day = InputRules.date(typed);
		if (day == null) {
			problems.add(new FieldProblem(field, InputRules.DATE_MESSAGE));
			return null;
		}
		return day.plusDays(plusDays).atStartOfDay(this.city.timeZone()).toInstant();
	}

}
