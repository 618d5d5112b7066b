package fr.comptecitoyen.request;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import fr.comptecitoyen.account.PersonalDataContributor;
import fr.comptecitoyen.form.Answers;
import fr.comptecitoyen.household.MemberView;
import fr.comptecitoyen.request.internal.References;
import fr.comptecitoyen.request.internal.Request;
import fr.comptecitoyen.request.internal.RequestRepository;
import fr.comptecitoyen.request.internal.Submission;
import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import fr.comptecitoyen.support.Mailbox;
import fr.comptecitoyen.support.MutableClock;
import fr.comptecitoyen.support.Pages;
import fr.comptecitoyen.support.PortalTest;
import fr.comptecitoyen.support.StatementCounter;
import fr.comptecitoyen.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doReturn;

/**
 * "Envoyer ma demande": everything validated again, a reference, the status and the
 * acknowledgement in one transaction; one request for a double post; the account's state
 * respected; the confirmation page, the email and the PDF receipt; a handful of SQL
 * statements.
 */
@PortalTest
class SubmissionTests {

	@Autowired
	Citizens citizens;

	@Autowired
	Pages pages;

	@Autowired
	RequestRepository requests;

	DraftSteps steps;

	@BeforeEach
	void steps() {
		this.steps = new DraftSteps(this.pages, this.requests);
	}

	@Autowired
	MutableClock clock;

	private static final String REFERENCE = "^\\d{4}-[A-Z]+-[23456789A-HJ-NP-Z]{6}$";

	@Autowired
	Mailbox mailbox;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	Submission submission;

	@Autowired
	List<PersonalDataContributor> contributors;

	@MockitoSpyBean
	References references;

	@Test
	void pendingAccountSendsAndGetsAReferenceAConfirmationAndAnAcknowledgement() throws Exception {
		Citizen jean = this.citizens.pending().named("Jean", "Dupont").withAddress().create();
		String id = this.steps.start(jean, "ENC");
		this.steps.fillBulkyItems(jean, id);
		String location = this.steps.send(jean, id, this.submission.newKey());

		Request sent = this.steps.draft(id);
		assertThat(sent.getStatus()).isEqualTo(RequestStatus.SUBMITTED);
		assertThat(sent.getReference()).matches(REFERENCE).startsWith(yearNow() + "-ENC-");
		assertThat(location).isEqualTo("/demarches/envoyee/" + sent.getReference());
		assertThat(this.jdbc.queryForList("select verb from request_history where request_id = ?", String.class,
				sent.getId()))
			.containsExactly("SUBMIT");
		String page = this.pages.page(jean, location);
		assertThat(page).contains(sent.getReference(), "Votre demande est envoyée", "10 jours ouvrés",
				"href=\"/demandes/" + sent.getReference() + "\"",
				"href=\"/demandes/" + sent.getReference() + "/recu.pdf\"");

		this.mailbox.drain();
		List<MimeMessage> mails = TestMail.to(jean.getEmail());
		assertThat(mails).hasSize(1);
		String text = TestMail.plainText(mails.get(0));
		assertThat(mails.get(0).getSubject()).contains("Accusé de réception", sent.getReference());
		assertThat(text).contains(sent.getReference(), "Enlèvement des encombrants",
				"Adresse : 8 rue des Tamaris, 34200 Sète", "Objet n° 1 : Type d’objet : Meuble, Quantité : 2",
				"Objet n° 2 : Type d’objet : Matelas, Quantité : 1", "Conditions d’accès : Portail bleu",
				"http://localhost:8080/demandes/" + sent.getReference());
	}

	@Test
	void doublePostMakesOneRequestAndOneEmail() throws Exception {
		Citizen camille = this.citizens.validated().named("Camille", "Martin").withAddress().create();
		String id = this.steps.start(camille, "ENC");
		this.steps.fillBulkyItems(camille, id);
		String key = this.submission.newKey();
		String first = this.steps.send(camille, id, key);
		String second = this.steps.send(camille, id, key);
		String third = this.steps.send(camille, id, this.submission.newKey());
		assertThat(second).isEqualTo(first);
		assertThat(third).as("a post on a sent draft").isEqualTo(first);
		assertThat(submittedCount(camille)).isEqualTo(1);
		this.mailbox.drain();
		assertThat(TestMail.to(camille.getEmail())).hasSize(1);
		String reference = first.substring(first.lastIndexOf('/') + 1);
		assertThat(this.pages.page(camille, "/demarches/brouillons/" + id)).as("back to the summary after sending")
			.contains("Demande " + reference + " déjà envoyée", "href=\"/demandes/" + reference + "\"")
			.doesNotContain("Envoyer ma demande", "name=\"_action\"");
	}

	@Test
	void racingPostsOfTheSameDraftMakeOneRequest() throws Exception {
		Citizen camille = this.citizens.validated().named("Camille", "Martin").withAddress().create();
		String id = this.steps.start(camille, "ENC");
		this.steps.fillBulkyItems(camille, id);
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Callable<Submission.Outcome> post = () -> {
				go.await();
				return this.submission.submit(camille.getId(), id, this.submission.newKey());
			};
			Future<Submission.Outcome> one = pool.submit(post);
			Future<Submission.Outcome> two = pool.submit(post);
			go.countDown();
			Submission.Sent first = (Submission.Sent) one.get();
			Submission.Sent second = (Submission.Sent) two.get();
			assertThat(first.reference()).isEqualTo(second.reference());
			assertThat(first.justSent() ^ second.justSent()).as("one post sent it, the other found it sent").isTrue();
		}
		finally {
			pool.shutdown();
		}
		assertThat(submittedCount(camille)).isEqualTo(1);
		this.mailbox.drain();
		assertThat(TestMail.to(camille.getEmail())).hasSize(1);
	}

	@Test
	void referencesFollowTheFormatAndStayUniqueOverMany() throws Exception {
		Citizen camille = this.citizens.validated().named("Camille", "Martin").withAddress().create();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 25; i++) {
			String id = this.steps.start(camille, "ENC");
			this.steps.fillBulkyItems(camille, id);
			this.steps.send(camille, id, this.submission.newKey());
			String reference = this.steps.draft(id).getReference();
			assertThat(reference).matches(REFERENCE);
			assertThat(seen.add(reference)).as("unique: %s", reference).isTrue();
		}
		assertThat(this.jdbc.queryForObject(
				"select count(distinct reference) from citizen_request where account_id = ? and status = 'SUBMITTED'",
				Integer.class, camille.getId()))
			.isEqualTo(25);
	}

	@Test
	void aReferenceAlreadyTakenIsDrawnAgain() throws Exception {
		Citizen camille = this.citizens.validated().named("Camille", "Martin").withAddress().create();
		String firstId = this.steps.start(camille, "ENC");
		this.steps.fillBulkyItems(camille, firstId);
		this.steps.send(camille, firstId, this.submission.newKey());
		String taken = this.steps.draft(firstId).getReference();

		String id = this.steps.start(camille, "ENC");
		this.steps.fillBulkyItems(camille, id);
		doReturn(taken).doCallRealMethod().when(this.references).reference(anyString());
		this.steps.send(camille, id, this.submission.newKey());
		assertThat(this.steps.draft(id).getReference()).matches(REFERENCE).isNotEqualTo(taken);
		doCallRealMethod().when(this.references).reference(anyString());
	}

	@Test
	void suspendedAccountCannotSendItsDraft() throws Exception {
		Citizen sam = this.citizens.validated().named("Sam", "Suspendu").withAddress().create();
		String id = this.steps.start(sam, "ENC");
		this.steps.fillBulkyItems(sam, id);
		this.citizens.suspend(sam, "Vérification en cours");
		;
		MvcResult result = this.pages.submit(sam, DraftSteps.draftPath(id), "_step", "-1", "_action", "send",
				"submissionKey", this.submission.newKey());
		assertThat(result.getResponse().getStatus()).isEqualTo(403);
		assertThat(result.getResponse().getContentAsString()).contains("Votre Compte Citoyen est suspendu");
		assertThat(this.steps.draft(id).getStatus()).isEqualTo(RequestStatus.DRAFT);
		assertThat(this.steps.draft(id).getReference()).isNull();
	}

	@Test
	void missingAnswersSendBackToTheSummaryWithLinksToTheirSteps() throws Exception {
		Citizen camille = this.citizens.validated().named("Camille", "Martin").withAddress().create();
		String id = this.steps.start(camille, "ENC");
		MvcResult result = this.pages.submit(camille, DraftSteps.draftPath(id), "_step", "-1", "_action", "send",
				"submissionKey", this.submission.newKey());
		String html = result.getResponse().getContentAsString();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(html).contains("Certaines réponses sont à compléter ou à corriger",
				"href=\"/demarches/brouillons/" + id + "?etape=1#f-items-add\"",
				"href=\"/demarches/brouillons/" + id + "?etape=2#f-commitment\"", "8 rue des Tamaris");
		assertThat(this.steps.draft(id).getStatus()).isEqualTo(RequestStatus.DRAFT);
		String step = this.pages.page(camille, DraftSteps.draftPath(id) + "?etape=1");
		assertThat(step).contains("Étape 2 sur 3", "Objet : Remplissez au moins une ligne.", "id=\"f-items-add\"");
	}

	@Test
	void publicSpaceOccupationEndingBeforeItStartsIsRefusedAtItsStepAndAtSending() throws Exception {
		Citizen camille = this.citizens.validated("Camille", "Martin");
		String id = this.steps.start(camille, "ODP");
		String path = DraftSteps.draftPath(id);
		DateTimeFormatter french = DateTimeFormatter.ofPattern("dd/MM/yyyy");
		java.time.LocalDate today = this.clock.instant().atZone(ZoneId.of("Europe/Paris")).toLocalDate();
		String start = french.format(today.plusDays(20));
		String end = french.format(today.plusDays(5));
		String step = this.pages
			.submit(camille, path, "_step", "0", "_action", "next", "kind", "Échafaudage", "start", start, "end", end)
			.getResponse()
			.getContentAsString();
		assertThat(step).contains("Étape 1 sur 3",
				"Date de fin : Saisissez une date identique ou postérieure à « Date de début » (" + start + ").",
				"value=\"" + end + "\"");
		this.pages.submit(camille, path, "_step", "0", "_action", "save", "kind", "Échafaudage", "start", start, "end",
				end);
		this.pages.submit(camille, path, "_step", "1", "_action", "next", "address.line", Citizens.LINE,
				"address.postcode", "34200", "address.commune", "Sète", "length", "4", "sidewalk", "false");
		String summary = this.pages
			.submit(camille, path, "_step", "-1", "_action", "send", "submissionKey", this.submission.newKey())
			.getResponse()
			.getContentAsString();
		assertThat(summary).contains("Certaines réponses sont à compléter ou à corriger", "#f-end\"");
		assertThat(this.steps.draft(id).getStatus()).isEqualTo(RequestStatus.DRAFT);
		assertThat(this.steps.draft(id).getReference()).isNull();
	}

	@Test
	void nonEditablePrefilledNameResistsATamperedPostUpToTheSentRequest() throws Exception {
		Citizen camille = this.citizens.validated().named("Camille", "Martin").withAddress().create();
		MemberView lea = this.citizens.addChild(camille, "Léa", 7);
		String id = this.steps.start(camille, "SCO");
		String path = DraftSteps.draftPath(id);
		this.pages.submit(camille, path, "_step", "0", "_action", "next", "child", lea.publicId());
		this.pages.submit(camille, path, "_step", "1", "_action", "next", "school-year", "2026-2027", "level",
				"Cours préparatoire (CP)", "school", "École élémentaire Jules-Ferry");
		assertThat(this.pages.page(camille, path)).contains("id=\"f-parent-last-name\"", "readonly");
		this.pages.submit(camille, path, "_step", "2", "_action", "next", "parent-last-name", "Pirate",
				"parent-first-name", "Pirate", "parent-email", camille.getEmail(), "parent-phone", Citizens.PHONE,
				"parent-address.line", Citizens.LINE, "parent-address.postcode", "34200", "parent-address.commune",
				"Sète");
		assertThat(Answers.fromJson(this.steps.draft(id).getAnswers(), this.json).text("parent-last-name"))
			.isEqualTo("Martin");
		this.pages.submit(camille, path, "_step", "3", "_action", "next", "pai", "false", "certify", "true");
		this.steps.send(camille, id, this.submission.newKey());

		Request sent = this.steps.draft(id);
		assertThat(sent.getStatus()).isEqualTo(RequestStatus.SUBMITTED);
		Answers answers = Answers.fromJson(sent.getAnswers(), this.json);
		assertThat(answers.text("parent-last-name")).isEqualTo("Martin");
		assertThat(answers.text("parent-first-name")).isEqualTo("Camille");
		assertThat(sent.getMemberPublicId()).isEqualTo(lea.publicId());
		assertThat(sent.getMemberName()).isEqualTo("Léa Martin");
		this.mailbox.drain();
		assertThat(TestMail.plainText(TestMail.to(camille.getEmail()).get(0))).contains("Nom : Martin")
			.doesNotContain("Pirate");
	}

	@Test
	void pdfReceiptShowsCommuneReferenceDateAndAnswers() throws Exception {
		Citizen camille = this.citizens.validated().named("Camille", "Martin").withAddress().create();
		String id = this.steps.start(camille, "ENC");
		this.steps.fillBulkyItems(camille, id);
		this.steps.send(camille, id, this.submission.newKey());
		Request sent = this.steps.draft(id);
		MvcResult result = this.pages
			.perform(this.pages.getAs(camille, "/demandes/" + sent.getReference() + "/recu.pdf"));
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(result.getResponse().getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"recu-" + sent.getReference() + ".pdf\"");
		assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(result.getResponse().getHeader("Cache-Control")).contains("no-store");
		String text = new PdfTextExtractor(new PdfReader(result.getResponse().getContentAsByteArray()))
			.getTextFromPage(1);
		String when = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
			.format(sent.getSubmittedAt().atZone(ZoneId.of("Europe/Paris")));
		assertThat(text).contains("Ma Commune", "Numéro de demande : " + sent.getReference(), "Envoyée le " + when,
				"Enlèvement des encombrants", "8 rue des Tamaris, 34200 Sète", "Type d’objet : Meuble", "Portail bleu",
				"/demandes/" + sent.getReference());
	}

	@Test
	void someoneElsesConfirmationAndReceiptAreNotFound() throws Exception {
		Citizen camille = this.citizens.validated().named("Camille", "Martin").withAddress().create();
		Citizen paul = this.citizens.validated().named("Paul", "Durand").withAddress().create();
		String id = this.steps.start(camille, "ENC");
		this.steps.fillBulkyItems(camille, id);
		this.steps.send(camille, id, this.submission.newKey());
		String reference = this.steps.draft(id).getReference();
		assertThat(
				this.pages.perform(this.pages.getAs(paul, "/demarches/envoyee/" + reference)).getResponse().getStatus())
			.isEqualTo(404);
		assertThat(this.pages.perform(this.pages.getAs(paul, "/demandes/" + reference + "/recu.pdf"))
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(this.submission.submit(paul.getId(), id, this.submission.newKey()))
			.isInstanceOf(Submission.NotFound.class);
		assertThat(this.pages.perform(this.pages.getAs(paul, "/demandes/2026-ENC-ZZZZZZ/recu.pdf"))
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	void sendingTakesAHandfulOfStatementsWhateverTheNumberOfAnswers() throws Exception {
		Citizen camille = this.citizens.validated().named("Camille", "Martin").withAddress().create();
		String small = this.steps.start(camille, "ENC");
		this.steps.fillBulkyItems(camille, small);
		String large = this.steps.start(camille, "ENC");
		this.steps.fillBulkyItems(camille, large);
		String[] rows = new String[10 * 6 + 4];
		rows[0] = "_step";
		rows[1] = "1";
		rows[2] = "_action";
		rows[3] = "next";
		for (int i = 0; i < 10; i++) {
			rows[4 + i * 6] = "items[" + i + "]._row";
			rows[5 + i * 6] = "";
			rows[6 + i * 6] = "items[" + i + "].kind";
			rows[7 + i * 6] = "Meuble";
			rows[8 + i * 6] = "items[" + i + "].quantity";
			rows[9 + i * 6] = "1";
		}
		this.pages.submit(camille, DraftSteps.draftPath(large), rows);
		assertThat(Answers.fromJson(this.steps.draft(large).getAnswers(), this.json).rows("items")).hasSize(10);

		List<String> one = count(camille, small);
		List<String> ten = count(camille, large);
		assertThat(one).as("statements of a submission: %s", one).hasSizeLessThanOrEqualTo(10);
		assertThat(ten).as("ten rows cost no more statements than two").hasSameSizeAs(one);
	}

	@Test
	void personalDataExportListsRequestsAndDraftsWithAnswersAndHistory() throws Exception {
		Citizen camille = this.citizens.validated().named("Camille", "Martin").withAddress().create();
		String sentId = this.steps.start(camille, "ENC");
		this.steps.fillBulkyItems(camille, sentId);
		this.steps.send(camille, sentId, this.submission.newKey());
		String draftId = this.steps.start(camille, "SCO");
		PersonalDataContributor requests = this.contributors.stream()
			.filter((c) -> c.section().equals("demandes"))
			.findFirst()
			.orElseThrow();
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> data = (List<Map<String, Object>>) requests.data(camille.getId());
		assertThat(data).extracting((r) -> r.get("identifiantBrouillon")).containsExactlyInAnyOrder(sentId, draftId);
		Map<String, Object> sent = data.stream()
			.filter((r) -> sentId.equals(r.get("identifiantBrouillon")))
			.findFirst()
			.orElseThrow();
		assertThat(sent.get("numero")).isEqualTo(this.steps.draft(sentId).getReference());
		assertThat(sent.get("reponses").toString()).contains("Portail bleu", "Meuble");
		assertThat(sent.get("historique").toString()).contains("SUBMIT");
		assertThat(requests.data(this.citizens.validated().named("Paul", "Durand").withAddress().create().getId()))
			.asList()
			.isEmpty();
	}

	private List<String> count(Citizen account, String publicId) {
		StatementCounter.start();
		Submission.Outcome outcome = this.submission.submit(account.getId(), publicId, this.submission.newKey());
		List<String> statements = StatementCounter.stop();
		assertThat(outcome).isInstanceOf(Submission.Sent.class);
		return statements;
	}

	private int submittedCount(Citizen account) {
		return this.jdbc.queryForObject(
				"select count(*) from citizen_request where account_id = ? and status = 'SUBMITTED'", Integer.class,
				account.getId());
	}

	private String yearNow() {
		return String.valueOf(this.clock.instant().atZone(ZoneId.of("Europe/Paris")).getYear());
	}

}
