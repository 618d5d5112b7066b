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
import fr.comptecitoyen.account.internal.Account;
import fr.comptecitoyen.form.Answers;
import fr.comptecitoyen.household.MemberView;
import fr.comptecitoyen.notification.internal.OutboxRelay;
import fr.comptecitoyen.request.internal.References;
import fr.comptecitoyen.request.internal.Request;
import fr.comptecitoyen.request.internal.Submission;
import fr.comptecitoyen.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.doCallRealMethod;

/**
 * "Envoyer ma demande": everything validated again, a reference, the status and the
 * acknowledgement in one transaction; one request for a double post; the account's state
 * respected; the confirmation page, the email and the PDF receipt; a handful of SQL
 * statements.
 */
@Import(StatementCounter.Config.class)
class SubmissionTests extends RequestWebTest {

	private static final String REFERENCE = "^\\d{4}-[A-Z]+-[23456789A-HJ-NP-Z]{6}$";

	@Autowired
	OutboxRelay relay;

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
		Account jean = this.citizens.pending("Jean", "Dupont");
		String id = start(jean, "ENC");
		fillBulkyItems(jean, id);
		String location = send(jean, id, this.submission.newKey());

		Request sent = draft(id);
		assertThat(sent.getStatus()).isEqualTo(RequestStatus.SUBMITTED);
		assertThat(sent.getReference()).matches(REFERENCE).startsWith(yearNow() + "-ENC-");
		assertThat(location).isEqualTo("/demarches/envoyee/" + sent.getReference());
		assertThat(this.jdbc.queryForList("select verb from request_history where request_id = ?", String.class,
				sent.getId()))
			.containsExactly("SUBMIT");
		String page = page(jean, location);
		assertThat(page).contains(sent.getReference(), "Votre demande est envoyée", "10 jours ouvrés",
				"href=\"/demandes/" + sent.getReference() + "\"",
				"href=\"/demandes/" + sent.getReference() + "/recu.pdf\"");

		this.relay.drain();
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
		Account camille = this.citizens.validated("Camille", "Martin");
		String id = start(camille, "ENC");
		fillBulkyItems(camille, id);
		String key = this.submission.newKey();
		String first = send(camille, id, key);
		String second = send(camille, id, key);
		String third = send(camille, id, this.submission.newKey());
		assertThat(second).isEqualTo(first);
		assertThat(third).as("a post on a sent draft").isEqualTo(first);
		assertThat(submittedCount(camille)).isEqualTo(1);
		this.relay.drain();
		assertThat(TestMail.to(camille.getEmail())).hasSize(1);
		String reference = first.substring(first.lastIndexOf('/') + 1);
		assertThat(page(camille, "/demarches/brouillons/" + id)).as("back to the summary after sending")
			.contains("Demande " + reference + " déjà envoyée", "href=\"/demandes/" + reference + "\"")
			.doesNotContain("Envoyer ma demande", "name=\"_action\"");
	}

	@Test
	void racingPostsOfTheSameDraftMakeOneRequest() throws Exception {
		Account camille = this.citizens.validated("Camille", "Martin");
		String id = start(camille, "ENC");
		fillBulkyItems(camille, id);
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
			assertThat(one.get()).isInstanceOf(Submission.Sent.class).isEqualTo(two.get());
		}
		finally {
			pool.shutdown();
		}
		assertThat(submittedCount(camille)).isEqualTo(1);
		this.relay.drain();
		assertThat(TestMail.to(camille.getEmail())).hasSize(1);
	}

	@Test
	void referencesFollowTheFormatAndStayUniqueOverMany() throws Exception {
		Account camille = this.citizens.validated("Camille", "Martin");
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 25; i++) {
			String id = start(camille, "ENC");
			fillBulkyItems(camille, id);
			send(camille, id, this.submission.newKey());
			String reference = draft(id).getReference();
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
		Account camille = this.citizens.validated("Camille", "Martin");
		String firstId = start(camille, "ENC");
		fillBulkyItems(camille, firstId);
		send(camille, firstId, this.submission.newKey());
		String taken = draft(firstId).getReference();

		String id = start(camille, "ENC");
		fillBulkyItems(camille, id);
		doReturn(taken).doCallRealMethod().when(this.references).reference(anyString());
		send(camille, id, this.submission.newKey());
		assertThat(draft(id).getReference()).matches(REFERENCE).isNotEqualTo(taken);
		doCallRealMethod().when(this.references).reference(anyString());
	}

	@Test
	void suspendedAccountCannotSendItsDraft() throws Exception {
		Account sam = this.citizens.validated("Sam", "Suspendu");
		String id = start(sam, "ENC");
		fillBulkyItems(sam, id);
		Account reloaded = this.citizens.reload(sam);
		reloaded.suspend("Vérification en cours", this.clock.instant());
		this.citizens.save(reloaded);
		MvcResult result = postAs(sam, draftPath(id), "_step", "-1", "_action", "send", "submissionKey",
				this.submission.newKey());
		assertThat(result.getResponse().getStatus()).isEqualTo(403);
		assertThat(result.getResponse().getContentAsString()).contains("Votre Compte Citoyen est suspendu");
		assertThat(draft(id).getStatus()).isEqualTo(RequestStatus.DRAFT);
		assertThat(draft(id).getReference()).isNull();
	}

	@Test
	void missingAnswersSendBackToTheSummaryWithLinksToTheirSteps() throws Exception {
		Account camille = this.citizens.validated("Camille", "Martin");
		String id = start(camille, "ENC");
		MvcResult result = postAs(camille, draftPath(id), "_step", "-1", "_action", "send", "submissionKey",
				this.submission.newKey());
		String html = result.getResponse().getContentAsString();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(html).contains("Certaines réponses sont à compléter ou à corriger",
				"href=\"/demarches/brouillons/" + id + "?etape=1#f-items-add\"",
				"href=\"/demarches/brouillons/" + id + "?etape=2#f-commitment\"", "8 rue des Tamaris");
		assertThat(draft(id).getStatus()).isEqualTo(RequestStatus.DRAFT);
		String step = page(camille, draftPath(id) + "?etape=1");
		assertThat(step).contains("Étape 2 sur 3", "Objet : Remplissez au moins une ligne.", "id=\"f-items-add\"");
	}

	@Test
	void nonEditablePrefilledNameResistsATamperedPostUpToTheSentRequest() throws Exception {
		Account camille = this.citizens.validated("Camille", "Martin");
		MemberView lea = this.citizens.child(camille, "Léa", 7);
		String id = start(camille, "SCO");
		String path = draftPath(id);
		postAs(camille, path, "_step", "0", "_action", "next", "child", lea.publicId());
		postAs(camille, path, "_step", "1", "_action", "next", "school-year", "2026-2027", "level",
				"Cours préparatoire (CP)", "school", "École élémentaire Jules-Ferry");
		assertThat(page(camille, path)).contains("id=\"f-parent-last-name\"", "readonly");
		postAs(camille, path, "_step", "2", "_action", "next", "parent-last-name", "Pirate", "parent-first-name",
				"Pirate", "parent-email", camille.getEmail(), "parent-phone", RequestCitizens.PHONE,
				"parent-address.line", RequestCitizens.LINE, "parent-address.postcode", "34200",
				"parent-address.commune", "Sète");
		assertThat(Answers.fromJson(draft(id).getAnswers(), this.json).text("parent-last-name")).isEqualTo("Martin");
		postAs(camille, path, "_step", "3", "_action", "next", "pai", "false", "certify", "true");
		send(camille, id, this.submission.newKey());

		Request sent = draft(id);
		assertThat(sent.getStatus()).isEqualTo(RequestStatus.SUBMITTED);
		Answers answers = Answers.fromJson(sent.getAnswers(), this.json);
		assertThat(answers.text("parent-last-name")).isEqualTo("Martin");
		assertThat(answers.text("parent-first-name")).isEqualTo("Camille");
		assertThat(sent.getMemberPublicId()).isEqualTo(lea.publicId());
		assertThat(sent.getMemberName()).isEqualTo("Léa Martin");
		this.relay.drain();
		assertThat(TestMail.plainText(TestMail.to(camille.getEmail()).get(0))).contains("Nom : Martin")
			.doesNotContain("Pirate");
	}

	@Test
	void pdfReceiptShowsCommuneReferenceDateAndAnswers() throws Exception {
		Account camille = this.citizens.validated("Camille", "Martin");
		String id = start(camille, "ENC");
		fillBulkyItems(camille, id);
		send(camille, id, this.submission.newKey());
		Request sent = draft(id);
		MvcResult result = perform(getAs(camille, "/demandes/" + sent.getReference() + "/recu.pdf"));
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
		Account camille = this.citizens.validated("Camille", "Martin");
		Account paul = this.citizens.validated("Paul", "Durand");
		String id = start(camille, "ENC");
		fillBulkyItems(camille, id);
		send(camille, id, this.submission.newKey());
		String reference = draft(id).getReference();
		assertThat(perform(getAs(paul, "/demarches/envoyee/" + reference)).getResponse().getStatus()).isEqualTo(404);
		assertThat(perform(getAs(paul, "/demandes/" + reference + "/recu.pdf")).getResponse().getStatus())
			.isEqualTo(404);
		assertThat(this.submission.submit(paul.getId(), id, this.submission.newKey()))
			.isInstanceOf(Submission.NotFound.class);
		assertThat(perform(getAs(paul, "/demandes/2026-ENC-ZZZZZZ/recu.pdf")).getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void sendingTakesAHandfulOfStatementsWhateverTheNumberOfAnswers() throws Exception {
		Account camille = this.citizens.validated("Camille", "Martin");
		String small = start(camille, "ENC");
		fillBulkyItems(camille, small);
		String large = start(camille, "ENC");
		fillBulkyItems(camille, large);
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
		postAs(camille, draftPath(large), rows);
		assertThat(Answers.fromJson(draft(large).getAnswers(), this.json).rows("items")).hasSize(10);

		List<String> one = count(camille, small);
		List<String> ten = count(camille, large);
		assertThat(one).as("statements of a submission: %s", one).hasSizeLessThanOrEqualTo(10);
		assertThat(ten).as("ten rows cost no more statements than two").hasSameSizeAs(one);
	}

	@Test
	void personalDataExportListsRequestsAndDraftsWithAnswersAndHistory() throws Exception {
		Account camille = this.citizens.validated("Camille", "Martin");
		String sentId = start(camille, "ENC");
		fillBulkyItems(camille, sentId);
		send(camille, sentId, this.submission.newKey());
		String draftId = start(camille, "SCO");
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
		assertThat(sent.get("numero")).isEqualTo(draft(sentId).getReference());
		assertThat(sent.get("reponses").toString()).contains("Portail bleu", "Meuble");
		assertThat(sent.get("historique").toString()).contains("SUBMIT");
		assertThat(requests.data(this.citizens.validated("Paul", "Durand").getId())).asList().isEmpty();
	}

	private List<String> count(Account account, String publicId) {
		StatementCounter.start();
		Submission.Outcome outcome = this.submission.submit(account.getId(), publicId, this.submission.newKey());
		List<String> statements = StatementCounter.stop();
		assertThat(outcome).isInstanceOf(Submission.Sent.class);
		return statements;
	}

	private int submittedCount(Account account) {
		return this.jdbc.queryForObject(
				"select count(*) from citizen_request where account_id = ? and status = 'SUBMITTED'", Integer.class,
				account.getId());
	}

	private String yearNow() {
		return String.valueOf(this.clock.instant().atZone(ZoneId.of("Europe/Paris")).getYear());
	}

}
