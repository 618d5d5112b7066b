package fr.comptecitoyen.account.web;

import java.time.Clock;
import java.time.LocalDate;
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

	MyDataController(PersonalDataExport export, JsonMapper json, Clock clock) {
		this.export = export;
		this.json = json;
		this.clock = clock;
	}

	@GetMapping("/compte/donnees")
	String page(@AuthenticationPrincipal CitizenPrincipal citizen, Model model) {
		// The same tree as the JSON file, dates as text: the page shows what the file
		// holds.
		model.addAttribute("data", this.json.convertValue(this.export.of(citizen.accountId()), Map.class));
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
