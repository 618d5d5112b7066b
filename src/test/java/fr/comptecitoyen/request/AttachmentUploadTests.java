package fr.comptecitoyen.request;

import java.util.List;
import java.util.UUID;

import fr.comptecitoyen.document.AttachmentView;
import fr.comptecitoyen.document.Attachments;
import fr.comptecitoyen.form.Answers;
import fr.comptecitoyen.request.internal.RequestRepository;
import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import fr.comptecitoyen.support.FileJobs;
import fr.comptecitoyen.support.MutableClock;
import fr.comptecitoyen.support.Pages;
import fr.comptecitoyen.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Uploads of a draft: on the Pièces justificatives step and in a form's file field. The
 * type is decided from the content and must agree with the extension; refused files get a
 * French message next to their field and are not kept, and nothing else typed is lost.
 */
@PortalTest
class AttachmentUploadTests {

	@Autowired
	Citizens citizens;

	@Autowired
	Pages pages;

	@Autowired
	MockMvc mvc;

	@Autowired
	RequestRepository requests;

	@Autowired
	MutableClock clock;

	@Autowired
	Attachments attachments;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	DraftSteps steps;

	@BeforeEach
	void steps() {
		this.steps = new DraftSteps(this.pages, this.requests);
	}

	@Test
	void pdfUploadedOnTheDocumentsStepIsKeptWithItsSanitisedName() throws Exception {
		Citizen camille = this.citizens.validated("Camille", "Martin");
		String id = this.steps.start(camille, "SCO");
		MvcResult result = perform(documents(camille, id, "next")
			.file(file("document:livret-famille", "../../Livret de famille é.pdf", SampleFiles.pdf())));
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(DraftSteps.draftPath(id));
		List<AttachmentView> kept = this.attachments.of(this.steps.draft(id).getId());
		assertThat(kept).singleElement().satisfies((file) -> {
			assertThat(file.name()).isEqualTo("Livret de famille é.pdf");
			assertThat(file.slot()).isEqualTo("document:livret-famille");
			assertThat(file.mediaType()).isEqualTo("application/pdf");
		});
		assertThat(this.pages.page(camille, DraftSteps.draftPath(id))).contains("Pièces justificatives",
				"Livret de famille é.pdf");
	}

	@ParameterizedTest(name = "{0} named {1} is refused")
	@CsvSource({ "html, page.pdf, n’est pas dans un format accepté", "svg, image.png, n’est pas dans un format accepté",
			"exe, programme.pdf, n’est pas dans un format accepté",
			"zip, archive.pdf, n’est pas dans un format accepté", "empty, vide.pdf, est vide",
			"png, photo.pdf, ne correspond pas à son extension" })
	void refusedFileGetsAFrenchMessageNextToItsDocumentAndIsNotKept(String kind, String name, String message)
			throws Exception {
		Citizen camille = this.citizens.validated("Camille", "Martin");
		String id = this.steps.start(camille, "SCO");
		String html = perform(documents(camille, id, "next").file(file("document:livret-famille", name, sample(kind)))
			.param("paper", "justificatif-domicile")).getResponse().getContentAsString();
		assertThat(html).contains("error-summary", "id=\"doc-livret-famille-error\"", message, name);
		assertThat(this.attachments.of(this.steps.draft(id).getId())).isEmpty();
		assertThat(html).as("the paper choice made in the same post is kept")
			.containsPattern("value=\"justificatif-domicile\"[^>]*checked");
	}

	@Test
	void refusedPhotoKeepsEverythingElseTypedOnTheStep() throws Exception {
		Citizen camille = this.citizens.validated("Camille", "Martin");
		String id = this.steps.start(camille, "VOIRIE");
		String html = perform(step(camille, id, 0, "next").file(file("photo", "trou.pdf", SampleFiles.pdf()))
			.param("category", "Autre")
			.param("description", "Un grand trou devant l’école")).getResponse().getContentAsString();
		assertThat(html).contains("n’est pas dans un format accepté", "Un grand trou devant l’école", "id=\"f-photo\"");
		assertThat(Answers.fromJson(this.steps.draft(id).getAnswers(), this.json).text("description"))
			.isEqualTo("Un grand trou devant l’école");
		assertThat(this.attachments.of(this.steps.draft(id).getId())).isEmpty();
	}

	@Test
	void photoLargerThanItsFieldAllowsIsRefusedWithTheLimit() throws Exception {
		Citizen camille = this.citizens.validated("Camille", "Martin");
		String id = this.steps.start(camille, "VOIRIE");
		String html = perform(step(camille, id, 0, "next")
			.file(file("photo", "grande.png", SampleFiles.pngOfSize(5 * 1024 * 1024 + 1)))
			.param("description", "Lampadaire")).getResponse().getContentAsString();
		assertThat(html).contains("dépasse 5 Mo", "Lampadaire");
		assertThat(this.attachments.of(this.steps.draft(id).getId())).isEmpty();
	}

	@Test
	void severalPhotosAreKeptThenOneIsRemovedBeforeSending() throws Exception {
		Citizen camille = this.citizens.validated("Camille", "Martin");
		String id = this.steps.start(camille, "VOIRIE");
		perform(step(camille, id, 0, "save").file(file("photo", "un.png", SampleFiles.png()))
			.file(file("photo", "deux.jpg", SampleFiles.jpeg())));
		List<AttachmentView> kept = this.attachments.of(this.steps.draft(id).getId());
		assertThat(kept).extracting(AttachmentView::name).containsExactly("un.png", "deux.jpg");
		assertThat(Answers.fromJson(this.steps.draft(id).getAnswers(), this.json).get("photo"))
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
			.hasSize(2);
		assertThat(this.pages.page(camille, DraftSteps.draftPath(id))).contains("un.png", "deux.jpg",
				"removefile:" + kept.get(0).id());

		perform(step(camille, id, 0, "removefile:" + kept.get(0).id()));
		assertThat(this.attachments.of(this.steps.draft(id).getId())).extracting(AttachmentView::name)
			.containsExactly("deux.jpg");
		assertThat(this.pages.page(camille, DraftSteps.draftPath(id))).doesNotContain("un.png").contains("deux.jpg");
	}

	@Test
	void anotherCitizensFileIsNotFoundAndTheOwnerGetsAnAttachmentWithNosniff() throws Exception {
		Citizen camille = this.citizens.validated("Camille", "Martin");
		Citizen paul = this.citizens.validated("Paul", "Durand");
		String id = this.steps.start(camille, "SCO");
		perform(documents(camille, id, "save")
			.file(file("document:livret-famille", "../Acte:\r\nde\u0000 naissance\u202E.pdf", SampleFiles.pdf())));
		AttachmentView file = this.attachments.of(this.steps.draft(id).getId()).get(0);
		assertThat(file.name()).doesNotContain("\r", "\n", "\u202E").isEqualTo("Acte_de naissance.pdf");

		assertThat(perform(this.pages.getAs(paul, "/pieces-jointes/" + file.id())).getResponse().getStatus())
			.isEqualTo(404);
		assertThat(perform(get("/pieces-jointes/" + file.id())).getResponse().getRedirectedUrl())
			.as("a visitor is asked to sign in")
			.contains("/connexion");
		assertThat(perform(this.pages.getAs(camille, "/pieces-jointes/inconnu")).getResponse().getStatus())
			.isEqualTo(404);
		var download = perform(this.pages.getAs(camille, "/pieces-jointes/" + file.id())).getResponse();
		assertThat(download.getStatus()).isEqualTo(200);
		assertThat(download.getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"Acte_de naissance.pdf\"; filename*=UTF-8''Acte_de%20naissance.pdf");
		assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(download.getContentType()).isEqualTo("application/pdf");
		assertThat(download.getContentAsByteArray()).isEqualTo(SampleFiles.pdf());
	}

	@Test
	void deletingADraftDeletesItsFilesAndTheirBytes() throws Exception {
		Citizen camille = this.citizens.validated("Camille", "Martin");
		String id = this.steps.start(camille, "SCO");
		perform(documents(camille, id, "save").file(file("document:livret-famille", "livret.pdf", SampleFiles.pdf()))
			.param("paper", "justificatif-domicile"));
		UUID holder = this.steps.draft(id).getId();
		assertThat(this.attachments.of(holder)).hasSize(1);
		assertThat(count("attachment_content")).isPositive();
		this.pages.submit(camille, DraftSteps.draftPath(id) + "/supprimer");
		assertThat(this.attachments.of(holder)).isEmpty();
		assertThat(
				this.jdbc.queryForObject("select count(*) from attachment where holder_id = ?", Integer.class, holder))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from paper_original where holder_id = ?", Integer.class,
				holder))
			.isZero();
	}

	@Test
	void purgeRemovesFilesWhoseDraftIsGoneAndKeepsTheOthers(@Autowired FileJobs jobs) throws Exception {
		Citizen camille = this.citizens.validated("Camille", "Martin");
		String id = this.steps.start(camille, "SCO");
		perform(documents(camille, id, "save").file(file("document:livret-famille", "livret.pdf", SampleFiles.pdf())));
		UUID orphan = UUID.randomUUID();
		this.attachments.store(orphan, camille.getId(), "document:x", "perdu.pdf",
				new java.io.ByteArrayInputStream(SampleFiles.pdf()), java.util.Set.of("application/pdf"), 1_000_000);
		assertThat(this.attachments.of(orphan)).hasSize(1);

		jobs.purgeOrphans(this.clock.instant().plusSeconds(60));
		assertThat(this.attachments.of(orphan)).isEmpty();
		assertThat(this.attachments.of(this.steps.draft(id).getId())).as("a live draft keeps its files").hasSize(1);
	}

	MvcResult perform(RequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn();
	}

	int count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

	MockMultipartHttpServletRequestBuilder documents(Citizen citizen, String id, String action) {
		MockMultipartHttpServletRequestBuilder request = multipart(DraftSteps.draftPath(id) + "/pieces");
		request.param("_action", action).with(user(citizen.principal())).with(csrf());
		return request;
	}

	MockMultipartHttpServletRequestBuilder step(Citizen citizen, String id, int step, String action) {
		MockMultipartHttpServletRequestBuilder request = multipart(DraftSteps.draftPath(id));
		request.param("_step", String.valueOf(step))
			.param("_action", action)
			.with(user(citizen.principal()))
			.with(csrf());
		return request;
	}

	static MockMultipartFile file(String slot, String name, byte[] content) {
		return new MockMultipartFile(slot, name, "application/octet-stream", content);
	}

	static byte[] sample(String kind) {
		return switch (kind) {
			case "html" -> SampleFiles.html();
			case "svg" -> SampleFiles.svg();
			case "exe" -> SampleFiles.exe();
			case "zip" -> SampleFiles.zip();
			case "png" -> SampleFiles.png();
			case "empty" -> new byte[0];
			default -> SampleFiles.pdf();
		};
	}

}
