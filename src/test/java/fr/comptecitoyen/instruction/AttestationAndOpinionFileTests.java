package fr.comptecitoyen.instruction;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import fr.comptecitoyen.instruction.internal.StaffMember;
import fr.comptecitoyen.request.tracking.TrackingData;
import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import fr.comptecitoyen.support.Client;
import fr.comptecitoyen.support.FileJobs;
import fr.comptecitoyen.support.Mailbox;
import fr.comptecitoyen.support.SentRequests;
import fr.comptecitoyen.support.SentRequests.Sent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The attestation of an accepted request (generated on demand from the stored request,
 * for its owner, the agents and the acceptance email's reader, citizen text inert in it)
 * and the file an agent gives with an opinion (seen and zipped by the agents of both
 * departments, never by the citizen).
 */
@StaffTest
@RecordApplicationEvents
class AttestationAndOpinionFileTests {

	private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

	private static final String PAYLOAD = "<script>alert('x')</script><b>Lyon</b> {reference}";

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
	SentRequests sent;

	@Autowired
	FileJobs files;

	@Test
	void theOwnerAndTheAgentsDownloadTheAttestationOnceAcceptedWithTheCitizensTextInert() throws Exception {
		Citizen camille = this.data.citizen("Camille", "Martin");
		Sent request = this.sent.submitted(camille, "RECENS", census(PAYLOAD));
		String ref = request.reference();
		Client owner = this.citizens.signedIn(camille);
		Client agent = signedIn(this.staff.create(Set.of(StaffRole.AGENT), "citoyennete"));
		String attestation = "/demandes/" + ref + "/attestation.pdf";

		assertThat(owner.get(attestation).getResponse().getStatus()).as("before the decision").isEqualTo(404);
		assertThat(agent.get("/agent/demandes/" + ref + "/attestation.pdf").getResponse().getStatus()).isEqualTo(404);
		assertThat(text(owner.get("/demandes/" + ref))).doesNotContain("attestation.pdf");

		act(agent, ref, "acceptation", "acceptComment", "Recensement enregistré.");

		MvcResult pdf = owner.get(attestation);
		assertThat(pdf.getResponse().getStatus()).isEqualTo(200);
		assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(pdf.getResponse().getHeader("Content-Disposition")).startsWith("attachment;")
			.contains("attestation-" + ref + ".pdf");
		String today = DateTimeFormatter.ofPattern("dd/MM/yyyy").format(this.staff.clock().today());
		String printed = pdfText(pdf.getResponse().getContentAsByteArray());
		// The department signs with the name the commune gave it, as the back office
		// shows it.
		String department = this.jdbc.queryForObject("select name from department where code = 'citoyennete'",
				String.class);
		// The citizen's text is printed as typed: no markup interpreted, no placeholder
		// read inside an answer.
		assertThat(printed).contains("Attestation de recensement", "Léa Martin", PAYLOAD, "(Rhône)",
				"à la demande de Camille Martin", ref, today, department);
		assertThat(text(owner.get("/demandes/" + ref))).contains(attestation, "Télécharger l’attestation (PDF)");

		MvcResult agentPdf = agent.get("/agent/demandes/" + ref + "/attestation.pdf");
		assertThat(agentPdf.getResponse().getStatus()).isEqualTo(200);
		assertThat(pdfText(agentPdf.getResponse().getContentAsByteArray())).contains(PAYLOAD, ref);
		assertThat(text(agent.get("/agent/demandes/" + ref))).contains("/agent/demandes/" + ref + "/attestation.pdf");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'REQUEST_FILE_DOWNLOADED' and object_ref = ?",
				Integer.class, "demande:" + ref + ":attestation"))
			.isEqualTo(1);

		Client other = this.citizens.signedIn(this.data.citizen("Autre", "Personne"));
		assertThat(other.get(attestation).getResponse().getStatus()).as("someone else's").isEqualTo(404);
		Client education = signedIn(this.staff.create(Set.of(StaffRole.AGENT), "education"));
		assertThat(education.get("/agent/demandes/" + ref + "/attestation.pdf").getResponse().getStatus())
			.isEqualTo(404);

		List<String> decision = this.mailbox.mails(camille.getEmail())
			.stream()
			.filter((m) -> m.contains("acceptée"))
			.toList();
		assertThat(decision).singleElement()
			.asString()
			.contains("Votre attestation (PDF) est disponible", "/demandes/" + ref);
	}

	@Test
	void aRefusedRequestOrAProcedureWithoutAttestationHasNone() throws Exception {
		Citizen camille = this.data.citizen("Camille", "Martin");
		Sent refused = this.sent.submitted(camille, "RECENS", census("Lyon"));
		Client owner = this.citizens.signedIn(camille);
		Client agent = signedIn(this.staff.create(Set.of(StaffRole.AGENT), "citoyennete"));
		act(agent, refused.reference(), "refus", "motive", "Pièce d’identité illisible.");
		assertThat(owner.get("/demandes/" + refused.reference() + "/attestation.pdf").getResponse().getStatus())
			.isEqualTo(404);
		assertThat(agent.get("/agent/demandes/" + refused.reference() + "/attestation.pdf").getResponse().getStatus())
			.isEqualTo(404);

		Sent bulky = this.sent.submitted(camille, "ENC");
		Client technique = signedIn(this.staff.create(Set.of(StaffRole.AGENT), "services-techniques"));
		act(technique, bulky.reference(), "acceptation");
		assertThat(owner.get("/demandes/" + bulky.reference() + "/attestation.pdf").getResponse().getStatus())
			.isEqualTo(404);
		assertThat(this.mailbox.mails(camille.getEmail())).noneSatisfy((m) -> assertThat(m).contains("attestation"));
	}

	@Test
	void aFileGivenWithAnOpinionReachesBothDepartmentsAndTheZipButNeverTheCitizen() throws Exception {
		Citizen camille = this.data.citizen("Camille", "Martin");
		Sent request = this.sent.submitted(camille, "ENC");
		String ref = request.reference();
		Client technique = signedIn(this.staff.create(Set.of(StaffRole.AGENT), "services-techniques"));
		StaffMember educationAgent = this.staff.create(Set.of(StaffRole.AGENT), "education");
		Client education = signedIn(educationAgent);
		act(technique, ref, "avis", "opinionDepartment", "education", "opinionQuestion", "Votre avis ?");
		assertThat(text(education.get("/agent/demandes/" + ref))).contains("enctype=\"multipart/form-data\"",
				"name=\"opinionFile\"");

		MvcResult given = giveOpinion(education, ref, "Avis favorable, voir le plan.",
				new MockMultipartFile("opinionFile", "plan-avis.pdf", "application/pdf", pdf()));
		assertThat(given.getResponse().getRedirectedUrl()).startsWith("/agent/demandes/" + ref + "?fait=GIVE_OPINION");

		String page = text(technique.get("/agent/demandes/" + ref));
		Matcher link = Pattern.compile("/agent/demandes/" + ref + "/fichiers/([A-Za-z0-9_-]+)\"[^>]*>plan-avis\\.pdf")
			.matcher(page);
		assertThat(link.find()).as(page).isTrue();
		String fileId = link.group(1);
		for (Client agent : List.of(technique, education)) {
			MvcResult file = agent.get("/agent/demandes/" + ref + "/fichiers/" + fileId);
			assertThat(file.getResponse().getStatus()).isEqualTo(200);
			assertThat(file.getResponse().getContentAsByteArray()).isEqualTo(pdf());
		}
		assertThat(text(education.get("/agent/demandes/" + ref))).contains("plan-avis.pdf");
		// Held by the opinion's note, which the purge of orphaned files knows.
		this.files.purgeOrphans(this.staff.clock().instant().plusSeconds(24 * 3600));
		assertThat(technique.get("/agent/demandes/" + ref + "/fichiers/" + fileId).getResponse().getStatus())
			.isEqualTo(200);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'REQUEST_FILE_DOWNLOADED' and object_ref = ?",
				Integer.class, "demande:" + ref + ":" + fileId))
			.isEqualTo(3);

		MvcResult zip = technique.get("/agent/demandes/" + ref + "/fichiers.zip");
		List<String> entries = new ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(
				new ByteArrayInputStream(zip.getResponse().getContentAsByteArray()))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.add(entry.getName());
				assertThat(in.readAllBytes()).isEqualTo(pdf());
			}
		}
		assertThat(entries).containsExactly("Avis/plan-avis.pdf");

		Client citizen = this.citizens.signedIn(camille);
		assertThat(text(citizen.get("/demandes/" + ref))).doesNotContain("plan-avis", fileId);
		assertThat(citizen.get("/pieces-jointes/" + fileId).getResponse().getStatus()).isEqualTo(404);
		String export = text(citizen.get("/compte/donnees.json"));
		assertThat(export).doesNotContain("plan-avis", fileId, "Avis favorable");
		assertThat(this.mailbox.mails(camille.getEmail())).noneSatisfy((m) -> assertThat(m).contains("plan-avis"));
	}

	@Test
	void aRefusedOpinionFileIsExplainedNextToTheFieldAndTheTypedOpinionIsKept() throws Exception {
		Sent request = this.sent.submitted(this.data.citizen("Camille", "Martin"), "ENC");
		String ref = request.reference();
		Client technique = signedIn(this.staff.create(Set.of(StaffRole.AGENT), "services-techniques"));
		Client education = signedIn(this.staff.create(Set.of(StaffRole.AGENT), "education"));
		act(technique, ref, "avis", "opinionDepartment", "education", "opinionQuestion", "Votre avis ?");

		MvcResult refused = giveOpinion(education, ref, "Mon avis tapé avec soin.", new MockMultipartFile("opinionFile",
				"page.html", "text/html", "<html><body>x</body></html>".getBytes(StandardCharsets.UTF_8)));
		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		String page = text(refused);
		assertThat(page).contains("id=\"opinionFile-error\"", "Mon avis tapé avec soin.", "aria-invalid=\"true\"");
		assertThat(text(technique.get("/agent/demandes/" + ref))).doesNotContain("Mon avis tapé avec soin.");

		byte[] large = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy(pdf(), 0, large, 0, pdf().length);
		MvcResult tooLarge = giveOpinion(education, ref, "Avis avec un gros fichier.",
				new MockMultipartFile("opinionFile", "gros.pdf", "application/pdf", large));
		assertThat(tooLarge.getResponse().getStatus()).isEqualTo(422);
		assertThat(text(tooLarge)).contains("id=\"opinionFile-error\"", "Avis avec un gros fichier.", "10 Mo");

		assertThat(giveOpinion(education, ref, "Avis sans fichier.", null).getResponse().getRedirectedUrl())
			.startsWith("/agent/demandes/" + ref + "?fait=GIVE_OPINION");
	}

	private static MvcResult giveOpinion(Client client, String reference, String opinion, MockMultipartFile file)
			throws Exception {
		var post = MockMvcRequestBuilders.multipart("/agent/demandes/" + reference + "/avis/reponse");
		if (file != null) {
			post.file(file);
		}
		post.param("department", "education").param("opinion", opinion).with(csrf());
		return client.perform(post);
	}

	/** Census answers: a household member, and the birth place as typed. */
	private static String census(String birthPlace) throws Exception {
		return tools.jackson.databind.json.JsonMapper.builder()
			.build()
			.writeValueAsString(Map.of("person",
					Map.of("id", "m-1", "first-name", "Léa", "last-name", "Martin", "birth-date", "2010-03-04"),
					"birth-place", birthPlace, "birth-department", "Rhône", "nationality", "Française de naissance"));
	}

	private Client signedIn(StaffMember member) throws Exception {
		return this.staff.enrolled(member).client();
	}

	private static String text(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	/** The PDF's text, one space between words whatever the line breaks. */
	private static String pdfText(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	/** Posts an action with the version the page shows, and expects the page back. */
	private static void act(Client client, String reference, String action, String... params) throws Exception {
		String page = text(client.get("/agent/demandes/" + reference));
		Matcher matcher = VERSION.matcher(page);
		assertThat(matcher.find()).as("a versioned form").isTrue();
		List<String> all = new ArrayList<>(List.of("version", matcher.group(1)));
		all.addAll(List.of(params));
		MvcResult result = client.post("/agent/demandes/" + reference + "/" + action, all.toArray(String[]::new));
		assertThat(result.getResponse().getRedirectedUrl()).as(action + ": " + text(result))
			.startsWith("/agent/demandes/" + reference + "?fait=");
	}

	private static byte[] pdf() {
		return ("%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
				+ "2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n")
			.getBytes(StandardCharsets.US_ASCII);
	}

}
