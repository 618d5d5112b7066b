package fr.comptecitoyen.request;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import fr.comptecitoyen.request.internal.Request;
import fr.comptecitoyen.request.internal.Submission;
import fr.comptecitoyen.request.internal.RequestRepository;
import fr.comptecitoyen.support.BrokenMail;
import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import fr.comptecitoyen.support.Mailbox;
import fr.comptecitoyen.support.MutableClock;
import fr.comptecitoyen.support.Pages;
import fr.comptecitoyen.support.PortalTest;
import fr.comptecitoyen.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A broken mail template never rolls back the citizen's action: the email is composed by
 * the relay after the submission has committed, retried, then marked failed with an alert
 * in the log, while the other emails of the same action leave as usual.
 */
@Import(BrokenMail.class)
@TestPropertySource(properties = { "cc.mail.max-attempts=3", "cc.mail.relay-interval=1h" })
@ExtendWith(OutputCaptureExtension.class)
@PortalTest
class BrokenMailTemplateTests {

	@Autowired
	Citizens citizens;

	@Autowired
	Pages pages;

	@Autowired
	RequestRepository requests;

	@Autowired
	Mailbox mailbox;

	@Autowired
	Submission submission;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock time;

	@Test
	void submissionCommitsAndTheBrokenEmailEndsFailedWithAnAlert(CapturedOutput output) throws Exception {
		DraftSteps steps = new DraftSteps(this.pages, this.requests);
		Citizen jean = this.citizens.pending("Jean", "Dupont");
		String id = steps.start(jean, "ENC");
		steps.fillBulkyItems(jean, id);

		String location = steps.send(jean, id, this.submission.newKey());

		Request sent = steps.draft(id);
		assertThat(sent.getStatus()).as("the submission committed").isEqualTo(RequestStatus.SUBMITTED);
		assertThat(location).isEqualTo("/demarches/envoyee/" + sent.getReference());
		String broken = "broken:" + sent.getReference();
		assertThat(row(broken)).containsEntry("status", "PENDING").containsEntry("subject", null);

		for (int attempt = 1; attempt <= 3; attempt++) {
			this.mailbox.drain();
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

}
