package fr.comptecitoyen.request.visitor;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import fr.comptecitoyen.account.Accounts;
import fr.comptecitoyen.catalogue.Catalogue;
import fr.comptecitoyen.catalogue.Procedure;
import fr.comptecitoyen.request.RequestLifecycle;
import fr.comptecitoyen.request.RequestQueue;
import fr.comptecitoyen.request.internal.DraftService;
import fr.comptecitoyen.security.CaptchaSolver;
import fr.comptecitoyen.shared.CitySettings;
import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import fr.comptecitoyen.support.Client;
import fr.comptecitoyen.support.Mailbox;
import fr.comptecitoyen.support.MutableClock;
import fr.comptecitoyen.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A civil-status certificate requested without an account, over HTTP: the steps, the
 * email and the captcha (missing, invalid, expired, replayed → refused), the real
 * submission and its acknowledgement with the tracking link, the read-only tracking page
 * (a wrong or altered token → 404 revealing nothing), attaching to an account after an
 * emailed confirmation, and a procedure that needs an account refusing a visitor whatever
 * is posted.
 */
@PortalTest
class VisitorRequestTests {

	static final String PARENT = "Son ascendant (parent, grand-parent…)";

	@Autowired
	Citizens citizens;

	@Autowired
	Mailbox mailbox;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	CitySettings city;

	@Autowired
	RequestLifecycle lifecycle;

	@Autowired
	DraftService drafts;

	@Autowired
	Accounts accounts;

	@Autowired
	Catalogue catalogue;

	@Autowired
	RequestQueue queue;

	/** Starts a birth-certificate request and fills its three steps; the draft's path. */
	String filledDraft(Client visitor) throws Exception {
		return filledDraft(visitor, "Durand", "Paul");
	}

	/** The same, with the requester's own name as typed in step 3. */
	String filledDraft(Client visitor, String lastName, String firstName) throws Exception {
		MvcResult started = visitor.post("/demarches/NAISSANCE/sans-compte");
		String path = started.getResponse().getRedirectedUrl();
		assertThat(path).startsWith("/demarches/sans-compte/");
		assertThat(visitor
			.post(path, "_step", "0", "document", "Extrait avec filiation", "quality", PARENT, "event-date",
					"12/03/2020", "event-place", this.city.name(), "death-date", "", "copies", "2")
			.getResponse()
			.getRedirectedUrl()).isEqualTo(path);
		visitor.post(path, "_step", "1", "last-name", "Durand", "first-names", "Léa", "parent-1", "Paul Durand",
				"parent-2", "Anne Morel");
		visitor.post(path, "_step", "2", "requester-last-name", lastName, "requester-first-name", firstName, "delivery",
				"En France", "address.line", "3 rue du Port", "address.postcode", "34200", "address.commune", "Sète");
		assertThat(visitor.get(path).getResponse().getContentAsString()).contains("Récapitulatif", "Paul Durand");
		return path;
	}

	MvcResult send(Client visitor, String path, String email, String... captcha) throws Exception {
		String[] params = new String[6 + captcha.length];
		System.arraycopy(new String[] { "_step", "-1", "_action", "send", "email", email }, 0, params, 0, 6);
		System.arraycopy(captcha, 0, params, 6, captcha.length);
		return visitor.post(path, params);
	}

	long requestsFrom(String email) {
		return this.jdbc.queryForObject("select count(*) from citizen_request where visitor_email = ?", Long.class,
				email);
	}

	String tracking(String email) throws Exception {
		List<String> mails = this.mailbox.mails(email);
		assertThat(mails).hasSize(1);
		return Mailbox.linkPath(mails.get(0), "/suivi/");
	}

	@Test
	void aVisitorGetsTheReferenceOnScreenAndATrackingLinkByEmail() throws Exception {
		Client visitor = this.citizens.client();
		String path = filledDraft(visitor);
		String email = Citizens.unique("visiteur") + "@example.org";
		MvcResult sent = send(visitor, path, email, "captchaPayload", CaptchaSolver.solve(this.mvc));
		String confirmation = sent.getResponse().getRedirectedUrl();
		assertThat(confirmation)
			.startsWith("/demarches/sans-compte/envoyee/" + java.time.Year.now().getValue() + "-NAISSANCE-");
		String reference = confirmation.substring(confirmation.lastIndexOf('/') + 1);
		assertThat(reference).matches("[0-9]{4}-NAISSANCE-[0-9A-Z]{6}");
		assertThat(visitor.get(confirmation).getResponse().getContentAsString()).contains(reference, email)
			.contains("chaque étape vous sera signalée par courriel, avec le lien pour la suivre")
			.as("a visitor has no account")
			.doesNotContain("l’onglet « Mes Demandes »");
		assertThat(this.citizens.client().get(confirmation).getResponse().getStatus()).as("another session")
			.isEqualTo(404);

		String link = tracking(email);
		String token = link.substring("/suivi/".length());
		assertThat(token).hasSizeGreaterThanOrEqualTo(22);
		assertThat(this.jdbc.queryForObject("select tracking_hash from citizen_request where reference = ?",
				String.class, reference))
			.as("stored hashed")
			.isNotEqualTo(token)
			.hasSize(64);
		MvcResult page = this.citizens.client().get(link);
		assertThat(page.getResponse().getStatus()).isEqualTo(200);
		assertThat(page.getResponse().getContentAsString()).contains(reference, "Envoyée", "Extrait avec filiation",
				"Paul Durand");
		assertThat(page.getResponse().getHeader("Referrer-Policy")).isEqualTo("no-referrer");
		assertThat(page.getResponse().getContentAsString()).contains("href=\"" + link + "/recu.pdf\"");
		MvcResult receipt = this.citizens.client().get(link + "/recu.pdf");
		assertThat(receipt.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(receipt.getResponse().getHeader("Cache-Control")).contains("no-store");
		String receiptText = new PdfTextExtractor(new PdfReader(receipt.getResponse().getContentAsByteArray()))
			.getTextFromPage(1);
		assertThat(receiptText).contains(reference, "Paul Durand");
		assertThat(this.citizens.client().get("/suivi/" + "B".repeat(43) + "/recu.pdf").getResponse().getStatus())
			.isEqualTo(404);

		this.lifecycle.takeInCharge(reference, "Service État civil");
		assertThat(this.citizens.client().get(link).getResponse().getContentAsString()).contains("En cours");
	}

	@Test
	void everyLaterEmailCarriesThePersonalTrackingLinkAndTheVisitorAnswersTheQuestionOnline() throws Exception {
		Client visitor = this.citizens.client();
		String path = filledDraft(visitor);
		String email = Citizens.unique("visiteur") + "@example.org";
		MvcResult sent = send(visitor, path, email, "captchaPayload", CaptchaSolver.solve(this.mvc));
		String confirmation = sent.getResponse().getRedirectedUrl();
		String reference = confirmation.substring(confirmation.lastIndexOf('/') + 1);
		String link = tracking(email);
		assertThat(this.jdbc.queryForObject("select tracking_sealed from citizen_request where reference = ?",
				String.class, reference))
			.as("sealed, not in clear")
			.doesNotContain(link.substring("/suivi/".length()));

		this.lifecycle.askCitizen(reference, "Service État civil", "Quelle est la date de naissance exacte ?");
		List<String> mails = this.mailbox.mails(email);
		assertThat(mails).hasSize(2);
		assertThat(Mailbox.linkPath(mails.get(1), "/suivi")).isEqualTo(link);

		Client elsewhere = this.citizens.client();
		String page = elsewhere.get(link).getResponse().getContentAsString();
		assertThat(page).contains("Quelle est la date de naissance exacte ?", "Envoyer ma réponse");
		MvcResult empty = elsewhere.post(link + "/repondre", "message", " ");
		assertThat(empty.getResponse().getStatus()).isEqualTo(422);
		assertThat(empty.getResponse().getContentAsString()).contains("Écrivez votre réponse.");
		MvcResult answered = elsewhere.post(link + "/repondre", "message", "Le 12 mars 2020, à 8 h 10.");
		assertThat(answered.getResponse().getRedirectedUrl()).isEqualTo(link + "?repondu");
		String after = elsewhere.get(link).getResponse().getContentAsString();
		assertThat(after).contains("Le 12 mars 2020, à 8 h 10.").doesNotContain("Envoyer ma réponse");
		assertThat(this.jdbc.queryForObject("select status from citizen_request where reference = ?", String.class,
				reference))
			.as("back in the department's queue")
			.isNotEqualTo("AWAITING_CITIZEN");
		assertThat(elsewhere.post("/suivi/" + "A".repeat(43) + "/repondre", "message", "Bonjour")
			.getResponse()
			.getStatus()).isEqualTo(404);

		this.lifecycle.accept(reference, "Service État civil", "L’acte part par courrier.");
		List<String> all = this.mailbox.mails(email);
		assertThat(Mailbox.linkPath(all.get(all.size() - 1), "/suivi")).isEqualTo(link);
	}

	@Test
	void aVisitorWhoseSessionExpiredIsToldToStartAgainWithALinkToTheProcedure() throws Exception {
		Client visitor = this.citizens.client();
		String path = visitor.post("/demarches/NAISSANCE/sans-compte").getResponse().getRedirectedUrl();
		visitor.expireSession(this.jdbc);
		// The form's token lived in the session that is gone.
		MvcResult posted = visitor.perform(MockMvcRequestBuilders.post(path)
			.param("_csrf", "jeton-de-la-session-expiree")
			.param("_step", "0")
			.param("document", "Extrait avec filiation"));
		String target = posted.getResponse().getRedirectedUrl();
		assertThat(target).startsWith("/session-expiree?retour=");
		String page = visitor.perform(MockMvcRequestBuilders.get(URI.create(target)))
			.getResponse()
			.getContentAsString();
		Procedure birth = this.catalogue.find("NAISSANCE").orElseThrow();
		assertThat(page).contains("Votre session a expiré", "Recommencer : " + birth.title(),
				"href=\"/services/" + birth.slug() + "\"");

		// Another form, another expired session: back to that page.
		Client other = this.citizens.client();
		other.post("/demarches/NAISSANCE/sans-compte");
		other.expireSession(this.jdbc);
		String elsewhere = other.perform(MockMvcRequestBuilders.post("/inscription")).getResponse().getRedirectedUrl();
		assertThat(elsewhere).isEqualTo("/session-expiree?retour=/inscription");
		assertThat(other.get(elsewhere).getResponse().getContentAsString()).contains("href=\"/inscription\"");
		assertThat(other.get("/session-expiree?retour=//evil.example").getResponse().getContentAsString())
			.doesNotContain("evil.example");
		assertThat(other.get("/session-expiree?retour=/\\evil.example").getResponse().getContentAsString())
			.doesNotContain("evil.example");
		// The same rule as every return path: a page with its query string is a page of
		// the portal.
		assertThat(other.get("/session-expiree?retour=/services?x=1").getResponse().getContentAsString())
			.contains("href=\"/services?x=1\"")
			// No tab is current: the page belongs to none of them.
			.doesNotContain("aria-current=\"page\"");
	}

	@Test
	void aDeathBeforeTheBirthIsRefusedOnEveryCivilStatusProcedure() throws Exception {
		Client visitor = this.citizens.client();
		String birth = visitor.post("/demarches/NAISSANCE/sans-compte").getResponse().getRedirectedUrl();
		assertThat(visitor
			.post(birth, "_step", "0", "document", "Extrait avec filiation", "quality", PARENT, "event-date",
					"15/03/1990", "event-place", this.city.name(), "death-date", "01/01/1980", "copies", "1")
			.getResponse()
			.getContentAsString())
			.contains("Saisissez une date identique ou postérieure à « Date de naissance » (15/03/1990).");

		String death = visitor.post("/demarches/DECES/sans-compte").getResponse().getRedirectedUrl();
		visitor.post(death, "_step", "0", "document", "Copie intégrale", "quality", "Son conjoint ou sa conjointe",
				"event-date", "01/01/2020", "event-place", this.city.name(), "copies", "1");
		assertThat(visitor
			.post(death, "_step", "1", "last-name", "Durand", "first-names", "Louis", "birth-date", "01/01/2025")
			.getResponse()
			.getContentAsString())
			.contains("Saisissez une date identique ou antérieure à « Date du décès » (01/01/2020).");
	}

	@Test
	void theErrorSummaryListsProblemsInTheOrderOfTheFields() throws Exception {
		Client visitor = this.citizens.client();
		String birth = visitor.post("/demarches/NAISSANCE/sans-compte").getResponse().getRedirectedUrl();
		// The place (a rule between fields) is wrong, the number of copies is missing.
		String page = visitor
			.post(birth, "_step", "0", "document", "Extrait avec filiation", "quality", PARENT, "event-date",
					"15/03/1990", "event-place", "Lyon", "death-date", "", "copies", "")
			.getResponse()
			.getContentAsString();
		String summary = page.substring(page.indexOf("error-summary"),
				page.indexOf("</ul>", page.indexOf("error-summary")));
		assertThat(summary).contains("#f-event-place", "#f-copies");
		assertThat(summary.indexOf("#f-event-place")).isLessThan(summary.indexOf("#f-copies"));
	}

	@Test
	void theQueueNamesAVisitorByTheNameTypedInTheFormAndFindsTheRequestByItOrByAPartOfItsReference() throws Exception {
		String lastName = "Wałęsa-" + Citizens.unique("Dvořák");
		Client visitor = this.citizens.client();
		String path = filledDraft(visitor, lastName, "Łucja");
		String email = Citizens.unique("visiteur") + "@example.org";
		String confirmation = send(visitor, path, email, "captchaPayload", CaptchaSolver.solve(this.mvc)).getResponse()
			.getRedirectedUrl();
		String reference = confirmation.substring(confirmation.lastIndexOf('/') + 1);

		for (String typed : new String[] { lastName.toLowerCase(java.util.Locale.ROOT).substring(0, 12),
				"ŁUCJA " + lastName, reference.substring(5).toLowerCase(java.util.Locale.ROOT),
				reference.substring(5, 17).toLowerCase(java.util.Locale.ROOT) }) {
			assertThat(found(typed)).as("searching %s", typed)
				.singleElement()
				.satisfies((line) -> assertThat(line.reference()).isEqualTo(reference))
				.satisfies((line) -> assertThat(line.citizenName()).isEqualTo("Łucja " + lastName))
				.satisfies((line) -> assertThat(line.citizenEmail()).isEqualTo(email));
		}
		assertThat(found("ucja")).as("the name is searched by its start").isEmpty();
	}

	/** The birth-certificate requests of the État civil queue's first tab that match. */
	List<RequestQueue.QueueLine> found(String text) {
		return this.queue
			.page(new RequestQueue.QueueFilter(java.util.Set.of("NAISSANCE"), null, RequestQueue.QueueTab.NEW, null,
					null, null, null, null, false, false, null, text, RequestQueue.QueueSort.NEWEST), 1)
			.lines();
	}

	@Test
	void aWrongOrAlteredTrackingTokenIsAPlain404() throws Exception {
		Client visitor = this.citizens.client();
		String path = filledDraft(visitor);
		String email = Citizens.unique("visiteur") + "@example.org";
		send(visitor, path, email, "captchaPayload", CaptchaSolver.solve(this.mvc));
		String link = tracking(email);
		char last = link.charAt(link.length() - 1);
		String altered = link.substring(0, link.length() - 1) + ((last == 'A') ? 'B' : 'A');
		String unknown = "/suivi/" + "A".repeat(43);
		String nonsense = "/suivi/2026-NAISSANCE-ABCDEF";
		MvcResult alteredPage = this.citizens.client().get(altered);
		for (String wrong : List.of(altered, unknown, nonsense)) {
			MvcResult result = this.citizens.client().get(wrong);
			assertThat(result.getResponse().getStatus()).as(wrong).isEqualTo(404);
			assertThat(result.getResponse().getContentAsString()).as(wrong)
				.doesNotContain("NAISSANCE", "Durand")
				.isEqualTo(alteredPage.getResponse().getContentAsString());
		}
	}

	@Test
	void withoutTheCaptchaOrWithAWrongOneNothingIsSent() throws Exception {
		Client visitor = this.citizens.client();
		String path = filledDraft(visitor);
		String email = Citizens.unique("visiteur") + "@example.org";
		MvcResult missing = send(visitor, path, email);
		assertThat(missing.getResponse().getStatus()).isEqualTo(422);
		assertThat(missing.getResponse().getContentAsString()).as("nothing done: asked for, not called wrong")
			.contains("La vérification anti-robot n’a pas été faite", "href=\"#captcha\"", email)
			.doesNotContain("anti-robot n’a pas abouti", "pas la bonne réponse");
		MvcResult invalid = send(visitor, path, email, "captchaPayload", "bm90IGEgcGF5bG9hZA==", "captchaToken",
				"forged", "captchaAnswer", "7");
		assertThat(invalid.getResponse().getStatus()).isEqualTo(422);
		assertThat(invalid.getResponse().getContentAsString()).contains("n’a pas abouti ou a expiré");
		String page = missing.getResponse().getContentAsString();
		String question = page.substring(page.indexOf("<label for=\"captchaAnswer\">") + 27,
				page.indexOf("</label>", page.indexOf("<label for=\"captchaAnswer\">")));
		String token = page.replaceAll("(?s).*name=\"captchaToken\" value=\"([^\"]*)\".*", "$1");
		MvcResult wrong = send(visitor, path, email, "captchaToken", token, "captchaAnswer",
				String.valueOf(Integer.parseInt(CaptchaSolver.answer(question)) + 1));
		assertThat(wrong.getResponse().getStatus()).isEqualTo(422);
		assertThat(wrong.getResponse().getContentAsString()).contains("Ce n’est pas la bonne réponse", email);
		assertThat(requestsFrom(email)).isZero();
	}

	@Test
	void anExpiredOrReplayedCaptchaIsRefused() throws Exception {
		Client visitor = this.citizens.client();
		String path = filledDraft(visitor);
		String email = Citizens.unique("visiteur") + "@example.org";
		String expired = CaptchaSolver.solve(this.mvc);
		this.clock.advance(Duration.ofMinutes(11));
		assertThat(send(visitor, path, email, "captchaPayload", expired).getResponse().getStatus()).isEqualTo(422);
		assertThat(requestsFrom(email)).isZero();

		Client first = this.citizens.client();
		String firstPath = filledDraft(first);
		String payload = CaptchaSolver.solve(this.mvc);
		assertThat(send(first, firstPath, email, "captchaPayload", payload).getResponse().getRedirectedUrl())
			.startsWith("/demarches/sans-compte/envoyee/");
		assertThat(send(visitor, path, email, "captchaPayload", payload).getResponse().getStatus()).as("replayed")
			.isEqualTo(422);
		assertThat(requestsFrom(email)).isOne();
	}

	@Test
	void aCertificateTheRequesterMayNotHaveIsRefusedWithTheKindThatCanBeDelivered() throws Exception {
		Client visitor = this.citizens.client();
		String path = visitor.post("/demarches/NAISSANCE/sans-compte").getResponse().getRedirectedUrl();
		MvcResult refused = visitor.post(path, "_step", "0", "document", "Copie intégrale", "quality",
				"Une autre personne", "event-date", "12/03/1990", "event-place", this.city.name(), "copies", "1");
		assertThat(refused.getResponse().getContentAsString()).contains("n’est délivré qu’à la personne concernée",
				"Vous pouvez demander : Extrait sans filiation");
		MvcResult elsewhere = visitor.post(path, "_step", "0", "document", "Extrait sans filiation", "quality",
				"Une autre personne", "event-date", "12/03/1990", "event-place", "Lyon", "copies", "1");
		assertThat(elsewhere.getResponse().getContentAsString()).contains("Pour un acte dressé à Lyon",
				"Une autre personne");
	}

	@Test
	void aProcedureThatNeedsAnAccountNeverAcceptsAVisitor() throws Exception {
		Client visitor = this.citizens.client();
		assertThat(visitor.post("/demarches/ENC/sans-compte").getResponse().getStatus()).isEqualTo(404);
		Citizen citizen = this.citizens.validated("Jeanne", "Roux");
		String citizenDraft = this.drafts.start(this.accounts.find(citizen.id()).orElseThrow(),
				this.catalogue.find("ENC").orElseThrow());
		for (String path : List.of("/demarches/sans-compte/" + citizenDraft,
				"/demarches/sans-compte/" + citizenDraft.substring(0, 4) + "x")) {
			assertThat(visitor.get(path).getResponse().getStatus()).as(path).isEqualTo(404);
			assertThat(send(visitor, path, "robot@example.org", "captchaPayload", CaptchaSolver.solve(this.mvc))
				.getResponse()
				.getStatus()).as(path).isEqualTo(404);
		}
		assertThat(visitor.get("/demarches/ENC/nouvelle").getResponse().getRedirectedUrl()).contains("/compte-requis");
		assertThat(requestsFrom("robot@example.org")).isZero();
	}

	@Test
	void aDraftBelongsToTheSessionThatStartedIt() throws Exception {
		Client visitor = this.citizens.client();
		String path = visitor.post("/demarches/DECES/sans-compte").getResponse().getRedirectedUrl();
		assertThat(visitor.get(path).getResponse().getStatus()).isEqualTo(200);
		assertThat(this.citizens.client().get(path).getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void aCitizenAttachesTheirEarlierVisitorRequestsAfterConfirmingTheirAddress() throws Exception {
		Client visitor = this.citizens.client();
		String path = filledDraft(visitor);
		Citizen citizen = this.citizens.validated("Paul", "Durand");
		String reference = send(visitor, path, citizen.email().toUpperCase(java.util.Locale.ROOT), "captchaPayload",
				CaptchaSolver.solve(this.mvc))
			.getResponse()
			.getRedirectedUrl()
			.replaceFirst(".*/", "");
		String link = tracking(citizen.email());

		Client signedIn = this.citizens.signedIn(citizen);
		assertThat(signedIn.get("/demandes").getResponse().getContentAsString()).contains("/demandes/rattacher")
			.doesNotContain(reference);
		Client nobody = this.citizens.signedIn(this.citizens.validated("Sans", "Demande"));
		assertThat(withoutToken(signedIn.get("/demandes/rattacher").getResponse().getContentAsString()))
			.as("before the link proves the address, nothing tells whether requests were sent from it")
			.doesNotContain(reference)
			.isEqualTo(withoutToken(nobody.get("/demandes/rattacher").getResponse().getContentAsString()));
		assertThat(withoutToken(signedIn.get("/demandes").getResponse().getContentAsString()))
			.contains("Vous avez envoyé des demandes sans compte ?");
		signedIn.post("/demandes/rattacher");
		List<String> mails = this.mailbox.mails(citizen.email());
		String confirm = Mailbox.linkPath(mails.get(mails.size() - 1), "/demandes/rattacher/");
		assertThat(signedIn.get("/messages").getResponse().getContentAsString())
			.as("the link is only emailed: Mes messages would hand it to whoever registered with the address")
			.doesNotContain("Rattacher vos demandes", "/demandes/rattacher/");

		Citizen other = this.citizens.validated("Autre", "Personne");
		Client intruder = this.citizens.signedIn(other);
		assertThat(intruder.get(confirm).getResponse().getStatus()).as("another account").isEqualTo(404);
		assertThat(intruder.post(confirm).getResponse().getStatus()).isEqualTo(404);
		assertThat(signedIn.get(confirm + "x").getResponse().getStatus()).as("altered").isEqualTo(404);

		assertThat(signedIn.get(confirm).getResponse().getContentAsString()).contains(reference);
		assertThat(signedIn.post(confirm).getResponse().getRedirectedUrl()).isEqualTo("/demandes?rattachees=1");
		assertThat(signedIn.get("/demandes").getResponse().getContentAsString()).contains(reference);
		assertThat(signedIn.get("/demandes/" + reference).getResponse().getStatus()).isEqualTo(200);
		assertThat(signedIn.post(confirm).getResponse().getStatus()).as("used once").isEqualTo(404);
		assertThat(this.citizens.client().get(link).getResponse().getStatus()).as("tracking link retired")
			.isEqualTo(404);
	}

	/** The page's main content, its form token left out. */
	private static String withoutToken(String html) {
		String main = html.substring(html.indexOf("<main"), html.indexOf("</main>"));
		return main.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
	}

}
