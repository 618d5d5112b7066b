package fr.comptecitoyen.account;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.comptecitoyen.account.internal.Account;
import fr.comptecitoyen.account.internal.AccountRepository;
import fr.comptecitoyen.support.Mailbox;
import fr.comptecitoyen.support.PortalTest;
import fr.comptecitoyen.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The town hall's decisions on an account, as the back office will call them, and the
 * emails they send through the outbox to a real SMTP server.
 */
@PortalTest
class AccountDecisionMailsTests {

	@Autowired
	Accounts accounts;

	@Autowired
	AccountRepository repository;

	@Autowired
	Mailbox mailbox;

	@Autowired
	Clock clock;

	@Test
	void validatingAnAccountSendsTheValidationEmailWithoutAnyRequestLink() throws Exception {
		Account account = pendingAccount();
		this.accounts.validate(account.getId(), "Agent");
		this.mailbox.drain();

		List<MimeMessage> mails = TestMail.to(account.getEmail());
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).getSubject()).isEqualTo("Ma Commune – Votre compte a été validé");
		String text = TestMail.plainText(mails.get(0));
		assertThat(text)
			.contains("Bonjour Madame Camille Martin,", "Votre compte a été validé par la mairie de Ma Commune",
					"inutile d’y répondre", "aide-compte-citoyen@example.org", "http://localhost:8080/compte")
			.doesNotContain("/demandes");
		assertThat(TestMail.html(mails.get(0))).contains("Votre compte a été validé");
		assertThat(this.accounts.find(account.getId()).orElseThrow().status()).isEqualTo(AccountStatus.VALIDATED);
	}

	@Test
	void validatingTwiceIsRefusedAndSendsOneEmail() {
		Account account = pendingAccount();
		this.accounts.validate(account.getId(), "Agent");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> this.accounts.validate(account.getId(), "Agent"))
			.isInstanceOf(IllegalStateException.class);
		this.mailbox.drain();
		assertThat(TestMail.to(account.getEmail())).hasSize(1);
	}

	@Test
	void rejectingGivesTheReasonToTheCitizen() throws Exception {
		Account account = pendingAccount();
		this.accounts.reject(account.getId(), "Agent", "Justificatif de domicile illisible");
		this.mailbox.drain();
		MimeMessage mail = TestMail.to(account.getEmail()).get(0);
		assertThat(mail.getSubject()).contains("n’a pas été acceptée");
		assertThat(TestMail.plainText(mail)).contains("Justificatif de domicile illisible");
	}

	@Test
	void suspendingNeedsAValidatedAccountAndExplainsWhy() throws Exception {
		Account account = pendingAccount();
		this.accounts.validate(account.getId(), "Agent");
		this.accounts.suspend(account.getId(), "Agent", "Usage abusif signalé");
		this.mailbox.drain();
		assertThat(TestMail.to(account.getEmail())).extracting(MimeMessage::getSubject)
			.containsExactlyInAnyOrder("Ma Commune – Votre compte a été validé",
					"Ma Commune – Votre compte est suspendu");
		assertThat(this.accounts.find(account.getId()).orElseThrow().status()).isEqualTo(AccountStatus.SUSPENDED);
	}

	private Account pendingAccount() {
		String email = "camille-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		return this.repository.save(new Account("camille." + UUID.randomUUID().toString().substring(0, 6), email,
				"{noop}x", Civility.MADAME, "Martin", "Camille", LocalDate.of(1984, 3, 12), this.clock.instant()));
	}

}
