package fr.comptecitoyen.request;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.comptecitoyen.instruction.StaffMembers;
import fr.comptecitoyen.request.internal.Request;
import fr.comptecitoyen.instruction.StaffRole;
import fr.comptecitoyen.request.tracking.TrackingData;
import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import fr.comptecitoyen.support.Client;
import fr.comptecitoyen.support.Pages;
import fr.comptecitoyen.support.PortalTest;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import org.apache.tomcat.util.http.fileupload.impl.SizeLimitExceededException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.filter.OncePerRequestFilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Files joined to an answer to the department's question, by a citizen on the request's
 * page and by a visitor on the tracking page: kept with the request (the back office sees
 * them under "Joints aux réponses du demandeur"), all or none — a refused file keeps the
 * answer unsent, with its message next to the file input and the text typed kept — and a
 * post cut by the upload limit comes back to the page with the French message.
 */
@PortalTest
class AnswerFilesTests {

	@Autowired
	TrackingData data;

	@Autowired
	RequestLifecycle lifecycle;

	@Autowired
	Pages pages;

	@Autowired
	Citizens citizens;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffMembers staff;

	@Autowired
	Collection<OncePerRequestFilter> filters;

	@Test
	void aCitizenAnswersWithAPhotoAndAPdfThatStayWithTheRequest() throws Exception {
		Citizen camille = this.data.citizen("Camille", "Martin");
		Request request = this.data.submitted(camille, "ENC", "{}");
		this.lifecycle.askCitizen(request.getReference(), "Agent", "Envoyez une photo des objets.");
		String path = "/demandes/" + request.getReference();
		assertThat(this.pages.page(camille, path)).contains("Joindre des fichiers (facultatif)",
				"enctype=\"multipart/form-data\"", "name=\"reponse\"");

		MvcResult answered = this.mvc
			.perform(answer(path + "/repondre", "Voici la photo et la facture.")
				.file(file("photo des meubles.jpg", SampleFiles.jpeg()))
				.file(file("facture.pdf", SampleFiles.pdf()))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.user(camille.principal())))
			.andReturn();
		assertThat(answered.getResponse().getRedirectedUrl()).isEqualTo(path + "?repondu");
		assertThat(this.data.reload(request).getStatus()).isEqualTo(RequestStatus.IN_INSTRUCTION);
		assertThat(files(request)).extracting((row) -> row.get("file_name") + " " + row.get("slot"))
			.containsExactlyInAnyOrder("photo des meubles.jpg reponse", "facture.pdf reponse");
		String agentPage = this.staff.enrolled(this.staff.create(Set.of(StaffRole.AGENT), request.getDepartment()))
			.client()
			.get("/agent/demandes/" + request.getReference())
			.getResponse()
			.getContentAsString();
		assertThat(agentPage).contains("Joints aux réponses du demandeur", "photo des meubles.jpg", "facture.pdf",
				"Aucun avis n’a été demandé à un autre service.");
		assertThat(this.pages.page(camille, path)).as("the timeline says which files came with the answer")
			.contains("Voici la photo et la facture.", "Fichiers joints : photo des meubles.jpg, facture.pdf");
	}

	@Test
	void oneRefusedFileKeepsTheAnswerUnsentWithItsMessageAndTheTextTyped() throws Exception {
		Citizen camille = this.data.citizen("Camille", "Martin");
		Request request = this.data.submitted(camille, "ENC", "{}");
		this.lifecycle.askCitizen(request.getReference(), "Agent", "Un justificatif ?");
		String path = "/demandes/" + request.getReference();

		MvcResult refused = this.mvc
			.perform(answer(path + "/repondre", "Le justificatif est joint.").file(file("bon.pdf", SampleFiles.pdf()))
				.file(file("page.pdf", SampleFiles.html()))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.user(camille.principal())))
			.andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		String page = refused.getResponse().getContentAsString();
		assertThat(page).contains("error-summary", "href=\"#answer-files\"", "id=\"answer-files-error\"",
				"Le fichier « page.pdf » n’est pas dans un format accepté", "Le justificatif est joint.");
		assertThat(this.data.reload(request).getStatus()).isEqualTo(RequestStatus.AWAITING_CITIZEN);
		assertThat(files(request)).as("all or none: the good file goes too").isEmpty();
		assertThat(page).as("the person is told to choose the files again").contains("Aucun fichier n’a été envoyé");

		MvcResult noText = this.mvc
			.perform(answer(path + "/repondre", " ").file(file("bon.pdf", SampleFiles.pdf()))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.user(camille.principal())))
			.andReturn();
		assertThat(noText.getResponse().getContentAsString()).contains("Écrivez votre réponse.",
				"Aucun fichier n’a été envoyé");
		assertThat(files(request)).isEmpty();
	}

	@Test
	void aVisitorAnswersWithAFileFromTheTrackingPage() throws Exception {
		TrackingData.Tracked tracked = this.data.visitorTracked("NAISSANCE",
				Citizens.unique("visiteur") + "@exemple.fr", "Paul", "Durand");
		this.lifecycle.askCitizen(tracked.request().getReference(), "Service État civil",
				"Joignez la copie de votre livret de famille.");
		String link = "/suivi/" + tracked.token();
		Client visitor = this.citizens.client();
		assertThat(visitor.get(link).getResponse().getContentAsString()).contains("Joindre des fichiers (facultatif)");

		MvcResult answered = visitor
			.perform(answer(link + "/repondre", "Voici le livret.").file(file("livret.pdf", SampleFiles.pdf())));
		assertThat(answered.getResponse().getRedirectedUrl()).isEqualTo(link + "?repondu");
		assertThat(files(tracked.request())).extracting((row) -> row.get("file_name")).containsExactly("livret.pdf");
		assertThat(this.jdbc.queryForObject("select count(*) from attachment where holder_id = ? and owner_id = ?",
				Integer.class, tracked.request().getId(), tracked.request().getId()))
			.as("the request owns its visitor's files")
			.isEqualTo(1);
	}

	@Test
	void anAnswerCutByTheUploadLimitComesBackToItsPageWithTheMessage() throws Exception {
		TrackingData.Tracked tracked = this.data.visitorTracked("NAISSANCE",
				Citizens.unique("visiteur") + "@exemple.fr", "Paul", "Durand");
		this.lifecycle.askCitizen(tracked.request().getReference(), "Service État civil", "Une pièce ?");
		String link = "/suivi/" + tracked.token();
		Citizen camille = this.data.citizen("Camille", "Martin");
		Request request = this.data.submitted(camille, "ENC", "{}");
		String page = "/demandes/" + request.getReference();

		for (String where : List.of(link, page)) {
			MockHttpServletResponse response = new MockHttpServletResponse();
			uploadLimit().doFilter(tooLarge(where + "/repondre"), response, new MockFilterChain());
			assertThat(response.getRedirectedUrl()).isEqualTo(where + "?reponse-trop-volumineuse=1");
		}
		assertThat(this.citizens.client().get(link + "?reponse-trop-volumineuse=1").getResponse().getContentAsString())
			.contains("L’envoi dépassait", "id=\"answer-files-error\"");
	}

	private OncePerRequestFilter uploadLimit() {
		return this.filters.stream()
			.filter((filter) -> filter.getClass().getSimpleName().equals("UploadLimitFilter"))
			.findFirst()
			.orElseThrow();
	}

	/** A multipart post whose parts Tomcat refuses as too large. */
	private static MockHttpServletRequest tooLarge(String path) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", path) {
			@Override
			public Collection<Part> getParts() throws IOException, ServletException {
				throw new IllegalStateException(new SizeLimitExceededException("too large", 2, 1));
			}
		};
		request.setContentType("multipart/form-data; boundary=x");
		return request;
	}

	private List<Map<String, Object>> files(Request request) {
		return this.jdbc.queryForList("select file_name, slot from attachment where holder_id = ?", request.getId());
	}

	private static MockMultipartHttpServletRequestBuilder answer(String path, String message) {
		MockMultipartHttpServletRequestBuilder request = multipart(path);
		request.param("message", message).with(csrf());
		return request;
	}

	private static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("reponse", name, "application/octet-stream", content);
	}

}
