package fr.comptecitoyen.request;

import fr.comptecitoyen.request.internal.Request;
import fr.comptecitoyen.request.internal.RequestRepository;
import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import fr.comptecitoyen.support.Pages;

import static org.assertj.core.api.Assertions.assertThat;

/** What a citizen does with drafts, step by step over MockMvc, for the request tests. */
final class DraftSteps {

	private final Pages pages;

	private final RequestRepository requests;

	DraftSteps(Pages pages, RequestRepository requests) {
		this.pages = pages;
		this.requests = requests;
	}

	/** Starts a procedure as that citizen: the new draft's public id. */
	String start(Citizen citizen, String code) throws Exception {
		String location = this.pages.submit(citizen, "/demarches/" + code + "/nouvelle", "nouvelle", "1")
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/demarches/brouillons/");
		return location.substring("/demarches/brouillons/".length());
	}

	/** The request with that public id, as stored. */
	Request draft(String publicId) {
		return this.requests.findAll()
			.stream()
			.filter((request) -> request.getPublicId().equals(publicId))
			.findFirst()
			.orElseThrow();
	}

	static String draftPath(String publicId) {
		return "/demarches/brouillons/" + publicId;
	}

	/** Walks the bulky-item pickup to its Récapitulatif (address prefilled, two rows). */
	void fillBulkyItems(Citizen citizen, String publicId) throws Exception {
		String path = draftPath(publicId);
		this.pages.submit(citizen, path, "_step", "0", "_action", "next", "address.line", Citizens.LINE,
				"address.postcode", "34200", "address.commune", "Sète", "access", "Portail bleu");
		this.pages.submit(citizen, path, "_step", "1", "_action", "next", "items[0]._row", "", "items[0].kind",
				"Meuble", "items[0].quantity", "2", "items[1]._row", "", "items[1].kind", "Matelas",
				"items[1].quantity", "1");
		this.pages.submit(citizen, path, "_step", "2", "_action", "next", "phone", Citizens.PHONE, "commitment",
				"true");
	}

	/** Sends a draft from its Récapitulatif with that key: the redirect location. */
	String send(Citizen citizen, String publicId, String key) throws Exception {
		return this.pages.submit(citizen, draftPath(publicId), "_step", "-1", "_action", "send", "submissionKey", key)
			.getResponse()
			.getRedirectedUrl();
	}

}
