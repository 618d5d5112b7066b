package fr.comptecitoyen.instruction;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;

import fr.comptecitoyen.instruction.internal.StaffMember;
import fr.comptecitoyen.instruction.internal.StaffRepository;
import fr.comptecitoyen.request.RequestInstruction;
import fr.comptecitoyen.request.RequestInstruction.Access;
import fr.comptecitoyen.request.RequestInstruction.Agent;
import fr.comptecitoyen.security.TotpCodes;
import fr.comptecitoyen.support.BrowserTest;
import fr.comptecitoyen.support.MutableClock;
import fr.comptecitoyen.support.SubmittedRequests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser, axe and the HTML checker on every page, at 320 pixels too: the agent
 * of the department asked for an opinion attaches a file to it; a file of the wrong kind
 * is explained next to the field with the opinion kept, then a PDF goes with the opinion
 * and is listed with it among the internal notes.
 */
class OpinionFileBrowserTests extends BrowserTest {

	private static final String PASSWORD = "trois chevaux bleus dans la prairie";

	@Autowired
	StaffRepository staff;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationContext context;

	@Autowired
	RequestInstruction instruction;

	@Test
	void theDepartmentAskedGivesItsOpinionWithAFile() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		StaffMember agent = new StaffMember("education" + suffix, "education" + suffix + "@mairie.test",
				"Agent Éducation " + suffix, Set.of(StaffRole.AGENT), Set.of("education"), "test",
				this.clock.instant());
		agent.choosePassword(this.encoder.encode(PASSWORD));
		this.staff.save(agent);
		String reference = this.context.getAutowireCapableBeanFactory()
			.createBean(SubmittedRequests.class)
			.bulkyItems();
		Access technique = new Access(Set.of("ENC"), Set.of("services-techniques"));
		long version = this.instruction.find(reference, technique).orElseThrow().version();
		this.instruction.askOpinion(reference, version, technique, new Agent(UUID.randomUUID(), "t", "Agent Technique"),
				"education", "Le passage gêne-t-il la sortie de l’école ?");
		Path page = Files.createTempFile("avis-", ".html");
		Files.writeString(page, "<html><body>avis</body></html>", StandardCharsets.UTF_8);
		Path pdf = Files.createTempFile("avis-", ".pdf");
		Files.write(pdf,
				("%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
						+ "2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n")
					.getBytes(StandardCharsets.US_ASCII));

		visit("/agent");
		type("username", agent.getUsername());
		type("password", PASSWORD);
		press("Connexion");
		String secret = find("#totp-secret").getText().replace(" ", "");
		type("code", TotpCodes.at(secret, this.clock.instant()));
		press("Activer");
		follow("J’ai noté mes codes");
		visit("/agent/demandes/" + reference);
		assertThat(pageText()).contains("Le passage gêne-t-il la sortie de l’école ?", "Fichier joint à l’avis");

		type("opinion", "Avis favorable après 9 heures.");
		find("#opinionFile").sendKeys(page.toString());
		press("Rendre l’avis");
		assertThat(pageText()).contains("n’est pas dans un format accepté");
		assertThat(find("#opinion").getAttribute("value")).isEqualTo("Avis favorable après 9 heures.");

		find("#opinionFile").sendKeys(pdf.toString());
		press("Rendre l’avis");
		assertThat(pageText()).contains("Votre avis est transmis.", "Avis favorable après 9 heures.",
				pdf.getFileName().toString());
		Files.deleteIfExists(page);
		Files.deleteIfExists(pdf);
	}

}
