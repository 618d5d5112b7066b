package fr.comptecitoyen.instruction;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import fr.comptecitoyen.instruction.internal.StaffMember;
import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import fr.comptecitoyen.support.Client;
import fr.comptecitoyen.support.Mailbox;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests entered by an agent for someone at the counter or on the phone, through the
 * pages: for a citizen's account (prefilled, then in their Mes Demandes with the usual
 * acknowledgement), for someone without an account answered by email (a tracking link) or
 * by post (no email; the case page says where to write), marked as such on both timelines
 * and in the audit log; wrong input refused next to its field with what was typed kept; a
 * draft is its agent's only, and can be given up.
 */
@StaffTest
class AgentEntryTests {

	private static final String START = "/agent/demandes/nouvelle";

	@Autowired
	StaffMembers staff;

	@Autowired
	Citizens citizens;

	@Autowired
	Mailbox mailbox;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAgentEntersABulkyItemPickupForACitizenAtTheCounterAndItJoinsTheirRequests() throws Exception {
		Citizen camille = this.citizens.validated().named("Camille", "Martin").withAddress().create();
		StaffMember agent = technique();
		Client client = signedIn(agent);

		String start = text(client.get(START));
		assertThat(start).contains("Saisir une demande", "Enlèvement des encombrants")
			.doesNotContain("Acte de naissance");
		String draft = begin(client, "procedure", "ENC", "channel", "COUNTER", "who", "ACCOUNT", "identifier",
				camille.getUsername().toUpperCase());
		String first = text(client.get(draft));
		assertThat(first).contains("Pour Camille Martin (compte " + camille.getUsername() + "), au guichet.",
				Citizens.LINE);
		// While it is being entered, it is not among the citizen's drafts.
		Client citizen = this.citizens.signedIn(camille);
		assertThat(text(citizen.get("/demandes"))).doesNotContain(draft.substring(draft.lastIndexOf('/') + 1));

		fillBulkyItems(client, draft);
		String reference = send(client, draft);

		String page = text(client.get("/agent/demandes/" + reference + "?fait=saisie"));
		assertThat(page).contains("La demande est enregistrée", "Demande saisie au guichet", agent.getDisplayName(),
				"Camille", "Portail bleu");
		String mine = text(citizen.get("/demandes/" + reference));
		assertThat(mine).contains(reference, "Demande saisie au guichet", "Portail bleu");
		assertThat(text(citizen.get("/demandes"))).contains(reference);
		assertThat(this.mailbox.mails(camille.getEmail())).anySatisfy((mail) -> assertThat(mail).contains(reference));
		// The pickup day announced is on both timelines, not only in the email.
		// Ten days after the portal's own clock (another test of the context may have
		// moved it).
		String day = this.staff.clock()
			.today()
			.plusDays(10)
			.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		assertThat(act(client, reference, "information", "information", "Passage du camion.", "informationDate", day))
			.contains("Passage du camion.", "Date annoncée : " + day);
		assertThat(text(citizen.get("/demandes/" + reference))).contains("Date annoncée : " + day);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'REQUEST_ENTRY_FOR_ACCOUNT' and object_ref = ?",
				Integer.class, "compte:" + camille.getUsername()))
			.isEqualTo(1);
		assertThat(audit("demande:" + reference)).isEqualTo(1);
		// A replayed "Enregistrer la demande" finds the same request and journals nothing
		// more.
		assertThat(client.post(draft, "_step", "-1", "_action", "send", "submissionKey", "rejoue-rejoue-rejoue")
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/agent/demandes/" + reference + "?fait=saisie");
		assertThat(audit("demande:" + reference)).isEqualTo(1);
		// Back in the browser history: the draft is sent, the page says so instead of a
		// second send.
		assertThat(client.get(draft).getResponse().getRedirectedUrl())
			.isEqualTo("/agent/demandes/" + reference + "?fait=saisie");
	}

	@Test
	void withoutAnAccountTheAnswerGoesToTheEmailGivenWithItsTrackingLink() throws Exception {
		Client client = signedIn(technique());
		String email = Citizens.unique("appel") + "@example.org";
		String draft = begin(client, "procedure", "ENC", "channel", "PHONE", "who", "NO_ACCOUNT", "lastName", "Nguyễn",
				"firstName", "Anh", "email", email);
		assertThat(text(client.get(draft)))
			.contains("Pour Anh Nguyễn, sans compte (réponse à " + email + "), par téléphone.");
		fillBulkyItems(client, draft);
		String reference = send(client, draft);

		assertThat(text(client.get("/agent/demandes/" + reference))).contains("Demande saisie par téléphone",
				"Anh Nguyễn", email);
		assertThat(text(client.get("/agent/demandes?q=nguyen"))).contains(reference);
		List<String> mails = this.mailbox.mails(email);
		assertThat(mails).hasSize(1);
		String link = Mailbox.linkPath(mails.get(0), "/suivi/");
		assertThat(link).as("the personal tracking link").isNotNull();
		String tracking = text(this.citizens.client().get(link));
		assertThat(tracking).contains(reference, "Demande saisie par téléphone");
	}

	@Test
	void withOnlyAPostalAddressNothingIsEmailedAndTheCasePageSaysWhereToWrite() throws Exception {
		Client client = signedIn(technique());
		String draft = begin(client, "procedure", "ENC", "channel", "COUNTER", "who", "NO_ACCOUNT", "lastName",
				"Durand", "firstName", "Odette", "postalAddress", "  12 rue   des Lilas \r\n\n 34200 Sète ");
		fillBulkyItems(client, draft);
		String reference = send(client, draft);

		String page = text(client.get("/agent/demandes/" + reference));
		assertThat(page).contains("réponse par courrier", "Odette Durand", "12 rue des Lilas\n34200 Sète",
				"Demande saisie au guichet");
		Object id = this.jdbc.queryForObject("select id from citizen_request where reference = ?", Object.class,
				reference);
		assertThat(this.jdbc.queryForObject("select count(*) from outbox_message where dedup_key = ?", Integer.class,
				"request-submitted:" + id))
			.as("no acknowledgement without an address")
			.isZero();
		// The receipt to post to that address, journalled; another department's agent
		// gets a 404.
		MvcResult receipt = client.get("/agent/demandes/" + reference + "/recu.pdf");
		assertThat(receipt.getResponse().getContentType()).isEqualTo("application/pdf");
		try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader
			.loadPDF(receipt.getResponse().getContentAsByteArray())) {
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf))
				.contains(reference, "Portail bleu", "Odette Durand", "12 rue des Lilas", "34200 Sète",
						"Service : Services techniques", "La mairie vous écrira à l’adresse ci-dessus")
				.doesNotContain("/suivi");
		}
		// No email: the agent is told to write, and records the answer given by phone or
		// letter.
		String asked = act(client, reference, "question", "question", "Merci de préciser l’étage.");
		assertThat(asked).contains("La personne n’a pas d’adresse électronique : imprimez le courrier")
			.doesNotContain("est envoyée au demandeur");
		List<String> letters = letterLinks(asked);
		assertThat(letters).as("one letter: the question (the submission has the receipt)").hasSize(1);
		assertThat(letterText(client, letters.get(0))).contains("Odette Durand", "12 rue des Lilas", "34200 Sète",
				"Madame, Monsieur,", "Objet : ", reference, "besoin d’un complément", "Merci de préciser l’étage.",
				"Répondez par courrier", "Services techniques");
		assertThat(client
			.post("/agent/demandes/" + reference + "/reponse-recue", "version", version(client, reference),
					"receivedAnswer", "")
			.getResponse()
			.getStatus()).isEqualTo(422);
		String answered = act(client, reference, "reponse-recue", "receivedAnswer",
				"Par téléphone : troisième étage, sans ascenseur.");
		assertThat(answered)
			.contains("La réponse est enregistrée", "troisième étage, sans ascenseur", "Réponse envoyée",
					"reçue et enregistrée par")
			// No email: the forms say the decision and the date go in the letter.
			.contains("Imprimé dans le courrier de décision", "aucun rappel ne lui parviendra")
			.doesNotContain("Joint au courriel de décision");
		String refused = act(client, reference, "refus", "motive", "Objets non collectés : gravats.");
		assertThat(refused).contains("imprimez le courrier de décision motivée")
			.doesNotContain("le demandeur est prévenu");
		letters = letterLinks(refused);
		assertThat(letters).hasSize(2);
		String refusal = letters.get(1);
		assertThat(letterText(client, refusal))
			.contains("Odette Durand", "a été refusée", "motif suivant", "Objets non collectés : gravats.", reference,
					"dans un délai de deux mois", "tribunal administratif", "par délégation")
			.doesNotContain("Merci de préciser l’étage.");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'REQUEST_FILE_DOWNLOADED' and object_ref like ?",
				Integer.class, "demande:" + reference + ":courrier-%"))
			.as("each letter printed is journalled")
			.isEqualTo(2);
		assertThat(client.get("/agent/demandes/" + reference + "/courrier/0.pdf").getResponse().getStatus())
			.as("the submission line has no letter")
			.isEqualTo(404);
		for (String line : List.of("999", "abc", "99999999999", "-1", "1e3")) {
			assertThat(
					client.get("/agent/demandes/" + reference + "/courrier/" + line + ".pdf").getResponse().getStatus())
				.as("letter number %s names no letter", line)
				.isEqualTo(404);
		}
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'REQUEST_FILE_DOWNLOADED' and object_ref = ?",
				Integer.class, "demande:" + reference + ":recu"))
			.isEqualTo(1);
		Client other = signedIn(this.staff.create(Set.of(StaffRole.AGENT), "etat-civil"));
		assertThat(other.get("/agent/demandes/" + reference + "/recu.pdf").getResponse().getStatus()).isEqualTo(404);
		assertThat(other.get(refusal).getResponse().getStatus()).isEqualTo(404);
	}

	/** The letters' links of the agent's request page, in the timeline's order. */
	private static List<String> letterLinks(String page) {
		return java.util.regex.Pattern.compile("href=\"(/agent/demandes/[^\"]+/courrier/\\d+\\.pdf)\"")
			.matcher(page)
			.results()
			.map((m) -> m.group(1))
			.toList();
	}

	private static String letterText(Client client, String link) throws Exception {
		MvcResult letter = client.get(link);
		assertThat(letter.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(letter.getResponse().getHeader("Content-Disposition")).startsWith("attachment;");
		try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader
			.loadPDF(letter.getResponse().getContentAsByteArray())) {
			return new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
		}
	}

	@Test
	void wrongInputIsRefusedNextToItsFieldAndWhatWasTypedIsKept() throws Exception {
		StaffMember agent = technique();
		Client client = signedIn(agent);
		MvcResult empty = client.post(START, "channel", "");
		assertThat(empty.getResponse().getStatus()).isEqualTo(422);
		assertThat(text(empty)).as("the staff pages say an error in their title as the citizens' do")
			.containsPattern("<title[^>]*>Erreur : ")
			.contains("/js/error-focus.js");
		assertThat(text(empty)).contains("Choisissez la démarche", "Indiquez si la personne est au guichet",
				"Indiquez si la personne a un compte citoyen", "id=\"procedure-error\"");

		MvcResult otherDepartment = client.post(START, "procedure", "NAISSANCE", "channel", "COUNTER", "who", "ACCOUNT",
				"identifier", "personne.inconnue");
		assertThat(text(otherDepartment)).contains("Choisissez la démarche", "Aucun compte ne porte cet identifiant",
				"value=\"personne.inconnue\"");

		MvcResult noContact = client.post(START, "procedure", "ENC", "channel", "COUNTER", "who", "NO_ACCOUNT",
				"lastName", "Martin<script>alert(1)</script>", "firstName", "");
		assertThat(noContact.getResponse().getStatus()).isEqualTo(422);
		assertThat(text(noContact))
			.contains("Indiquez le prénom de la personne", "Indiquez une adresse électronique ou une adresse postale",
					"id=\"email-error\"")
			.doesNotContain("<script>alert(1)</script>");

		MvcResult tooShort = client.post(START, "procedure", "ENC", "channel", "PHONE", "who", "NO_ACCOUNT", "lastName",
				"Durand", "firstName", "Odette", "postalAddress", "x");
		assertThat(text(tooShort)).contains("Indiquez l’adresse complète");
		// The address must fit an envelope's window (NF Z10-011): 5 lines of 38
		// characters.
		MvcResult tooManyLines = client.post(START, "procedure", "ENC", "channel", "PHONE", "who", "NO_ACCOUNT",
				"lastName", "Durand", "firstName", "Odette", "postalAddress", "a\nb\nc\nd\ne\n34200 Sète");
		assertThat(tooManyLines.getResponse().getStatus()).isEqualTo(422);
		assertThat(text(tooManyLines)).contains("5 lignes au plus, de 38 caractères chacune", "Regroupez des lignes");
		String wide = "Résidence Les Tamaris, bâtiment B, appartement 12";
		MvcResult tooWide = client.post(START, "procedure", "ENC", "channel", "PHONE", "who", "NO_ACCOUNT", "lastName",
				"Durand", "firstName", "Odette", "postalAddress", wide + "\n34200 Sète");
		assertThat(text(tooWide)).contains("Raccourcissez la ligne « " + wide + " »", "id=\"postalAddress-error\"");
		MvcResult badEmail = client.post(START, "procedure", "ENC", "channel", "PHONE", "who", "NO_ACCOUNT", "lastName",
				"Durand", "firstName", "Odette", "email", "odette@", "postalAddress", "12 rue des Lilas");
		assertThat(text(badEmail)).contains("Cette adresse électronique n’est pas valide", "value=\"Durand\"",
				"value=\"odette@\"", "12 rue des Lilas", "value=\"PHONE\" checked");

		Citizen holder = this.citizens.validated().named("Odette", "Durand").create();
		MvcResult hasAnAccount = client.post(START, "procedure", "ENC", "channel", "PHONE", "who", "NO_ACCOUNT",
				"lastName", "Durand", "firstName", "Odette", "email", holder.getEmail().toUpperCase());
		assertThat(hasAnAccount.getResponse().getStatus()).isEqualTo(422);
		assertThat(text(hasAnAccount)).contains("est celle du compte citoyen " + holder.getUsername(),
				"id=\"email-error\"");

		Citizen suspended = this.citizens.validated().named("Paul", "Suspendu").create();
		this.citizens.suspend(suspended, "Usurpation signalée");
		assertThat(text(client.post(START, "procedure", "ENC", "channel", "COUNTER", "who", "ACCOUNT", "identifier",
				suspended.getUsername())))
			.contains("ne peut pas déposer de demande");
		assertThat(this.jdbc.queryForObject("select count(*) from citizen_request where entered_by = ?", Integer.class,
				agent.getId()))
			.isZero();
	}

	@Test
	void aDraftIsItsAgentsOnlyAndCanBeGivenUp() throws Exception {
		StaffMember agent = technique();
		Client client = signedIn(agent);
		String draft = begin(client, "procedure", "ENC", "channel", "COUNTER", "who", "NO_ACCOUNT", "lastName",
				"Durand", "firstName", "Odette", "email", Citizens.unique("odette") + "@example.org");
		assertThat(text(client.get(START))).contains("Vos saisies non terminées", "pour Odette Durand");

		Client colleague = signedIn(technique());
		assertThat(colleague.get(draft).getResponse().getStatus()).isEqualTo(404);
		assertThat(colleague.get(draft + "/abandon").getResponse().getStatus()).isEqualTo(404);
		assertThat(colleague.post(draft + "/abandon").getResponse().getStatus()).isEqualTo(404);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'REQUEST_ACCESS_REFUSED' and object_ref = ?",
				Integer.class, "saisie:" + draft.substring(draft.lastIndexOf('/') + 1)))
			.isEqualTo(3);
		Client validator = signedIn(this.staff.create(Set.of(StaffRole.ACCOUNT_VALIDATOR)));
		assertThat(validator.get(START).getResponse().getStatus()).isEqualTo(404);

		assertThat(text(client.get(draft))).contains("href=\"" + draft + "/abandon\"");
		String confirm = text(client.get(draft + "/abandon"));
		assertThat(confirm).contains("Abandonner la saisie ?", "Pour Odette Durand", "Oui, abandonner la saisie",
				"Non, reprendre la saisie");
		assertThat(fr.comptecitoyen.support.PageChecks.htmlErrors(confirm)).isEmpty();
		assertThat(client.get(draft)).as("asking changes nothing")
			.satisfies((page) -> assertThat(page.getResponse().getStatus()).isEqualTo(200));
		assertThat(client.post(draft + "/abandon").getResponse().getRedirectedUrl()).isEqualTo(START + "?abandonnee");
		assertThat(client.get(draft).getResponse().getStatus()).isEqualTo(404);
		assertThat(text(client.get(START + "?abandonnee"))).contains("La saisie est abandonnée")
			.doesNotContain("Vos saisies non terminées");
	}

	private String begin(Client client, String... params) throws Exception {
		MvcResult result = client.post(START, params);
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).as(text(result)).startsWith("/agent/saisies/");
		return location;
	}

	private static void fillBulkyItems(Client client, String path) throws Exception {
		step(client, path, "_step", "0", "_action", "next", "address.line", Citizens.LINE, "address.postcode", "34200",
				"address.commune", "Sète", "access", "Portail bleu");
		step(client, path, "_step", "1", "_action", "next", "items[0]._row", "", "items[0].kind", "Meuble",
				"items[0].quantity", "2");
		step(client, path, "_step", "2", "_action", "next", "phone", Citizens.PHONE, "commitment", "true");
	}

	private static void step(Client client, String path, String... params) throws Exception {
		MvcResult result = client.post(path, params);
		assertThat(result.getResponse().getRedirectedUrl()).as(text(result)).isEqualTo(path);
	}

	private static String send(Client client, String path) throws Exception {
		String summary = text(client.get(path));
		assertThat(summary).contains("Récapitulatif", "Enregistrer la demande");
		java.util.regex.Matcher key = java.util.regex.Pattern.compile("name=\"submissionKey\" value=\"([^\"]+)\"")
			.matcher(summary);
		assertThat(key.find()).isTrue();
		MvcResult sent = client.post(path, "_step", "-1", "_action", "send", "submissionKey", key.group(1));
		String location = sent.getResponse().getRedirectedUrl();
		assertThat(location).as(text(sent)).startsWith("/agent/demandes/").endsWith("?fait=saisie");
		return location.substring("/agent/demandes/".length(), location.indexOf('?'));
	}

	/**
	 * Posts one of the request page's actions with the page's version; the page shown
	 * after it.
	 */
	private static String act(Client client, String reference, String action, String... params) throws Exception {
		List<String> all = new java.util.ArrayList<>(List.of("version", version(client, reference)));
		all.addAll(List.of(params));
		MvcResult result = client.post("/agent/demandes/" + reference + "/" + action, all.toArray(String[]::new));
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).as(action + ": " + text(result)).startsWith("/agent/demandes/" + reference + "?fait=");
		return text(client.get(location));
	}

	private static String version(Client client, String reference) throws Exception {
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"")
			.matcher(text(client.get("/agent/demandes/" + reference)));
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private int audit(String object) {
		return this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'REQUEST_ENTERED' and object_ref = ?", Integer.class,
				object);
	}

	private StaffMember technique() {
		return this.staff.create(Set.of(StaffRole.AGENT), "services-techniques");
	}

	private Client signedIn(StaffMember member) throws Exception {
		return this.staff.enrolled(member).client();
	}

	private static String text(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
