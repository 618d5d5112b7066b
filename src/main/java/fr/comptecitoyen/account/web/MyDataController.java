package fr.comptecitoyen.account.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import fr.comptecitoyen.account.CitizenPrincipal;
import fr.comptecitoyen.account.internal.PersonalDataExport;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "Mes données": everything the portal holds about the signed-in citizen and their
 * household, as a printable page and as a JSON file to download.
 */
@Controller
class MyDataController {

	private final PersonalDataExport export;

	private final JsonMapper json;

	private final Clock clock;

	private final ReadableData readable;

	MyDataController(PersonalDataExport export, JsonMapper json, Clock clock, ReadableData readable) {
		this.export = export;
		this.json = json;
		this.clock = clock;
		this.readable = readable;
	}

	@GetMapping("/compte/donnees")
	String page(@AuthenticationPrincipal CitizenPrincipal citizen, Model model, Locale locale) {
		// The same tree as the JSON file, so the page shows what the file holds, written
		// for a person to read.
		@SuppressWarnings("unchecked")
		Map<String, Object> tree = this.json.convertValue(this.export.of(citizen.accountId()), Map.class);
		model.addAttribute("data", this.readable.of(tree, locale));
		return "citizen/account/my-data";
	}

	@GetMapping("/compte/donnees.json")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal CitizenPrincipal citizen) {
		byte[] body = this.json.writerWithDefaultPrettyPrinter().writeValueAsBytes(this.export.of(citizen.accountId()));
		String filename = "mes-donnees-" + citizen.getUsername() + "-" + LocalDate.now(this.clock) + ".json";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}

}
