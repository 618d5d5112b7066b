package fr.comptecitoyen.request.tracking;

import java.util.UUID;

import fr.comptecitoyen.request.internal.Request;
import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Pages;
import fr.comptecitoyen.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Mes messages": the citizen's emails, unread until opened on their own page, with a
 * link to the request; another citizen's message answers 404. Accueil shows the unread
 * count, the latest requests and the pending banner.
 */
@PortalTest
class MessagesTests {

	@org.springframework.beans.factory.annotation.Autowired
	fr.comptecitoyen.support.Mailbox mailbox;

	@Autowired
	Pages pages;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	TrackingData data;

	@Test
	void aMessageIsUnreadUntilOpenedOnItsOwnPage() throws Exception {
		Citizen camille = this.data.citizen("Camille", "Martin");
		Request request = this.data.submitted(camille, "ENC", "{}");
		this.mailbox.drain();

		String list = this.pages.page(camille, "/messages");
		assertThat(list).contains("Accusé de réception de votre demande " + request.getReference(), "Non lu",
				"1 message, dont 1 non lu");
		UUID id = messageId(camille);

		String message = this.pages.page(camille, "/messages/" + id);
		assertThat(message).contains("Nous avons bien reçu votre demande", "Ce courriel vaut accusé de réception",
				"href=\"/demandes/" + request.getReference() + "\"");
		assertThat(this.jdbc.queryForObject("select read_at from outbox_message where id = ?", Object.class, id))
			.isNotNull();
		assertThat(this.pages.page(camille, "/messages")).contains("1 message, dont aucun non lu", ">Lu<");
	}

	@Test
	void anotherCitizensMessageAnswersNotFoundAndStaysUnread() throws Exception {
		Citizen camille = this.data.citizen("Camille", "Martin");
		Citizen paul = this.data.citizen("Paul", "Durand");
		this.data.submitted(camille, "ENC", "{}");
		this.mailbox.drain();
		UUID id = messageId(camille);

		this.mvc.perform(this.pages.getAs(paul, "/messages/" + id)).andExpect(status().isNotFound());
		this.mvc.perform(this.pages.getAs(paul, "/messages/pas-un-identifiant")).andExpect(status().isNotFound());
		assertThat(this.pages.page(paul, "/messages")).contains("Vous n’avez encore reçu aucun message.");
		assertThat(this.jdbc.queryForObject("select read_at from outbox_message where id = ?", Object.class, id))
			.isNull();
	}

	@Test
	void accueilShowsTheLatestRequestsTheUnreadCountAndThePendingBanner() throws Exception {
		Citizen jean = this.data.pendingCitizen("Jean", "Dupont");
		Request request = this.data.submitted(jean, "VOIRIE", "{}");
		this.mailbox.drain();

		String home = this.pages.page(jean, "/");
		assertThat(home).contains("Bonjour Jean", "Votre compte est en attente de validation.",
				"Mes dernières demandes", "Signalement sur la voie publique", "Envoyée",
				"href=\"/demandes/" + request.getReference() + "\"", "1 message non lu.",
				"Vous n’avez déclaré aucun membre dans votre foyer.");
		assertThat(this.mvc
			.perform(java.util.Objects
				.requireNonNull(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/")))
			.andReturn()
			.getResponse()
			.getContentAsString()).as("a visitor still gets the sign-in box").doesNotContain("Mes dernières demandes");
	}

	@Test
	void draftsInProgressAreListedWithTheirResumeLink() throws Exception {
		Citizen camille = this.data.citizen("Camille", "Martin");
		Request draft = new Request("BROUILLON" + System.nanoTime(), camille.getId(), null, "ENC", 1,
				"Enlèvement des encombrants", "services-techniques", "services-techniques", "{}",
				java.time.Instant.now());
		this.data.saveAll(java.util.List.of(draft));
		String href = "href=\"/demarches/brouillons/" + draft.getPublicId() + "\"";
		assertThat(this.pages.page(camille, "/")).contains("Brouillons en cours (1)", href);
		assertThat(this.pages.page(camille, "/demandes")).contains("Brouillons en cours (1)", href,
				"/demarches/brouillons/" + draft.getPublicId() + "/supprimer");
	}

	@Test
	void myDataExportHoldsTheRequestsAndTheEmails() {
		Citizen camille = this.data.citizen("Camille", "Martin");
		Citizen paul = this.data.citizen("Paul", "Durand");
		Request request = this.data.submitted(camille, "ENC", RequestPageTests.ENC_ANSWERS);
		this.data.submitted(paul, "SCO", "{}");
		this.mailbox.drain();
		java.util.Map<String, Object> sections = new java.util.HashMap<>();
		this.contributors.forEach((c) -> sections.put(c.section(), c.data(camille.getId())));
		assertThat(String.valueOf(sections.get("demandes")))
			.contains(request.getReference(), "12 rue des Lilas", "SUBMIT")
			.doesNotContain("Inscription scolaire");
		assertThat(String.valueOf(sections.get("courriels")))
			.contains("Accusé de réception de votre demande " + request.getReference());
	}

	@org.springframework.beans.factory.annotation.Autowired
	java.util.List<fr.comptecitoyen.account.PersonalDataContributor> contributors;

	private UUID messageId(Citizen account) {
		return this.jdbc.queryForObject("select id from outbox_message where account_id = ?", UUID.class,
				account.getId());
	}

}
