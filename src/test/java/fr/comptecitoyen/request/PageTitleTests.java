package fr.comptecitoyen.request;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.comptecitoyen.request.internal.RequestRepository;
import fr.comptecitoyen.request.internal.Submission;
import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import fr.comptecitoyen.support.Client;
import fr.comptecitoyen.support.Pages;
import fr.comptecitoyen.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every state of a page has its own title, the first thing a screen reader announces: the
 * step and its procedure, the summary, the request with its reference, and "Erreur : " in
 * front when the page shows errors. Pages load the script that takes focus to the error
 * summary.
 */
@PortalTest
class PageTitleTests {

	@Autowired
	Citizens citizens;

	@Autowired
	Pages pages;

	@Autowired
	RequestRepository requests;

	private static final Pattern TITLE = Pattern.compile("<title[^>]*>([^<]*)</title>");

	@Autowired
	Submission submission;

	@Test
	void stepsSummaryAndRequestHaveTitlesOfTheirOwnAndErrorsArePrefixed() throws Exception {
		DraftSteps steps = new DraftSteps(this.pages, this.requests);
		Citizen camille = this.citizens.validated("Camille", "Martin");
		String id = steps.start(camille, "ENC");
		String draftPath = DraftSteps.draftPath(id);
		String first = this.pages.page(camille, draftPath);
		assertThat(title(first))
			.isEqualTo("Étape 1 sur 3 : Adresse d’enlèvement – Enlèvement des encombrants – Ma Commune");
		assertThat(first).doesNotContain("error-focus.js");

		String refused = this.pages
			.submit(camille, draftPath, "_step", "0", "_action", "next", "address.line", "", "address.postcode", "",
					"address.commune", "")
			.getResponse()
			.getContentAsString();
		assertThat(title(refused))
			.isEqualTo("Erreur : Étape 1 sur 3 : Adresse d’enlèvement – Enlèvement des encombrants – Ma Commune");
		assertThat(refused).contains("class=\"error-summary\"", "src=\"/js/error-focus.js\"");

		steps.fillBulkyItems(camille, id);
		assertThat(title(this.pages.page(camille, draftPath)))
			.isEqualTo("Récapitulatif – Enlèvement des encombrants – Ma Commune");
		String sent = steps.send(camille, id, this.submission.newKey());
		String reference = sent.substring(sent.lastIndexOf('/') + 1);
		assertThat(title(this.pages.page(camille, "/demandes/" + reference)))
			.isEqualTo("Demande " + reference + " – Enlèvement des encombrants – Ma Commune");
		assertThat(title(this.pages.page(camille, draftPath)))
			.isEqualTo("Demande " + reference + " déjà envoyée – Ma Commune");
	}

	@Autowired
	RequestLifecycle lifecycle;

	/**
	 * Every form page refused with errors, citizen side: its title starts with "Erreur :
	 * ", it has an error summary and loads the script that moves the focus there.
	 */
	@Test
	void everyFormPageShowingErrorsSaysSoInItsTitleAndFocusesItsSummary() throws Exception {
		DraftSteps steps = new DraftSteps(this.pages, this.requests);
		Citizen camille = this.citizens.validated("Camille", "Martin");
		List<String> refused = new ArrayList<>();

		String id = steps.start(camille, "ENC");
		refused.add(
				this.pages
					.submit(camille, DraftSteps.draftPath(id), "_step", "-1", "_action", "send", "submissionKey",
							this.submission.newKey())
					.getResponse()
					.getContentAsString());
		String sco = steps.start(camille, "SCO");
		refused.add(this.pages.page(camille, DraftSteps.draftPath(sco) + "/pieces?trop-volumineux=1"));

		String sent = steps.start(camille, "ENC");
		steps.fillBulkyItems(camille, sent);
		String location = steps.send(camille, sent, this.submission.newKey());
		String reference = location.substring(location.lastIndexOf('/') + 1);
		this.lifecycle.askCitizen(reference, "Agent", "Combien d’objets ?");
		refused.add(this.pages.submit(camille, "/demandes/" + reference + "/repondre", "message", " ")
			.getResponse()
			.getContentAsString());
		refused.add(this.pages.page(camille, "/demandes?du=31%2F02%2F2026"));
		refused.add(this.pages.page(camille, "/demandes?du=2026-03-01&au=2026-01-01"));

		Client refusedSignIn = this.citizens.client();
		String failed = refusedSignIn.signIn(camille.username(), "pas le bon mot de passe")
			.getResponse()
			.getForwardedUrl();
		String signIn = refusedSignIn.post(failed, "username", camille.username()).getResponse().getContentAsString();
		assertThat(signIn).contains("role=\"alert\"", "src=\"/js/error-focus.js\"");
		assertThat(title(signIn)).startsWith("Erreur : ");
		Citizen secured = this.citizens.validated().named("Sacha", "Secure").withAuthenticator().create();
		Client second = this.citizens.client();
		second.signIn(secured.username(), Citizens.PASSWORD);
		refused.add(second.post("/connexion/code", "code", "000000").getResponse().getContentAsString());

		for (String html : refused) {
			assertThat(html).contains("class=\"error-summary\"", "src=\"/js/error-focus.js\"");
			assertThat(title(html)).startsWith("Erreur : ");
		}
	}

	private static String title(String html) {
		Matcher matcher = TITLE.matcher(html);
		assertThat(matcher.find()).as("a <title>").isTrue();
		return matcher.group(1);
	}

}
