package fr.comptecitoyen.instruction;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import fr.comptecitoyen.document.Attachments;
import fr.comptecitoyen.document.PaperOriginals;
import fr.comptecitoyen.document.UploadOutcome;
import fr.comptecitoyen.instruction.StaffEvents.RequestOpened;
import fr.comptecitoyen.instruction.internal.StaffMember;
import fr.comptecitoyen.request.RequestChangedException;
import fr.comptecitoyen.request.RequestInstruction;
import fr.comptecitoyen.request.RequestStatus;
import fr.comptecitoyen.request.tracking.TrackingData;
import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import fr.comptecitoyen.support.Client;
import fr.comptecitoyen.support.Mailbox;
import fr.comptecitoyen.support.SentRequests;
import fr.comptecitoyen.support.SentRequests.Sent;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request as the agent sees it and the agents' actions on it, through the pages: each
 * action's timeline line, email (GreenMail) and portal message; the opinion round trip
 * between two departments, never shown to the citizen; refusal without a motive; two
 * agents on the same request (optimistic locking); citizen-typed payloads shown inert;
 * files, ZIP and originals' checklist with their audit entries; department isolation of
 * every page and action; the reminder of a dated information message.
 */
@StaffTest
@RecordApplicationEvents
class RequestInstructionTests {

	private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@Autowired
	StaffMembers staff;

	@Autowired
	TrackingData data;

	@Autowired
	Citizens citizens;

	@Autowired
	Mailbox mailbox;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Attachments attachments;

	@Autowired
	PaperOriginals originals;

	@Autowired
	SentRequests sent;

	@Autowired
	ApplicationEvents events;

	@Autowired
	RequestInstruction instruction;

	@Test
	void theAgentSeesTheRequestItsCitizenAndFilesAndEachViewIsAuditedAndPublished() throws Exception {
		Citizen camille = this.citizens.pending()
			.named("Camille", "Martin")
			.withPhone("06 12 34 56 78", fr.comptecitoyen.account.ContactPreference.PHONE)
			.create();
		Sent request = this.sent.submitted(camille, "ENC");
		StaffMember agent = technique();
		Client client = signedIn(agent);

		String page = page(client, request.reference());

		assertThat(page).contains(request.reference(), "Compte temporaire", "06 12 34 56 78", "Par téléphone",
				"Camille", "Martin", "Demande envoyée", "Notes internes", "Prendre en charge");
		assertThat(page).contains("/agent/demandes/" + request.reference() + "/precedente",
				"/agent/demandes/" + request.reference() + "/suivante");
		assertThat(audit("REQUEST_VIEWED", request.reference())).isEqualTo(1);
		assertThat(this.events.stream(RequestOpened.class)
			.filter((e) -> e.reference().equals(request.reference()) && e.staffId().equals(agent.getId()))).hasSize(1);
	}

	@Test
	void aVisitorsRequestIsReadFromTheAgentsSideNamingTheRequesterAndWhoMustAnswer() throws Exception {
		String email = Citizens.unique("visiteur") + "@example.org";
		Sent request = this.sent.visitor("NAISSANCE", email, "Łucja", "Wałęsa");
		Client client = signedIn(this.staff.create(Set.of(StaffRole.AGENT), "etat-civil"));

		String page = page(client, request.reference());
		assertThat(page).contains("Le demandeur, Łucja Wałęsa (demande envoyée sans compte)", "Réponses du demandeur")
			.doesNotContain("Le titulaire du compte", "Vos réponses");

		act(client, request.reference(), "question", "question", "Merci de préciser la commune de naissance.");
		assertThat(page(client, request.reference())).contains("En attente du demandeur")
			.doesNotContain("votre réponse");
		String queue = client.get("/agent/demandes?onglet=attente-citoyen&q=" + email)
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(queue).contains(">En attente du demandeur</option>", "Łucja Wałęsa").doesNotContain("votre réponse");
		assertThat(client.get("/agent").getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("<title>Accueil – Espace agents – ")
			.doesNotContain("Espace agents – Espace agents");
	}

	@Test
	void theQueryStringOfTheQueueIsCarriedToPreviousAndNextAndBackAfterAnAction() throws Exception {
		Sent request = this.sent.submitted(this.data.citizen("Camille", "Martin"), "ENC");
		Client client = signedIn(technique());
		String page = client.get("/agent/demandes/" + request.reference() + "?statut=SUBMITTED&page=2")
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("/agent/demandes/" + request.reference() + "/suivante?statut=SUBMITTED&amp;page=2");
		MvcResult taken = client.post("/agent/demandes/" + request.reference() + "/prise-en-charge", "version",
				version(page), "queue", "statut=SUBMITTED&page=2");
		assertThat(taken.getResponse().getRedirectedUrl())
			.isEqualTo("/agent/demandes/" + request.reference() + "?fait=TAKE_IN_CHARGE&statut=SUBMITTED&page=2");

		// Whatever the field holds, it only makes parameters of this page's address.
		for (String tampered : new String[] { "/\\evil.example", "https://evil.example/", "q=%ZZ&page=1",
				"q=a%26b%3Dc+d%2B&{x}=1" }) {
			MvcResult noted = client.post("/agent/demandes/" + request.reference() + "/notes", "note", "Vu.", "queue",
					tampered);
			String target = noted.getResponse().getRedirectedUrl();
			assertThat(target).as(tampered)
				.startsWith("/agent/demandes/" + request.reference() + "?fait=")
				.doesNotContain("//", "\\", "{");
			assertThat(URI.create(target).getHost()).isNull();
		}
		String kept = client
			.post("/agent/demandes/" + request.reference() + "/notes", "note", "Vu.", "queue", "q=a%26b%3Dc+d%2B")
			.getResponse()
			.getRedirectedUrl();
		assertThat(UriComponentsBuilder.fromUriString(kept).build(true).getQueryParams().getFirst("q"))
			.isEqualTo("a%26b%3Dc%20d%2B");
	}

	@Test
	void everyActionWritesTheTimelineAndItsEmailWhichTheCitizenAlsoSeesOnThePortal() throws Exception {
		Citizen camille = this.data.citizen("Camille", "Martin");
		Sent request = this.sent.submitted(camille, "ENC");
		String ref = request.reference();
		StaffMember agent = technique();
		Client client = signedIn(agent);
		this.mailbox.drain();
		int before = this.mailbox.mails(camille.getEmail()).size();

		act(client, ref, "prise-en-charge");
		assertThat(status(ref)).isEqualTo(RequestStatus.IN_INSTRUCTION);
		assertThat(current(ref).assigneeId()).isEqualTo(agent.getId());

		act(client, ref, "question", "question", "Merci de joindre une photo des objets.");
		assertThat(status(ref)).isEqualTo(RequestStatus.AWAITING_CITIZEN);

		Client citizen = this.citizens.signedIn(camille);
		assertThat(citizen.get("/demandes/" + ref).getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("Merci de joindre une photo des objets.");
		citizen.post("/demandes/" + ref + "/repondre", "message", "Voici : une armoire et deux chaises.");
		assertThat(status(ref)).as("the citizen's answer brings it back").isEqualTo(RequestStatus.IN_INSTRUCTION);
		assertThat(page(client, ref)).contains("Voici : une armoire et deux chaises.");

		LocalDate pickup = this.staff.clock().today().plusDays(5);
		act(client, ref, "information", "information", "Nos équipes passeront dans la matinée.", "informationDate",
				pickup.toString());
		act(client, ref, "acceptation", "acceptComment", "Enlèvement confirmé.");
		assertThat(status(ref)).isEqualTo(RequestStatus.ACCEPTED);

		List<String> mails = this.mailbox.mails(camille.getEmail());
		List<String> news = mails.subList(before, mails.size());
		assertThat(news).anySatisfy((m) -> assertThat(m).contains("Une information est attendue", "photo des objets"))
			.anySatisfy((m) -> assertThat(m).contains("Information sur votre demande", "dans la matinée"))
			.anySatisfy((m) -> assertThat(m).contains(ref, "Enlèvement confirmé."));
		String inbox = citizen.get("/messages").getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(inbox).contains("Une information est attendue", "Information sur votre demande");
		String requestPage = citizen.get("/demandes/" + ref).getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(requestPage).contains("Nos équipes passeront dans la matinée.", "Enlèvement confirmé.",
				"Demande acceptée");

		String agentPage = page(client, ref);
		assertThat(agentPage).contains("Demande prise en charge", "Complément demandé", "Réponse envoyée",
				"Message d’information", "Demande acceptée");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'REQUEST_ACTED' and object_ref like ?", Integer.class,
				"demande:" + ref + ":%"))
			.isEqualTo(4);
	}

	@Test
	void aRefusalWithoutMotiveIsRefusedNextToTheFieldAndAMotiveReachesTheCitizen() throws Exception {
		Citizen camille = this.data.citizen("Camille", "Martin");
		Sent request = this.sent.submitted(camille, "ENC");
		String ref = request.reference();
		Client client = signedIn(technique());
		String page = page(client, ref);

		MvcResult refused = client.post("/agent/demandes/" + ref + "/refus", "version", version(page), "motive", "  ");
		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		String again = refused.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(again).contains("Le motif du refus est obligatoire", "id=\"motive-error\"", "aria-invalid=\"true\"",
				"href=\"#motive\"");
		assertThat(status(ref)).isEqualTo(RequestStatus.SUBMITTED);

		act(client, ref, "refus", "motive", "Hors périmètre de collecte.");
		assertThat(status(ref)).isEqualTo(RequestStatus.REFUSED);
		assertThat(this.mailbox.mails(camille.getEmail()))
			.anySatisfy((m) -> assertThat(m).contains("Hors périmètre de collecte."));
	}

	@Test
	void aForbiddenActionIsExplainedNeverAStackTrace() throws Exception {
		Sent request = this.sent.submitted(this.data.citizen("Camille", "Martin"), "ENC");
		String ref = request.reference();
		Client client = signedIn(technique());
		String page = page(client, ref);
		act(client, ref, "classement");
		MvcResult late = client.post("/agent/demandes/" + ref + "/acceptation", "version",
				String.valueOf(current(ref).version()), "acceptComment", "Trop tard");
		assertThat(late.getResponse().getStatus()).isEqualTo(409);
		assertThat(late.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("Cette action n’est plus possible : la demande est maintenant « Clôturée »")
			.doesNotContain("Exception", "Trop tard");
		assertThat(page).contains("name=\"version\"");
	}

	@Test
	void whenAnotherAgentActedFirstTheSecondIsToldByWhomAndKeepsWhatTheyTyped() throws Exception {
		Sent request = this.sent.submitted(this.data.citizen("Camille", "Martin"), "ENC");
		String ref = request.reference();
		StaffMember first = technique();
		Client one = signedIn(first);
		Client two = signedIn(technique());
		String seenByTwo = page(two, ref);

		act(one, ref, "prise-en-charge");
		MvcResult late = two.post("/agent/demandes/" + ref + "/refus", "version", version(seenByTwo), "motive",
				"Mon motif <b>gras</b> soigneusement rédigé");

		assertThat(late.getResponse().getStatus()).isEqualTo(409);
		String body = late.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).contains("Cette demande vient d’être modifiée par " + first.getDisplayName(),
				"Mon motif &lt;b&gt;gras&lt;/b&gt; soigneusement rédigé");
		assertThat(status(ref)).isEqualTo(RequestStatus.IN_INSTRUCTION);
		assertThat(historyLines(ref)).isEqualTo(2);
	}

	@Test
	void twoAgentsActingAtTheSameMomentOnTheSameVersionLeaveOneWinner() throws Exception {
		Sent request = this.sent.submitted(this.data.citizen("Camille", "Martin"), "ENC");
		String ref = request.reference();
		long version = current(ref).version();
		RequestInstruction.Access access = new RequestInstruction.Access(Set.of("ENC"), Set.of("services-techniques"));
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<String>> runs = new ArrayList<>();
		for (String agent : List.of("Agent Un", "Agent Deux")) {
			runs.add(pool.submit(() -> {
				start.await();
				try {
					this.instruction.refuse(ref, version, access,
							new RequestInstruction.Agent(UUID.randomUUID(), agent, agent), "Motif de " + agent);
					return "won";
				}
				catch (RequestChangedException | OptimisticLockingFailureException lost) {
					return "lost";
				}
			}));
		}
		start.countDown();
		List<String> outcomes = new ArrayList<>();
		for (Future<String> run : runs) {
			outcomes.add(run.get(30, TimeUnit.SECONDS));
		}
		pool.shutdown();
		assertThat(outcomes).containsExactlyInAnyOrder("won", "lost");
		assertThat(historyLines(ref)).isEqualTo(2);
		assertThat(status(ref)).isEqualTo(RequestStatus.REFUSED);
	}

	@Test
	void anOpinionIsAskedOfAnotherDepartmentAnsweredAmongInternalNotesAndNeverShownToTheCitizen() throws Exception {
		Citizen camille = this.data.citizen("Camille", "Martin");
		Sent request = this.sent.submitted(camille, "ENC");
		String ref = request.reference();
		Client technique = signedIn(technique());
		StaffMember educationAgent = this.staff.create(Set.of(StaffRole.AGENT), "education");
		Client education = signedIn(educationAgent);
		assertThat(education.get("/agent/demandes/" + ref).getResponse().getStatus()).isEqualTo(404);

		act(technique, ref, "avis", "opinionDepartment", "education", "opinionQuestion",
				"Question confidentielle au service Éducation ?");
		assertThat(status(ref)).isEqualTo(RequestStatus.SUBMITTED);

		String shared = page(education, ref);
		assertThat(shared).contains("transmise pour avis", "Question confidentielle au service Éducation ?",
				"Rendre l’avis");
		assertThat(shared).doesNotContain("/prise-en-charge", "/refus\"", "/notes\"");
		String version = version(page(technique, ref));
		assertThat(education.post("/agent/demandes/" + ref + "/refus", "version", version, "motive", "Non")
			.getResponse()
			.getStatus()).as("read-only for the department asked").isEqualTo(404);
		assertThat(education.post("/agent/demandes/" + ref + "/prise-en-charge", "version", version)
			.getResponse()
			.getStatus()).isEqualTo(404);

		MvcResult given = education.post("/agent/demandes/" + ref + "/avis/reponse", "department", "education",
				"opinion", "Avis favorable, secret interne.");
		assertThat(given.getResponse().getRedirectedUrl()).startsWith("/agent/demandes/" + ref + "?fait=GIVE_OPINION");
		assertThat(page(technique, ref)).contains("Avis favorable, secret interne.",
				"Avis de " + educationAgent.getDisplayName());
		assertThat(current(ref).department()).isEqualTo("services-techniques");

		Client citizen = this.citizens.signedIn(camille);
		String citizenPage = citizen.get("/demandes/" + ref).getResponse().getContentAsString(StandardCharsets.UTF_8);
		String inbox = citizen.get("/messages").getResponse().getContentAsString(StandardCharsets.UTF_8);
		for (String secret : List.of("Avis favorable", "Question confidentielle", "Avis demandé", "Avis rendu")) {
			assertThat(citizenPage).doesNotContain(secret);
			assertThat(inbox).doesNotContain(secret);
			assertThat(this.mailbox.mails(camille.getEmail())).noneSatisfy((m) -> assertThat(m).contains(secret));
		}
		String data = citizen.get("/compte/donnees.json").getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(data).doesNotContain("Avis favorable", "Question confidentielle");
	}

	@Test
	void internalNotesAreForAgentsOnly() throws Exception {
		Citizen camille = this.data.citizen("Camille", "Martin");
		Sent request = this.sent.submitted(camille, "ENC");
		String ref = request.reference();
		Client client = signedIn(technique());
		MvcResult empty = client.post("/agent/demandes/" + ref + "/notes", "note", " ");
		assertThat(empty.getResponse().getStatus()).isEqualTo(422);
		client.post("/agent/demandes/" + ref + "/notes", "note", "Voisin déjà passé la semaine dernière.");
		assertThat(page(client, ref)).contains("Voisin déjà passé la semaine dernière.");
		String citizenPage = this.citizens.signedIn(camille)
			.get("/demandes/" + ref)
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(citizenPage).doesNotContain("Voisin déjà passé");
	}

	@Test
	void assignmentGoesToAnAgentOfTheDepartmentOnly() throws Exception {
		Sent request = this.sent.submitted(this.data.citizen("Camille", "Martin"), "ENC");
		String ref = request.reference();
		Client client = signedIn(technique());
		StaffMember colleague = technique();
		StaffMember outsider = this.staff.create(Set.of(StaffRole.AGENT), "education");
		MvcResult wrong = client.post("/agent/demandes/" + ref + "/attribution", "version", version(page(client, ref)),
				"assignee", outsider.getUsername());
		assertThat(wrong.getResponse().getStatus()).isEqualTo(422);
		act(client, ref, "attribution", "assignee", colleague.getUsername());
		RequestInstruction.Case assigned = current(ref);
		assertThat(assigned.assigneeId()).isEqualTo(colleague.getId());
		assertThat(page(client, ref)).contains("Demande attribuée", colleague.getDisplayName());
	}

	@Test
	void onlyAnAdministratorReopensWithAReasonAndTheCitizenIsTold() throws Exception {
		Citizen camille = this.data.citizen("Camille", "Martin");
		Sent request = this.sent.submitted(camille, "ENC");
		String ref = request.reference();
		Client agent = signedIn(technique());
		act(agent, ref, "refus", "motive", "Hors périmètre.");
		assertThat(page(agent, ref)).doesNotContain("/reouverture");
		assertThat(agent
			.post("/agent/demandes/" + ref + "/reouverture", "version", version(page(agent, ref)), "reason", "Erreur")
			.getResponse()
			.getStatus()).isEqualTo(403);

		Client admin = signedIn(
				this.staff.create(Set.of(StaffRole.AGENT, StaffRole.ADMINISTRATOR), "services-techniques"));
		MvcResult noReason = admin.post("/agent/demandes/" + ref + "/reouverture", "version", version(page(admin, ref)),
				"reason", "");
		assertThat(noReason.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("La raison de la réouverture est obligatoire");
		act(admin, ref, "reouverture", "reason", "Le motif de refus était erroné.");
		RequestInstruction.Case reopened = current(ref);
		assertThat(reopened.status()).isEqualTo(RequestStatus.IN_INSTRUCTION);
		assertThat(reopened.decision()).isNull();
		assertThat(this.mailbox.mails(camille.getEmail()))
			.anySatisfy((m) -> assertThat(m).contains("est rouverte", "Le motif de refus était erroné."));
	}

	@Test
	void citizenTypedTextIsShownInertOnTheAgentPage() throws Exception {
		String script = "<script>alert(1)</script>";
		Citizen camille = this.citizens.validated()
			.named("Camille" + script, "Martin<img src=x onerror=alert(2)>")
			.create();
		Sent request = this.sent.submitted(camille, "ENC");
		String ref = request.reference();
		Client client = signedIn(technique());
		act(client, ref, "question", "question", "Précisez ?");
		this.citizens.signedIn(camille)
			.post("/demandes/" + ref + "/repondre", "message", "Réponse " + script + "<b onmouseover=x>");
		UploadOutcome stored = this.attachments.store(request.id(), camille.getId(), "photos",
				"photo" + script + ".pdf", new ByteArrayInputStream(pdf()), Set.of("application/pdf"), 1_000_000);
		assertThat(stored).isInstanceOf(UploadOutcome.Stored.class);

		String page = page(client, ref);
		assertThat(page).doesNotContain("<script>alert", "<img src=x", "<b onmouseover");
		assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b onmouseover=x&gt;");
	}

	@Test
	void filesAreDownloadedAsAttachmentsOneByOneOrAsAZipEachAuditedNeverWhileBeingChecked() throws Exception {
		Citizen camille = this.data.citizen("Camille", "Martin");
		Sent request = this.sent.submitted(camille, "ENC");
		String ref = request.reference();
		String first = stored(request, camille, "facture\u202Efdp.pdf");
		String second = stored(request, camille, "facture\u202Efdp.pdf");
		String pending = stored(request, camille, "attente.pdf");
		this.jdbc.update("update attachment set scan = 'PENDING' where public_id = ?", pending);
		Client client = signedIn(technique());

		MvcResult file = client.get("/agent/demandes/" + ref + "/fichiers/" + first);
		assertThat(file.getResponse().getStatus()).isEqualTo(200);
		assertThat(file.getResponse().getHeader("Content-Disposition"))
			.startsWith("attachment; filename=\"facturefdp.pdf\"");
		assertThat(file.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(file.getResponse().getContentAsByteArray()).isEqualTo(pdf());
		assertThat(client.get("/agent/demandes/" + ref + "/fichiers/" + pending).getResponse().getStatus())
			.isEqualTo(404);
		assertThat(page(client, ref)).contains("en cours de vérification");

		MvcResult zip = client.get("/agent/demandes/" + ref + "/fichiers.zip");
		assertThat(zip.getResponse().getHeader("Content-Disposition")).startsWith("attachment;");
		List<String> names = new ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(
				new ByteArrayInputStream(zip.getResponse().getContentAsByteArray()))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				names.add(entry.getName());
			}
		}
		assertThat(names).containsExactly("Autres fichiers/facturefdp.pdf", "Autres fichiers/facturefdp (2).pdf");
		assertThat(second).isNotEqualTo(first);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'REQUEST_FILE_DOWNLOADED' and object_ref = ?",
				Integer.class, "demande:" + ref + ":" + first))
			.isEqualTo(1);
		assertThat(audit("REQUEST_FILES_DOWNLOADED", ref)).isEqualTo(1);
	}

	@Test
	void filesAreListedAndZippedUnderTheSupportingDocumentTheyAnswer() throws Exception {
		Citizen camille = this.data.citizen("Camille", "Martin");
		Sent request = this.sent.submitted(camille, "SCO");
		String ref = request.reference();
		stored(request, camille, "document:justificatif-domicile", "ok.pdf");
		stored(request, camille, "document:livret-famille", "ok.pdf");
		stored(request, camille, "document:livret-famille", "ok.pdf");
		stored(request, camille, "ancien-champ", "ok.pdf");
		Client client = signedIn(this.staff.create(Set.of(StaffRole.AGENT), "education"));

		String page = page(client, ref);
		String files = page.substring(page.indexOf("id=\"files-title\""));
		String family = "Livret de famille ou extrait d’acte de naissance de l’enfant";
		String home = "Justificatif de domicile de moins de trois mois";
		assertThat(files).as("in the procedure's order, unnamed slots last")
			.containsSubsequence(">" + family + "</h3>", "ok.pdf", "ok.pdf", ">" + home + "</h3>", "ok.pdf",
					">Autres fichiers</h3>", "ok.pdf");

		MvcResult zip = client.get("/agent/demandes/" + ref + "/fichiers.zip");
		List<String> names = new ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(
				new ByteArrayInputStream(zip.getResponse().getContentAsByteArray()))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				names.add(entry.getName());
			}
		}
		assertThat(names).containsExactly(family + "/ok.pdf", family + "/ok (2).pdf", home + "/ok.pdf",
				"Autres fichiers/ok.pdf");
	}

	@Test
	void anOriginalIsTickedAsReceivedWithTheDateAndTheAgent() throws Exception {
		Sent request = this.sent.submitted(this.data.citizen("Camille", "Martin"), "ENC");
		String ref = request.reference();
		this.originals.mark(request.id(), "justificatif", "Justificatif de domicile", 0);
		StaffMember agent = technique();
		Client client = signedIn(agent);
		assertThat(page(client, ref)).contains("Justificatif de domicile", "Marquer comme reçu");
		MvcResult ticked = client.post("/agent/demandes/" + ref + "/originaux/justificatif");
		assertThat(ticked.getResponse().getRedirectedUrl()).contains("fait=original");
		assertThat(this.originals.of(request.id())).singleElement()
			.satisfies((item) -> assertThat(item.receivedBy()).isEqualTo(agent.getDisplayName()));
		assertThat(page(client, ref)).contains("reçu le", agent.getDisplayName());
	}

	@Test
	void anAgentOfAnotherDepartmentGets404OnEveryPageDownloadAndAction() throws Exception {
		Citizen camille = this.data.citizen("Camille", "Martin");
		Sent request = this.sent.submitted(camille, "ENC");
		String ref = request.reference();
		String file = stored(request, camille, "photo.pdf");
		this.originals.mark(request.id(), "justificatif", "Justificatif de domicile", 0);
		String version = String.valueOf(current(ref).version());
		Client other = signedIn(this.staff.create(Set.of(StaffRole.AGENT, StaffRole.ADMINISTRATOR), "education"));
		String base = "/agent/demandes/" + ref;

		for (String path : List.of(base, base + "/fichiers/" + file, base + "/fichiers.zip")) {
			assertThat(other.get(path).getResponse().getStatus()).as(path).isEqualTo(404);
		}
		for (String action : List.of("prise-en-charge", "attribution", "question", "avis", "information", "acceptation",
				"refus", "classement", "reouverture", "notes", "originaux/justificatif")) {
			MvcResult result = other.post(base + "/" + action, "version", version, "assignee", "x", "question", "Q",
					"opinionDepartment", "education", "opinionQuestion", "Q", "information", "I", "acceptComment", "A",
					"motive", "M", "closeComment", "C", "reason", "R", "note", "N");
			assertThat(result.getResponse().getStatus()).as(action).isEqualTo(404);
		}
		assertThat(
				other.post(base + "/avis/reponse", "department", "education", "opinion", "O").getResponse().getStatus())
			.isEqualTo(404);
		RequestInstruction.Case untouched = current(ref);
		assertThat(untouched.status()).isEqualTo(RequestStatus.SUBMITTED);
		assertThat(historyLines(ref)).isEqualTo(1);
		assertThat(this.originals.of(request.id())).allSatisfy((item) -> assertThat(item.received()).isFalse());
		// Nothing done, and every attempt is in the journal.
		assertThat(this.jdbc.queryForList("select distinct action from audit_event where object_ref like ?",
				String.class, "demande:" + ref + "%"))
			.containsExactly("REQUEST_ACCESS_REFUSED");
		assertThat(audit("REQUEST_ACCESS_REFUSED", ref)).isEqualTo(15);
	}

	@Test
	void aDatedInformationForABulkyItemPickupSendsTheReminderAtSixTheEveningBefore() throws Exception {
		this.staff.clock().set(LocalDateTime.of(2026, 11, 28, 10, 0).atZone(PARIS).toInstant());
		Citizen camille = this.data.citizen("Camille", "Martin");
		Sent request = this.sent.submitted(camille, "ENC");
		String ref = request.reference();
		Client client = signedIn(technique());
		MvcResult past = client.post("/agent/demandes/" + ref + "/information", "version", version(page(client, ref)),
				"information", "Passage", "informationDate", "2026-11-01");
		assertThat(past.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("La date annoncée ne peut pas être passée", "Passage");
		act(client, ref, "acceptation");
		act(client, ref, "information", "information", "Nos équipes passeront le matin.", "informationDate",
				"2026-12-03");

		this.staff.clock().set(LocalDateTime.of(2026, 12, 2, 17, 59).atZone(PARIS).toInstant());
		this.mailbox.remind();
		this.mailbox.drain();
		assertThat(this.mailbox.mails(camille.getEmail()))
			.noneSatisfy((m) -> assertThat(m).contains("Sortez vos encombrants"));
		this.staff.clock().set(LocalDateTime.of(2026, 12, 2, 18, 0).atZone(PARIS).toInstant());
		// Reminders of other tests' requests may fall due at the same time: this one's is
		// checked by its address.
		assertThat(this.mailbox.remind()).isPositive();
		assertThat(this.mailbox.mails(camille.getEmail())).filteredOn((m) -> m.contains("Sortez vos encombrants"))
			.singleElement()
			.asString()
			.contains("03/12/2026", ref);
	}

	private StaffMember technique() {
		return this.staff.create(Set.of(StaffRole.AGENT), "services-techniques");
	}

	private Client signedIn(StaffMember member) throws Exception {
		return this.staff.enrolled(member).client();
	}

	private static String page(Client client, String reference) throws Exception {
		MvcResult result = client.get("/agent/demandes/" + reference);
		assertThat(result.getResponse().getStatus()).as("page of " + reference).isEqualTo(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static String version(String page) {
		Matcher matcher = VERSION.matcher(page);
		assertThat(matcher.find()).as("a versioned form").isTrue();
		return matcher.group(1);
	}

	/** Posts an action with the version the page shows, and expects the page back. */
	private static void act(Client client, String reference, String action, String... params) throws Exception {
		List<String> all = new ArrayList<>(List.of("version", version(page(client, reference))));
		all.addAll(List.of(params));
		MvcResult result = client.post("/agent/demandes/" + reference + "/" + action, all.toArray(String[]::new));
		assertThat(result.getResponse().getRedirectedUrl())
			.as(action + ": " + result.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.startsWith("/agent/demandes/" + reference + "?fait=");
	}

	private RequestStatus status(String reference) {
		return current(reference).status();
	}

	/** The request as the back office reads it, whatever the department. */
	private RequestInstruction.Case current(String reference) {
		return this.instruction.find(reference, new RequestInstruction.Access(Set.of("ENC"), Set.of())).orElseThrow();
	}

	private int historyLines(String reference) {
		return this.jdbc.queryForObject(
				"select count(*) from request_history h join citizen_request r on r.id = h.request_id where r.reference = ?",
				Integer.class, reference);
	}

	private int audit(String action, String reference) {
		return this.jdbc.queryForObject("select count(*) from audit_event where action = ? and object_ref = ?",
				Integer.class, action, "demande:" + reference);
	}

	private String stored(Sent request, Citizen owner, String name) {
		return stored(request, owner, "photos", name);
	}

	private String stored(Sent request, Citizen owner, String slot, String name) {
		UploadOutcome outcome = this.attachments.store(request.id(), owner.getId(), slot, name,
				new ByteArrayInputStream(pdf()), Set.of("application/pdf"), 1_000_000);
		assertThat(outcome).isInstanceOf(UploadOutcome.Stored.class);
		return ((UploadOutcome.Stored) outcome).attachment().id();
	}

	private static byte[] pdf() {
		return ("%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
				+ "2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n")
			.getBytes(StandardCharsets.US_ASCII);
	}

}
