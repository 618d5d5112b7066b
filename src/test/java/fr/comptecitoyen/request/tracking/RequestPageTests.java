package fr.comptecitoyen.request.tracking;

import java.util.List;

import fr.comptecitoyen.request.RequestLifecycle;
import fr.comptecitoyen.request.RequestStatus;
import fr.comptecitoyen.request.internal.Request;
import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Mailbox;
import fr.comptecitoyen.support.Pages;
import fr.comptecitoyen.support.PortalTest;
import fr.comptecitoyen.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A request's page: its answers and timeline for its owner only, withdraw before a
 * decision only, answer only while the department awaits the citizen, and the
 * acknowledgement emails of both.
 */
@PortalTest
class RequestPageTests {

	@Autowired
	Pages pages;

	@Autowired
	MockMvc mvc;

	@Autowired
	TrackingData data;

	static final String ENC_ANSWERS = "{\"address\":{\"line\":\"12 rue des Lilas\",\"postcode\":\"34000\","
			+ "\"commune\":\"Val-d’Aubrac\"},\"items\":[{\"kind\":\"Matelas\",\"quantity\":\"2\"}],\"commitment\":\"true\"}";

	@Autowired
	RequestLifecycle lifecycle;

	@Autowired
	Mailbox mailbox;

	@Test
	void thePageShowsTheAnswersTheTimelineAndTheDecision() throws Exception {
		Citizen camille = this.data.citizen("Camille", "Martin");
		Request request = this.data.submitted(camille, "ENC", ENC_ANSWERS);
		this.lifecycle.takeInCharge(request.getReference(), "Agent Lefèvre");
		this.lifecycle.askCitizen(request.getReference(), "Agent Lefèvre", "Combien d’étages ?");
		this.lifecycle.refuse(request.getReference(), "Agent Lefèvre", "Objets hors collecte");

		String html = this.pages.page(camille, "/demandes/" + request.getReference());
		assertThat(html).contains("Enlèvement des encombrants", request.getReference(), "Refusée", "12 rue des Lilas",
				"Matelas", "Historique de la demande", "Demande envoyée", "par vous", "Demande prise en charge",
				"Complément demandé", "Combien d’étages ?", "par Services techniques", "Motif du refus",
				"Objets hors collecte", "/demandes/" + request.getReference() + "/recu.pdf");
		assertThat(html).as("the agent's name stays in the back office").doesNotContain("Lefèvre");
		assertThat(html).as("no withdrawal after a decision").doesNotContain("Retirer ma demande");
	}

	@Test
	void anotherCitizensRequestAnswersNotFoundEverywhere() throws Exception {
		Citizen owner = this.data.citizen("Camille", "Martin");
		Citizen intruder = this.data.citizen("Paul", "Durand");
		Request request = this.data.submitted(owner, "ENC", "{}");
		this.lifecycle.askCitizen(request.getReference(), "Agent", "Une question ?");
		String path = "/demandes/" + request.getReference();

		this.mvc.perform(this.pages.getAs(intruder, path)).andExpect(status().isNotFound());
		this.mvc.perform(this.pages.getAs(intruder, path + "/retirer")).andExpect(status().isNotFound());
		this.mvc.perform(this.pages.postAs(intruder, path + "/retirer")).andExpect(status().isNotFound());
		this.mvc.perform(this.pages.postAs(intruder, path + "/repondre").param("message", "Je réponds"))
			.andExpect(status().isNotFound());
		this.mvc.perform(this.pages.getAs(intruder, "/demandes/2026-ENC-ZZZZZZ")).andExpect(status().isNotFound());
		assertThat(this.data.reload(request).getStatus()).isEqualTo(RequestStatus.AWAITING_CITIZEN);
		this.mvc.perform(this.pages.getAs(owner, path)).andExpect(status().isOk());
	}

	@Test
	void withdrawingBeforeADecisionIsConfirmedOnAPageAndAcknowledgedByEmail() throws Exception {
		Citizen camille = this.data.citizen("Camille", "Martin");
		Request request = this.data.submitted(camille, "ENC", "{}");
		String path = "/demandes/" + request.getReference();

		assertThat(this.pages.page(camille, path)).contains("Retirer ma demande");
		String confirmation = this.pages.page(camille, path + "/retirer");
		assertThat(confirmation).contains("Voulez-vous retirer votre demande « Enlèvement des encombrants »",
				"Oui, retirer ma demande", "method=\"post\"");
		this.mvc.perform(this.pages.postAs(camille, path + "/retirer")).andExpect(redirectedUrl(path + "?retiree"));

		assertThat(this.data.reload(request).getStatus()).isEqualTo(RequestStatus.WITHDRAWN);
		assertThat(this.pages.page(camille, path + "?retiree")).contains("Votre demande est retirée", "Retirée",
				"Demande retirée");
		this.mailbox.drain();
		MimeMessage mail = last(camille.getEmail());
		assertThat(mail.getSubject())
			.isEqualTo("Ma Commune – Votre demande " + request.getReference() + " est retirée");
		assertThat(TestMail.plainText(mail)).contains("Vous avez retiré votre demande le ",
				"Ce courriel vaut accusé de réception ; la demande ne sera pas traitée.", "Enlèvement des encombrants",
				"http://localhost:8080/demandes/" + request.getReference());
	}

	@Test
	void aDecidedRequestCannotBeWithdrawn() throws Exception {
		Citizen camille = this.data.citizen("Camille", "Martin");
		Request request = this.data.submitted(camille, "ENC", "{}");
		this.lifecycle.accept(request.getReference(), "Agent", null);
		String path = "/demandes/" + request.getReference();

		this.mvc.perform(this.pages.getAs(camille, path + "/retirer")).andExpect(redirectedUrl(path + "?impossible"));
		this.mvc.perform(this.pages.postAs(camille, path + "/retirer")).andExpect(redirectedUrl(path + "?impossible"));
		assertThat(this.data.reload(request).getStatus()).isEqualTo(RequestStatus.ACCEPTED);
		assertThat(this.pages.page(camille, path + "?impossible")).contains("Cette action n’est plus possible");
		this.mailbox.drain();
		assertThat(TestMail.to(camille.getEmail())).extracting(MimeMessage::getSubject)
			.noneMatch((subject) -> subject.contains("retirée"));
	}

	@Test
	void answeringWhileAwaitedMovesTheRequestAndSendsTheAcknowledgement() throws Exception {
		Citizen camille = this.data.citizen("Camille", "Martin");
		Request request = this.data.submitted(camille, "ENC", "{}");
		this.lifecycle.askCitizen(request.getReference(), "Agent", "Combien d’objets exactement ?");
		String path = "/demandes/" + request.getReference();
		assertThat(this.pages.page(camille, path)).contains("Le service attend votre réponse",
				"Combien d’objets exactement ?", "<textarea id=\"message\"");

		this.mvc
			.perform(this.pages.postAs(camille, path + "/repondre").param("message", "Trois meubles et un matelas."))
			.andExpect(redirectedUrl(path + "?repondu"));

		Request answered = this.data.reload(request);
		assertThat(answered.getStatus()).isEqualTo(RequestStatus.IN_INSTRUCTION);
		assertThat(answered.getHistory().get(answered.getHistory().size() - 1).getComment())
			.isEqualTo("Trois meubles et un matelas.");
		assertThat(this.pages.page(camille, path)).contains("Réponse envoyée", "Trois meubles et un matelas.")
			.doesNotContain("<textarea id=\"message\"");
		this.mailbox.drain();
		MimeMessage mail = last(camille.getEmail());
		assertThat(mail.getSubject())
			.isEqualTo("Ma Commune – Nous avons reçu votre réponse (demande " + request.getReference() + ")");
		assertThat(TestMail.plainText(mail)).contains("Nous avons bien reçu votre réponse",
				"Trois meubles et un matelas.", "http://localhost:8080/demandes/" + request.getReference());
	}

	@Test
	void anEmptyOrTooLongAnswerIsRefusedInFrenchAndWhatWasTypedIsKept() throws Exception {
		Citizen camille = this.data.citizen("Camille", "Martin");
		Request request = this.data.submitted(camille, "ENC", "{}");
		this.lifecycle.askCitizen(request.getReference(), "Agent", "Une précision ?");
		String path = "/demandes/" + request.getReference();

		String empty = this.mvc.perform(this.pages.postAs(camille, path + "/repondre").param("message", "   "))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(empty).contains("Écrivez votre réponse.", "aria-invalid=\"true\"", "href=\"#message\"",
				"id=\"message-error\"");
		String tooLong = "é".repeat(4001);
		String refused = this.mvc.perform(this.pages.postAs(camille, path + "/repondre").param("message", tooLong))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).containsPattern("Votre réponse fait 4.001 caractères").contains(tooLong);
		assertThat(this.data.reload(request).getStatus()).isEqualTo(RequestStatus.AWAITING_CITIZEN);
	}

	@Test
	void answeringIsRefusedWhenNothingIsAwaited() throws Exception {
		Citizen camille = this.data.citizen("Camille", "Martin");
		Request request = this.data.submitted(camille, "ENC", "{}");
		String path = "/demandes/" + request.getReference();
		assertThat(this.pages.page(camille, path)).doesNotContain("<textarea id=\"message\"");

		this.mvc.perform(this.pages.postAs(camille, path + "/repondre").param("message", "Bonjour"))
			.andExpect(redirectedUrl(path + "?impossible"));
		Request unchanged = this.data.reload(request);
		assertThat(unchanged.getStatus()).isEqualTo(RequestStatus.SUBMITTED);
		assertThat(unchanged.getHistory()).hasSize(1);
	}

	@Test
	void statusLabelsAreFrenchForEveryStatus() throws Exception {
		Citizen camille = this.data.citizen("Camille", "Martin");
		List<String> labels = List.of("Envoyée", "En cours d’instruction", "En attente de votre réponse", "Acceptée",
				"Refusée", "Clôturée", "Retirée");
		String html = this.pages.page(camille, "/demandes");
		assertThat(html).contains(labels);
	}

	private static MimeMessage last(String address) {
		List<MimeMessage> mails = TestMail.to(address);
		assertThat(mails).isNotEmpty();
		return mails.get(mails.size() - 1);
	}

}
