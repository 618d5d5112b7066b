package fr.comptecitoyen.request;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import fr.comptecitoyen.account.internal.Account;
import fr.comptecitoyen.notification.MessageKind;
import fr.comptecitoyen.notification.internal.Outbox;
import fr.comptecitoyen.notification.internal.OutboxRelay;
import fr.comptecitoyen.notification.internal.OutgoingMessage;
import fr.comptecitoyen.request.RequestEvents.RequestSubmitted;
import fr.comptecitoyen.request.internal.Request;
import fr.comptecitoyen.request.internal.Submission;
import fr.comptecitoyen.support.MutableClock;
import fr.comptecitoyen.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A broken mail template never rolls back the citizen's action: the email is composed by
 * the relay after the submission has committed, retried, then marked failed with an alert
 * in the log, while the other emails of the same action leave as usual.
 */
@Import(BrokenMailTemplateTests.BrokenMail.class)
@TestPropertySource(properties = { "cc.mail.max-attempts=3", "cc.mail.relay-interval=1h" })
@ExtendWith(OutputCaptureExtension.class)
class BrokenMailTemplateTests extends RequestWebTest {

	@Autowired
	OutboxRelay relay;

	@Autowired
	Submission submission;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock time;

	@Test
	void submissionCommitsAndTheBrokenEmailEndsFailedWithAnAlert(CapturedOutput output) throws Exception {
		Account jean = this.citizens.pending("Jean", "Dupont");
		String id = start(jean, "ENC");
		fillBulkyItems(jean, id);

		String location = send(jean, id, this.submission.newKey());

		Request sent = draft(id);
		assertThat(sent.getStatus()).as("the submission committed").isEqualTo(RequestStatus.SUBMITTED);
		assertThat(location).isEqualTo("/demarches/envoyee/" + sent.getReference());
		String broken = "broken:" + sent.getReference();
		assertThat(row(broken)).containsEntry("status", "PENDING").containsEntry("subject", null);

		for (int attempt = 1; attempt <= 3; attempt++) {
			this.relay.drain();
			this.time.advance(Duration.ofHours(1));
		}

		assertThat(row(broken)).containsEntry("status", "FAILED").containsEntry("attempts", 3);
		assertThat(String.valueOf(row(broken).get("last_error"))).contains("isEmpty");
		assertThat(output.getAll()).contains("ALERT", broken, "given up");
		List<MimeMessage> received = TestMail.to(jean.getEmail());
		assertThat(received).as("the acknowledgement leaves as usual").hasSize(1);
		assertThat(received.get(0).getSubject()).contains("Accusé de réception", sent.getReference());
		assertThat(TestMail.plainText(received.get(0))).contains("Meuble");
	}

	private Map<String, Object> row(String dedupKey) {
		return this.jdbc.queryForMap(
				"select status, attempts, subject, last_error from outbox_message " + "where dedup_key = ?", dedupKey);
	}

	/**
	 * A second email on each submission, whose model lacks what its template reads (the
	 * summary of the answers): rendering it fails every time.
	 */
	@TestConfiguration
	static class BrokenMail {

		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock();
		}

		@Bean
		BrokenListener brokenListener(Outbox outbox) {
			return new BrokenListener(outbox);
		}

	}

	static class BrokenListener {

		private final Outbox outbox;

		BrokenListener(Outbox outbox) {
			this.outbox = outbox;
		}

		@EventListener
		void on(RequestSubmitted event) {
			this.outbox.add(OutgoingMessage.email("broken:" + event.request().reference(), MessageKind.ACKNOWLEDGEMENT,
					event.request().accountId(), event.request().email(), null, "request-submitted",
					Map.of("reference", event.request().reference()), "Ma Commune", event.request().reference()));
		}

	}

}
