package fr.comptecitoyen.request;

import java.util.UUID;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import fr.comptecitoyen.document.AttachmentView;
import fr.comptecitoyen.document.Attachments;
import fr.comptecitoyen.document.PaperOriginals;
import fr.comptecitoyen.household.MemberView;
import fr.comptecitoyen.request.internal.RequestRepository;
import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import fr.comptecitoyen.support.Mailbox;
import fr.comptecitoyen.support.Pages;
import fr.comptecitoyen.support.PortalTest;
import fr.comptecitoyen.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * "Je n'ai que l'original papier", end to end: the Pièces justificatives step before the
 * Récapitulatif, sending never blocked by missing documents, the checklist "À apporter au
 * guichet" on the request's page, in the acknowledgement email and on the PDF receipt,
 * the counter's received mark, and a document uploaded later from the request's page.
 */
@PortalTest
class PaperOriginalsTests {

	@Autowired
	Citizens citizens;

	@Autowired
	Pages pages;

	@Autowired
	MockMvc mvc;

	@Autowired
	RequestRepository requests;

	@Autowired
	Mailbox mailbox;

	@Autowired
	Attachments attachments;

	@Autowired
	PaperOriginals papers;

	DraftSteps steps;

	@BeforeEach
	void steps() {
		this.steps = new DraftSteps(this.pages, this.requests);
	}

	@Test
	void schoolEnrolmentWithOneUploadOnePaperOriginalAndOneMissingShowsTheChecklistEverywhere() throws Exception {
		Citizen camille = this.citizens.validated("Camille", "Martin");
		MemberView lea = this.citizens.addChild(camille, "Léa", 7);
		String id = this.steps.start(camille, "SCO");
		String afterForm = fillSchool(camille, id, lea);
		assertThat(afterForm).as("the last step leads to the documents").isEqualTo(DraftSteps.draftPath(id));
		assertThat(perform(this.pages.getAs(camille, DraftSteps.draftPath(id))).getResponse().getRedirectedUrl())
			.isEqualTo(DraftSteps.draftPath(id) + "/pieces");
		String documentsPage = this.pages.page(camille, DraftSteps.draftPath(id) + "/pieces");
		assertThat(documentsPage).contains("Pièces justificatives", "Je n’ai que l’original papier",
				"Livret de famille ou extrait d’acte de naissance de l’enfant", "enctype=\"multipart/form-data\"");

		MvcResult documents = perform(multipart(DraftSteps.draftPath(id) + "/pieces")
			.file(new MockMultipartFile("document:livret-famille", "livret.pdf", "application/pdf", SampleFiles.pdf()))
			.param("paper", "justificatif-domicile")
			.param("paper", "livret-famille") // uploaded too: the file wins
			.param("_action", "next")
			.with(user(camille.principal()))
			.with(csrf()));
		assertThat(documents.getResponse().getRedirectedUrl()).isEqualTo(DraftSteps.draftPath(id));
		String summary = this.pages.page(camille, DraftSteps.draftPath(id));
		assertThat(summary).contains("Récapitulatif", "livret.pdf", "Original papier à apporter au guichet",
				"Non fourni : à apporter au guichet");

		String sent = this.steps.send(camille, id, "cle-de-test-0123456789");
		String reference = sent.substring("/demarches/envoyee/".length());
		UUID holder = this.steps.draft(id).getId();

		String requestPage = this.pages.page(camille, "/demandes/" + reference);
		AttachmentView livret = this.attachments.of(holder).get(0);
		assertThat(requestPage).contains("À apporter au guichet", "Justificatif de domicile de moins de trois mois",
				"Carnet de santé (pages des vaccinations obligatoires)", "/pieces-jointes/" + livret.id(),
				"livret.pdf");
		assertThat(this.papers.of(holder)).extracting(PaperOriginals.Item::key)
			.containsExactly("justificatif-domicile", "carnet-vaccinations");

		this.mailbox.drain();
		MimeMessage acknowledgement = TestMail.to(camille.getEmail()).get(0);
		// The files sent online are listed too, not only the originals to bring.
		assertThat(TestMail.plainText(acknowledgement)).contains("envoyé en ligne : livret.pdf");
		assertThat(TestMail.html(acknowledgement)).contains("envoyé en ligne : livret.pdf");
		assertThat(TestMail.plainText(acknowledgement)).contains("À apporter au guichet",
				"- Justificatif de domicile de moins de trois mois", "- Carnet de santé (pages des vaccinations");

		byte[] pdf = perform(this.pages.getAs(camille, "/demandes/" + reference + "/recu.pdf")).getResponse()
			.getContentAsByteArray();
		String receipt = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
		assertThat(receipt).contains("À apporter au guichet", "Justificatif de domicile de moins de trois mois",
				"envoyé en ligne : livret.pdf");

		assertThat(this.papers.markReceived(holder, "justificatif-domicile", "Agent Lefèvre")).isTrue();
		assertThat(this.papers.markReceived(holder, "justificatif-domicile", "Agent Lefèvre")).as("received once only")
			.isFalse();
		assertThat(this.pages.page(camille, "/demandes/" + reference)).contains("Original reçu au guichet le");
	}

	@Test
	void documentUploadedLaterFromTheRequestPageLeavesTheChecklist() throws Exception {
		Citizen camille = this.citizens.validated("Camille", "Martin");
		MemberView lea = this.citizens.addChild(camille, "Léa", 7);
		String id = this.steps.start(camille, "SCO");
		fillSchool(camille, id, lea);
		this.pages.submit(camille, DraftSteps.draftPath(id) + "/pieces", "_action", "next");
		String reference = this.steps.send(camille, id, "cle-de-test-9876543210")
			.substring("/demarches/envoyee/".length());
		UUID holder = this.steps.draft(id).getId();
		assertThat(this.papers.of(holder)).hasSize(3);
		String sentPage = this.pages.page(camille, "/demandes/" + reference);
		assertThat(sentPage).contains("Joindre une pièce maintenant")
			.as("a sent request's files cannot be taken back")
			.doesNotContain("removefile:");
		assertThat(perform(multipart("/demandes/" + reference + "/pieces").with(user(camille.principal())).with(csrf()))
			.getResponse()
			.getRedirectedUrl()).as("nothing chosen is not reported as received")
			.isEqualTo("/demandes/" + reference + "?aucun-fichier#pieces");
		assertThat(this.pages.page(camille, "/demandes/" + reference + "?aucun-fichier"))
			.contains("Aucun fichier n’a été choisi");

		MvcResult refused = perform(multipart("/demandes/" + reference + "/pieces")
			.file(new MockMultipartFile("document:carnet-vaccinations", "carnet.pdf", "text/html", SampleFiles.html()))
			.with(user(camille.principal()))
			.with(csrf()));
		// Shown at once, on the page the post answers with (nothing waits in the session
		// for a page a script may have fetched already).
		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		assertThat(refused.getResponse().getContentAsString()).contains("error-summary",
				"n’est pas dans un format accepté");
		assertThat(this.pages.page(camille, "/demandes/" + reference)).doesNotContain("n’est pas dans un format");

		MvcResult later = perform(multipart("/demandes/" + reference + "/pieces")
			.file(new MockMultipartFile("document:carnet-vaccinations", "carnet.pdf", "application/pdf",
					SampleFiles.pdf()))
			.with(user(camille.principal()))
			.with(csrf()));
		assertThat(later.getResponse().getRedirectedUrl())
			.isEqualTo("/demandes/" + reference + "?pieces-recues#pieces");
		assertThat(this.papers.of(holder)).extracting(PaperOriginals.Item::key)
			.containsExactly("livret-famille", "justificatif-domicile");
		assertThat(this.pages.page(camille, "/demandes/" + reference + "?pieces-recues")).contains("carnet.pdf",
				"Vos fichiers ont été joints à la demande.");
	}

	@Test
	void someoneElsesRequestTakesNoUpload() throws Exception {
		Citizen camille = this.citizens.validated("Camille", "Martin");
		Citizen paul = this.citizens.validated("Paul", "Durand");
		MemberView lea = this.citizens.addChild(camille, "Léa", 7);
		String id = this.steps.start(camille, "SCO");
		fillSchool(camille, id, lea);
		this.pages.submit(camille, DraftSteps.draftPath(id) + "/pieces", "_action", "next");
		String reference = this.steps.send(camille, id, "cle-de-test-5555555555")
			.substring("/demarches/envoyee/".length());
		MvcResult result = perform(multipart("/demandes/" + reference + "/pieces")
			.file(new MockMultipartFile("document:carnet-vaccinations", "carnet.pdf", "application/pdf",
					SampleFiles.pdf()))
			.with(user(paul.principal()))
			.with(csrf()));
		assertThat(result.getResponse().getStatus()).isEqualTo(404);
		assertThat(this.attachments.of(this.steps.draft(id).getId())).isEmpty();
	}

	/** Walks the school enrolment form to its end: the redirect after the last step. */
	private String fillSchool(Citizen account, String id, MemberView child) throws Exception {
		String path = DraftSteps.draftPath(id);
		this.pages.submit(account, path, "_step", "0", "_action", "next", "child", child.publicId());
		this.pages.submit(account, path, "_step", "1", "_action", "next", "school-year", "2026-2027", "level",
				"Cours préparatoire (CP)", "school", "École élémentaire Jules-Ferry");
		this.pages.submit(account, path, "_step", "2", "_action", "next", "parent-email", account.getEmail(),
				"parent-phone", Citizens.PHONE, "parent-address.line", Citizens.LINE, "parent-address.postcode",
				"34200", "parent-address.commune", "Sète");
		return this.pages.submit(account, path, "_step", "3", "_action", "next", "pai", "false", "certify", "true")
			.getResponse()
			.getRedirectedUrl();
	}

	MvcResult perform(RequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn();
	}

}
