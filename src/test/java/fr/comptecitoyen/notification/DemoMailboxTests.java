package fr.comptecitoyen.notification;

import java.util.Map;
import java.util.UUID;

import fr.comptecitoyen.notification.internal.Outbox;
import fr.comptecitoyen.notification.internal.OutboxRelay;
import fr.comptecitoyen.notification.internal.OutgoingMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The demo mailbox shows every email of the outbox: those the relay composed under their
 * subject, one not composed yet as waiting to be sent (composed when opened), and one
 * whose template failed as not sent, with the error — never under a template's name.
 */
@SpringBootTest(properties = { "cc.demo.enabled=true", "cc.demo.password=demo-citoyen-2026",
		"cc.mail.relay-interval=1h", "cc.reminders.interval=1h", "cc.mail.max-attempts=1" })
@AutoConfigureMockMvc
class DemoMailboxTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Outbox outbox;

	@Autowired
	OutboxRelay relay;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void composedAndFailedEmailsAreBothListed() throws Exception {
		String reference = "2026-ENC-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		this.transactions.executeWithoutResult((tx) -> {
			this.outbox.add(
					OutgoingMessage
						.email("demo-ok:" + reference, MessageKind.INFORMATION, null, "boite@example.org",
								"http://localhost/demandes/" + reference, "request-information",
								Map.of("reference", reference, "title", "Encombrants", "message",
										"Sortez-les la veille.", "link", "http://localhost/demandes/" + reference),
								"Ma Commune", reference));
			this.outbox.add(OutgoingMessage.email("demo-broken:" + reference, MessageKind.ACKNOWLEDGEMENT, null,
					"boite@example.org", null, "request-submitted", Map.of("reference", reference), "Ma Commune",
					reference));
		});
		this.relay.drain();

		String list = page("/demo/courriels");
		assertThat(list)
			.contains("Information sur votre demande " + reference,
					"Non envoyé : la mise en forme de ce courriel a échoué", "Échec")
			.as("never a template's name")
			.doesNotContain("request-submitted");
		UUID broken = this.jdbc.queryForObject("select id from outbox_message where dedup_key = ?", UUID.class,
				"demo-broken:" + reference);
		assertThat(page("/demo/courriels/" + broken)).contains("Dernière erreur", "isEmpty")
			.doesNotContain("Version texte");
	}

	@Test
	void anEmailNotYetComposedIsWaitingToBeSentToItsRecipientAndComposedWhenOpened() throws Exception {
		String reference = "2026-ENC-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		String recipient = "attente" + reference.substring(9).toLowerCase() + "@example.org";
		this.transactions.executeWithoutResult((tx) -> this.outbox.add(OutgoingMessage.email("demo-wait:" + reference,
				MessageKind.INFORMATION, null, recipient, "http://localhost/demandes/" + reference,
				"request-information", Map.of("reference", reference, "title", "Encombrants", "message",
						"Sortez-les la veille.", "link", "http://localhost/demandes/" + reference),
				"Ma Commune", reference)));
		assertThat(page("/demo/courriels")).contains("En attente d’envoi à " + recipient)
			.doesNotContain("request-information");
		UUID waiting = this.jdbc.queryForObject("select id from outbox_message where dedup_key = ?", UUID.class,
				"demo-wait:" + reference);
		assertThat(page("/demo/courriels/" + waiting))
			.contains("Information sur votre demande " + reference, "Sortez-les la veille.", "En attente")
			.doesNotContain("request-information");
		assertThat(this.jdbc.queryForObject("select subject from outbox_message where id = ?", String.class, waiting))
			.as("the relay still composes and sends it")
			.isNull();
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
	}

}
