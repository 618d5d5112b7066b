package fr.comptecitoyen.request;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import fr.comptecitoyen.catalogue.Catalogue;
import fr.comptecitoyen.catalogue.Procedure;
import fr.comptecitoyen.document.AttachmentView;
import fr.comptecitoyen.document.Attachments;
import fr.comptecitoyen.document.PaperOriginals;
import fr.comptecitoyen.household.MemberView;
import fr.comptecitoyen.request.internal.Request;
import fr.comptecitoyen.request.internal.RequestRepository;
import fr.comptecitoyen.request.internal.Submission;
import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import fr.comptecitoyen.support.Client;
import fr.comptecitoyen.support.Pages;
import fr.comptecitoyen.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * The citizen path as a new user walks it (issue 12): "Commencer" is a POST and offers
 * the drafts to resume, no GET writes, ENTER means "Suivant", the step counter counts the
 * documents step, multipart forms never put the CSRF token in the address, and answers
 * posted after the session expired come back after sign-in to their owner only.
 */
@PortalTest
class CitizenPathTests {

	private static final Pattern TITLE = Pattern.compile("<title[^>]*>([^<]*)</title>");

	private static final Pattern FIRST_SUBMIT = Pattern
		.compile("<form[^>]*class=\"form-step\"[\\s\\S]*?(<button[^>]*type=\"submit\"[^>]*>)");

	@Autowired
	Citizens citizens;

	@Autowired
	Pages pages;

	@Autowired
	RequestRepository requests;

	@Autowired
	Submission submission;

	@Autowired
	Catalogue catalogue;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Attachments attachments;

	@Autowired
	PaperOriginals papers;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void commencerIsAPostAndADraftOfTheProcedureIsOfferedToResumeInsteadOfATwin() throws Exception {
		DraftSteps steps = new DraftSteps(this.pages, this.requests);
		Citizen camille = this.citizens.validated().named("Camille", "Martin").withAddress().create();
		assertThat(this.pages.page(camille, "/services/encombrants"))
			.contains("<form method=\"post\" class=\"actions\" action=\"/demarches/ENC/nouvelle\"",
					">Commencer</button>")
			.doesNotContain("href=\"/demarches/ENC/nouvelle\"");

		MvcResult first = this.pages.submit(camille, "/demarches/ENC/nouvelle");
		String id = first.getResponse().getRedirectedUrl().substring("/demarches/brouillons/".length());
		this.pages.submit(camille, DraftSteps.draftPath(id), "_step", "0", "_action", "save", "address.line",
				"12 impasse des Mouettes", "address.postcode", "34200", "address.commune", "Sète", "access",
				"Portail vert");

		String procedurePage = this.pages.page(camille, "/services/encombrants");
		assertThat(procedurePage).contains("Vous avez déjà un brouillon de cette démarche",
				"href=\"/demarches/brouillons/" + id + "\"", "Portail vert", "Commencé le ",
				">Commencer une nouvelle demande</button>", "name=\"nouvelle\" value=\"1\"");

		long before = this.requests.count();
		MvcResult again = this.pages.submit(camille, "/demarches/ENC/nouvelle");
		assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/demarches/ENC/nouvelle");
		assertThat(this.requests.count()).as("no twin without asking").isEqualTo(before);
		String choice = this.pages.page(camille, "/demarches/ENC/nouvelle");
		assertThat(title(choice)).startsWith("Reprendre un brouillon ou commencer – Enlèvement des encombrants");
		assertThat(choice).contains("href=\"/demarches/brouillons/" + id + "\"", "Portail vert");

		String second = steps.start(camille, "ENC");
		assertThat(second).isNotEqualTo(id);
		assertThat(this.requests.count()).isEqualTo(before + 1);
		assertThat(this.pages.page(camille, "/services/encombrants"))
			.contains("Vous avez déjà 2 brouillons de cette démarche", "brouillon n° 2");
	}

	@Test
	void noGetRouteOfTheRequestModuleWritesAnything() throws Exception {
		DraftSteps steps = new DraftSteps(this.pages, this.requests);
		Citizen camille = this.citizens.validated().named("Camille", "Martin").withAddress().create();
		String draft = steps.start(camille, "SCO");
		String sent = steps.start(camille, "ENC");
		steps.fillBulkyItems(camille, sent);
		String location = steps.send(camille, sent, this.submission.newKey());
		String reference = location.substring(location.lastIndexOf('/') + 1);
		Citizen visitorCheck = this.citizens.validated().named("Paul", "Durand").withAddress().create();

		List<String> paths = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
			boolean get = methods.isEmpty() || methods.contains(RequestMethod.GET);
			if (get && entry.getValue().getBeanType().getPackageName().startsWith("fr.comptecitoyen.request")) {
				for (String pattern : entry.getKey().getPatternValues()) {
					paths.add(pattern.replace("{code}", "SCO")
						.replace("{publicId}", draft)
						.replace("{reference}", reference)
						.replace("{id}", "inconnu")
						.replace("{token}", "jeton-inconnu"));
				}
			}
		}
		assertThat(paths).contains("/demarches/SCO/nouvelle", "/demarches/brouillons/" + draft,
				"/demarches/brouillons/" + draft + "/pieces", "/demandes/" + reference);
		for (String path : paths) {
			for (Citizen who : List.of(camille, visitorCheck)) {
				Map<String, String> before = snapshot();
				int status = this.pages.perform(this.pages.getAs(who, path)).getResponse().getStatus();
				assertThat(snapshot()).as("GET %s (%d) wrote nothing", path, status).isEqualTo(before);
			}
		}
	}

	@Test
	void enterInAFieldPressesNextOnEveryProcedureAndThePreview() throws Exception {
		Citizen camille = this.citizens.validated()
			.named("Camille", "Martin")
			.withAddress()
			.withChild("Léa", 7)
			.create();
		DraftSteps steps = new DraftSteps(this.pages, this.requests);
		for (Procedure procedure : this.catalogue.published()) {
			if (procedure.audience().name().equals("ANYONE")) {
				continue;
			}
			String id = steps.start(camille, procedure.code());
			String page = this.pages.page(camille, DraftSteps.draftPath(id));
			assertThat(firstSubmit(page)).as(procedure.code())
				.contains("value=\"next\"", "aria-hidden=\"true\"", "tabindex=\"-1\"");
			String preview = this.pages.page(camille, "/services/" + procedure.slug() + "/apercu");
			assertThat(firstSubmit(preview)).as(procedure.code() + " preview").contains("value=\"next\"");
		}
		// A step with "Ajouter une ligne", "Supprimer" and "Précédent" before "Suivant".
		String id = steps.start(camille, "ENC");
		this.pages.submit(camille, DraftSteps.draftPath(id), "_step", "0", "_action", "next", "address.line",
				Citizens.LINE, "address.postcode", "34200", "address.commune", "Sète");
		String rows = this.pages.page(camille, DraftSteps.draftPath(id));
		assertThat(rows).contains("Ajouter une ligne", "Précédent");
		assertThat(firstSubmit(rows)).contains("value=\"next\"");
	}

	@Test
	void theStepCounterCountsTheDocumentsStep() throws Exception {
		DraftSteps steps = new DraftSteps(this.pages, this.requests);
		Citizen camille = this.citizens.validated().named("Camille", "Martin").withAddress().create();
		String id = steps.start(camille, "VOIRIE");
		assertThat(title(this.pages.page(camille, DraftSteps.draftPath(id)))).startsWith("Étape 1 sur ");
		for (String code : List.of("SCO", "ODP", "ACCUEIL")) {
			String draft = steps.start(camille, code);
			String documents = this.pages.page(camille, DraftSteps.draftPath(draft) + "/pieces");
			Matcher counted = Pattern.compile("Étape ([0-9]+) sur ([0-9]+) : Pièces justificatives")
				.matcher(title(documents));
			assertThat(counted.find()).as(code + ": " + title(documents)).isTrue();
			assertThat(counted.group(1)).as("the documents step is the last one").isEqualTo(counted.group(2));
			assertThat(documents).contains("<h2>Étape " + counted.group(1) + " sur " + counted.group(2));
			String firstStep = this.pages.page(camille, DraftSteps.draftPath(draft));
			assertThat(title(firstStep)).as(code).startsWith("Étape 1 sur " + counted.group(2) + " : ");
		}
	}

	@Test
	void multipartFormsCarryTheCsrfTokenInTheirBodyNeverInTheAddress() throws Exception {
		DraftSteps steps = new DraftSteps(this.pages, this.requests);
		Citizen camille = this.citizens.validated().named("Camille", "Martin").withAddress().create();
		String voirie = steps.start(camille, "VOIRIE");
		String sco = steps.start(camille, "SCO");
		for (String path : List.of(DraftSteps.draftPath(voirie), DraftSteps.draftPath(sco) + "/pieces")) {
			String page = this.pages.page(camille, path);
			assertThat(page).as(path).contains("enctype=\"multipart/form-data\"", "name=\"_csrf\"");
			assertThat(page).as(path).doesNotContain("_csrf=");
		}
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter((p) -> p.toString().endsWith(".html")).toList()) {
				assertThat(Files.readString(template, StandardCharsets.UTF_8)).as(template.toString())
					.doesNotContain("_csrf=");
			}
		}
	}

	@Test
	void answersPostedAfterTheSessionExpiredComeBackAfterSignInToTheirOwnerOnly() throws Exception {
		Citizen camille = this.citizens.validated().named("Camille", "Martin").withAddress().create();
		Citizen other = this.citizens.validated().named("Paul", "Durand").withAddress().create();
		Client client = this.citizens.signedIn(camille);
		String start = client.post("/demarches/ENC/nouvelle").getResponse().getRedirectedUrl();
		String path = start;
		client.expireSession(this.jdbc);

		MvcResult posted = client.post(path, "_step", "0", "_action", "next", "address.line", "14 quai de la Consigne",
				"address.postcode", "34200", "address.commune", "Sète", "access", "Sonner chez Mme Roux");
		String signIn = posted.getResponse().getRedirectedUrl();
		assertThat(signIn).startsWith("/connexion?conservee&retour=");
		String signInPage = client.perform(MockMvcRequestBuilders.get(URI.create(signIn)))
			.getResponse()
			.getContentAsString();
		assertThat(signInPage).contains("Votre session avait expiré ; vos réponses ont été conservées");
		Matcher retour = Pattern.compile("name=\"retour\" value=\"([^\"]+)\"").matcher(signInPage);
		assertThat(retour.find()).isTrue();
		String back = retour.group(1).replace("&amp;", "&");
		assertThat(back).startsWith(path + "?reprise=");
		assertThat(this.requests.findAll()
			.stream()
			.filter((r) -> r.getPublicId().equals(path.substring(path.lastIndexOf('/') + 1)))
			.findFirst()
			.orElseThrow()
			.getAnswers()).as("nothing written to the draft before sign-in").doesNotContain("Mme Roux");

		Client stranger = this.citizens.signedIn(other);
		assertThat(stranger.perform(MockMvcRequestBuilders.get(URI.create(back))).getResponse().getStatus())
			.isEqualTo(404);

		MvcResult signedIn = client.post("/connexion", "username", camille.username(), "password", Citizens.PASSWORD,
				"retour", back);
		assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo(back);
		// Signed in again, the page about an expired session (history, back button) goes
		// on
		// to the page it names: the session did not expire.
		assertThat(client.get("/session-expiree?retour=/demandes").getResponse().getRedirectedUrl())
			.isEqualTo("/demandes");
		String restored = client.perform(MockMvcRequestBuilders.get(URI.create(back)))
			.getResponse()
			.getContentAsString();
		assertThat(restored).contains("Votre session avait expiré ; vos réponses ont été conservées",
				"value=\"14 quai de la Consigne\"", "Sonner chez Mme Roux");
		assertThat(title(restored)).startsWith("Étape 1 sur ");

		// The autosave says the session expired; a personal page says so too.
		client.expireSession(this.jdbc);
		assertThat(client.post(path + "/enregistrement", "_step", "0").getResponse().getStatus()).isEqualTo(401);
		assertThat(client.get("/demandes").getResponse().getRedirectedUrl()).endsWith("/connexion?inactive");
		assertThat(client.get("/connexion?inactive").getResponse().getContentAsString()).contains(
				"Votre session a pris fin : après une période sans activité, ou parce que le mot de passe du compte a été changé");
		// A form from a page older than the session (signed in again in another tab): not
		// « Accès refusé » but a page saying the form was not taken into account.
		Client again = this.citizens.signedIn(camille);
		String stale = again
			.perform(MockMvcRequestBuilders.post("/compte/modifier").param("_csrf", "jeton-d-une-page-ancienne"))
			.getResponse()
			.getRedirectedUrl();
		assertThat(stale).isEqualTo("/session-expiree?retour=/compte/modifier&formulaire=1");
		assertThat(again.perform(MockMvcRequestBuilders.get(URI.create(stale))).getResponse().getContentAsString())
			.contains("Formulaire expiré", "il n’a pas été pris en compte", "href=\"/compte/modifier\"")
			.doesNotContain("Votre session a expiré");
		// « Déconnexion » from such a page: a page to confirm it, with a fresh form; a
		// visitor opening that address goes home.
		assertThat(
				again.perform(MockMvcRequestBuilders.post("/deconnexion").param("_csrf", "jeton-d-une-page-ancienne"))
					.getResponse()
					.getRedirectedUrl())
			.isEqualTo("/deconnexion");
		assertThat(again.get("/deconnexion").getResponse().getContentAsString()).contains("Me déconnecter",
				"action=\"/deconnexion\"");
		assertThat(again.post("/deconnexion").getResponse().getRedirectedUrl()).isEqualTo("/?deconnecte");
		assertThat(this.citizens.client().get("/deconnexion").getResponse().getRedirectedUrl()).isEqualTo("/");
		// Signing out of a session already gone: signed out, not a page about a lost form
		// whose link leads to the sign-out address.
		assertThat(client
			.perform(MockMvcRequestBuilders.post("/deconnexion").param("_csrf", "jeton-de-la-session-expiree"))
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/?deconnecte");
		// Signed out in another tab (the session cookie deleted): a form of an older tab
		// of this site is a stale form, « Déconnexion » is done; a form of another site
		// posted without a session stays refused.
		Client signedOut = this.citizens.client();
		String lost = signedOut
			.perform(MockMvcRequestBuilders.post("/compte/modifier")
				.param("_csrf", "jeton-d-un-onglet-deconnecte")
				.header("Origin", "http://localhost"))
			.getResponse()
			.getRedirectedUrl();
		assertThat(lost).isEqualTo("/session-expiree?retour=/compte/modifier&formulaire=1");
		assertThat(signedOut.perform(MockMvcRequestBuilders.get(URI.create(lost))).getResponse().getContentAsString())
			.contains("Formulaire expiré", "vérifiez que votre navigateur accepte les cookies");
		assertThat(signedOut
			.perform(MockMvcRequestBuilders.post("/deconnexion")
				.param("_csrf", "jeton-d-un-onglet-deconnecte")
				.header("Origin", "http://localhost"))
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/?deconnecte");
		assertThat(this.citizens.client()
			.perform(MockMvcRequestBuilders.post("/compte/modifier")
				.param("_csrf", "jeton-force")
				.header("Origin", "https://autre-site.example"))
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

	@Test
	void filesPostedAfterTheSessionExpiredJoinTheDraftOnlyWhenItsOwnerSignsBackIn() throws Exception {
		Citizen camille = this.citizens.validated().named("Camille", "Martin").withAddress().create();
		Citizen other = this.citizens.validated().named("Paul", "Durand").withAddress().create();
		MemberView lea = this.citizens.addChild(camille, "Léa", 7);
		Client client = this.citizens.signedIn(camille);
		String path = client.post("/demarches/SCO/nouvelle").getResponse().getRedirectedUrl();
		client.post(path, "_step", "0", "_action", "next", "child", lea.publicId());
		client.post(path, "_step", "1", "_action", "next", "school-year", "2026-2027", "level",
				"Cours préparatoire (CP)", "school", "École élémentaire Jules-Ferry");
		client.post(path, "_step", "2", "_action", "next", "parent-email", camille.getEmail(), "parent-phone",
				Citizens.PHONE, "parent-address.line", Citizens.LINE, "parent-address.postcode", "34200",
				"parent-address.commune", "Sète");
		client.post(path, "_step", "3", "_action", "next", "pai", "false", "certify", "true");
		UUID draftId = draft(path).getId();
		client.expireSession(this.jdbc);

		// The documents step: one good file, one refused, one original on paper.
		MvcResult posted = client.perform(multipart(path + "/pieces")
			.file(new MockMultipartFile("document:livret-famille", "livret de Léa.pdf", "application/pdf",
					SampleFiles.pdf()))
			.file(new MockMultipartFile("document:carnet-vaccinations", "carnet.pdf", "application/pdf",
					SampleFiles.html()))
			.param("paper", "justificatif-domicile")
			.param("_action", "next"));
		String back = backAfterSignIn(client, posted);
		assertThat(back).startsWith(path + "/pieces?reprise=");
		assertThat(this.attachments.of(draftId)).as("nothing written to the draft before sign-in").isEmpty();
		assertThat(this.papers.of(draftId)).isEmpty();
		Client stranger = this.citizens.signedIn(other);
		assertThat(stranger.perform(MockMvcRequestBuilders.get(URI.create(back))).getResponse().getStatus())
			.isEqualTo(404);

		client.post("/connexion", "username", camille.username(), "password", Citizens.PASSWORD, "retour", back);
		String restored = client.perform(MockMvcRequestBuilders.get(URI.create(back)))
			.getResponse()
			.getContentAsString();
		assertThat(restored).contains("les fichiers et les choix que vous aviez envoyés ont été conservés",
				"livret de Léa.pdf", "Le fichier « carnet.pdf » n’est pas dans un format accepté");
		assertThat(restored).containsPattern("value=\"justificatif-domicile\"[^>]*checked");
		assertThat(this.attachments.of(draftId)).extracting(AttachmentView::name).containsExactly("livret de Léa.pdf");
		assertThat(this.papers.of(draftId)).extracting(PaperOriginals.Item::key)
			.containsExactly("justificatif-domicile");
		client.perform(MockMvcRequestBuilders.get(URI.create(back)));
		assertThat(this.attachments.of(draftId)).as("handed over once").hasSize(1);

		// A file field on a form step: the photo comes back with the answers.
		String report = client.post("/demarches/VOIRIE/nouvelle").getResponse().getRedirectedUrl();
		UUID reportId = draft(report).getId();
		client.expireSession(this.jdbc);
		MvcResult photo = client.perform(
				multipart(report).file(new MockMultipartFile("photo", "lampadaire.png", "image/png", SampleFiles.png()))
					.param("_step", "0")
					.param("_action", "next")
					.param("category", "Éclairage public en panne")
					.param("description", "Lampadaire éteint depuis lundi"));
		String reportBack = backAfterSignIn(client, photo);
		assertThat(this.attachments.of(reportId)).isEmpty();
		client.post("/connexion", "username", camille.username(), "password", Citizens.PASSWORD, "retour", reportBack);
		String step = client.perform(MockMvcRequestBuilders.get(URI.create(reportBack)))
			.getResponse()
			.getContentAsString();
		assertThat(step).contains("Lampadaire éteint depuis lundi", "lampadaire.png");
		assertThat(this.attachments.of(reportId)).extracting(AttachmentView::slot).containsExactly("photo");
	}

	private String backAfterSignIn(Client client, MvcResult posted) throws Exception {
		String signIn = posted.getResponse().getRedirectedUrl();
		assertThat(signIn).startsWith("/connexion?conservee&retour=");
		String signInPage = client.perform(MockMvcRequestBuilders.get(URI.create(signIn)))
			.getResponse()
			.getContentAsString();
		Matcher retour = Pattern.compile("name=\"retour\" value=\"([^\"]+)\"").matcher(signInPage);
		assertThat(retour.find()).isTrue();
		return retour.group(1).replace("&amp;", "&");
	}

	private Request draft(String path) {
		String publicId = path.substring(path.lastIndexOf('/') + 1);
		return this.requests.findAll()
			.stream()
			.filter((r) -> r.getPublicId().equals(publicId))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void procedureAndFilterDatesAreTypedTheSameWayAndTheSameMistakeGetsTheSameMessage() throws Exception {
		DraftSteps steps = new DraftSteps(this.pages, this.requests);
		Citizen camille = this.citizens.validated().named("Camille", "Martin").withAddress().create();
		String odp = steps.start(camille, "ODP");
		String step = this.pages.page(camille, DraftSteps.draftPath(odp));
		String filters = this.pages.page(camille, "/demandes");
		for (String html : List.of(step, filters)) {
			Matcher inputs = Pattern.compile("<input[^>]*class=\"input--date\"[^>]*>").matcher(html);
			int count = 0;
			while (inputs.find()) {
				count++;
				assertThat(inputs.group()).contains("type=\"text\"", "inputmode=\"numeric\"", "maxlength=\"10\"",
						"-format");
			}
			assertThat(count).isGreaterThanOrEqualTo(2);
			assertThat(html).contains("Format attendu : JJ/MM/AAAA.").doesNotContain("type=\"date\"");
		}
		String message = "Saisissez une date valide au format JJ/MM/AAAA, par exemple 01/09/2026.";
		String refusedStep = this.pages
			.submit(camille, DraftSteps.draftPath(odp), "_step", "0", "_action", "next", "kind", "Échafaudage", "start",
					"31/02/2026", "end", "")
			.getResponse()
			.getContentAsString();
		assertThat(refusedStep).contains(message);
		assertThat(this.pages.page(camille, "/demandes?du=31%2F02%2F2026")).contains(message);
		assertThat(this.pages.page(camille, "/demandes?du=1%2F3%2F2026")).doesNotContain(message);
	}

	/** Ends the client's session on the server, as the idle limit does. */
	/** Every row of every table (sessions aside: a GET may touch its own). */
	private Map<String, String> snapshot() {
		Map<String, String> rows = new TreeMap<>();
		for (String table : this.jdbc
			.queryForList("select table_name from information_schema.tables where table_schema = 'PUBLIC' "
					+ "and table_type = 'BASE TABLE'", String.class)) {
			if (table.toLowerCase().startsWith("spring_session") || table.equalsIgnoreCase("shedlock")) {
				continue;
			}
			StringBuilder text = new StringBuilder();
			for (Map<String, Object> row : this.jdbc.queryForList("select * from " + table)) {
				row.forEach((column, value) -> text.append(column)
					.append('=')
					.append((value instanceof byte[] bytes) ? Arrays.hashCode(bytes) : value)
					.append(';'));
				text.append('\n');
			}
			rows.put(table, text.toString());
		}
		return rows;
	}

	private static String firstSubmit(String html) {
		Matcher matcher = FIRST_SUBMIT.matcher(html);
		assertThat(matcher.find()).as("a step form with a submit button").isTrue();
		return matcher.group(1);
	}

	private static String title(String html) {
		Matcher matcher = TITLE.matcher(html);
		assertThat(matcher.find()).as("a <title>").isTrue();
		return matcher.group(1);
	}

}
