package fr.comptecitoyen.request;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.comptecitoyen.request.internal.Request;
import fr.comptecitoyen.request.internal.RequestRepository;
import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import fr.comptecitoyen.support.Mailbox;
import fr.comptecitoyen.support.PortalTest;
import fr.comptecitoyen.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Decision and information emails follow the department's verbs, whatever calls them (the
 * back office will), and reach a real SMTP server through the outbox.
 */
@PortalTest
class RequestMailsTests {

	@Autowired
	Citizens citizens;

	@Autowired
	RequestLifecycle lifecycle;

	@Autowired
	RequestRepository requests;

	@Autowired
	Mailbox mailbox;

	@Autowired
	Clock clock;

	@Test
	void refusalSendsTheDecisionWithItsMotiveAndALinkToTheRequest() throws Exception {
		Fixture fixture = submittedRequest();
		this.lifecycle.takeInCharge(fixture.reference(), "Agent Lefèvre");
		this.lifecycle.refuse(fixture.reference(), "Agent Lefèvre", "Objets hors collecte (gravats)");
		this.mailbox.drain();

		MimeMessage mail = TestMail.to(fixture.email()).get(0);
		assertThat(mail.getSubject())
			.isEqualTo("Ma Commune – Décision : votre demande " + fixture.reference() + " est refusée");
		assertThat(TestMail.plainText(mail)).contains("Objets hors collecte (gravats)",
				"http://localhost:8080/demandes/" + fixture.reference(), "inutile d’y répondre");
		assertThat(TestMail.to(fixture.email())).as("taking in charge sends nothing").hasSize(1);
	}

	@Test
	void acceptanceThenDatedInformationSendTwoEmails() throws Exception {
		Fixture fixture = submittedRequest();
		this.lifecycle.accept(fixture.reference(), "Agent Lefèvre", null);
		this.lifecycle.sendInformation(fixture.reference(), "Agent Lefèvre",
				"Sortez vos encombrants la veille au soir devant votre domicile.", LocalDate.of(2026, 12, 3));
		this.mailbox.drain();

		assertThat(TestMail.to(fixture.email())).extracting(MimeMessage::getSubject)
			.containsExactlyInAnyOrder("Ma Commune – Décision : votre demande " + fixture.reference() + " est acceptée",
					"Ma Commune – Information sur votre demande " + fixture.reference());
		MimeMessage information = TestMail.to(fixture.email())
			.stream()
			.filter((m) -> subject(m).contains("Information"))
			.findFirst()
			.orElseThrow();
		assertThat(TestMail.plainText(information)).contains("Sortez vos encombrants", "Date à retenir : 03/12/2026");
	}

	@Test
	void askingTheCitizenSendsAnInformationEmailAndMovesTheRequest() throws Exception {
		Fixture fixture = submittedRequest();
		this.lifecycle.askCitizen(fixture.reference(), "Agent Lefèvre",
				"Présentez-vous au guichet avec votre justificatif de domicile.");
		this.mailbox.drain();
		MimeMessage mail = TestMail.to(fixture.email()).get(0);
		assertThat(TestMail.plainText(mail)).contains("Présentez-vous au guichet", "Répondez depuis la page");
		assertThat(this.requests.findByReference(fixture.reference()).orElseThrow().getStatus())
			.isEqualTo(RequestStatus.AWAITING_CITIZEN);
	}

	@Test
	void refusedVerbChangesNothingAndSendsNothing() {
		Fixture fixture = submittedRequest();
		this.lifecycle.accept(fixture.reference(), "Agent", null);
		assertThatThrownBy(() -> this.lifecycle.refuse(fixture.reference(), "Agent", "motif"))
			.isInstanceOf(IllegalTransitionException.class);
		this.mailbox.drain();
		assertThat(TestMail.to(fixture.email())).hasSize(1);
		assertThat(this.requests.findByReference(fixture.reference()).orElseThrow().getStatus())
			.isEqualTo(RequestStatus.ACCEPTED);
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Fixture submittedRequest() {
		String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		String email = "citoyen-" + suffix.toLowerCase() + "@example.org";
		Citizen account = this.citizens.pending().named("Paul", "Durand").email(email).create();
		Request request = new Request("D" + suffix + "XXXXXXXXX", account.getId(), null, "ENC", 1,
				"Enlèvement des encombrants", "services-techniques", "services-techniques", "{}", this.clock.instant());
		String reference = "2026-ENC-" + suffix;
		request.submit(reference, "k" + suffix, "paul.durand", null, List.of(), List.of(), this.clock.instant());
		this.requests.save(request);
		return new Fixture(reference, email);
	}

	record Fixture(String reference, String email) {
	}

}
