package fr.comptecitoyen.account;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import fr.comptecitoyen.account.internal.Account;
import fr.comptecitoyen.account.internal.AccountRepository;
import fr.comptecitoyen.notification.Inbox;
import fr.comptecitoyen.support.Mailbox;
import fr.comptecitoyen.support.PortalTest;
import fr.comptecitoyen.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The town hall's verbs through {@link Accounts}: the correction round trip (email and
 * portal message, the citizen's change puts the account back in the queue), the status
 * history the validation queue shows, and two validators acting at once.
 */
@PortalTest
class AccountCorrectionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Profiles profiles;

	@Autowired
	AccountRepository repository;

	@Autowired
	Mailbox mailbox;

	@Autowired
	Inbox inbox;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	Clock clock;

	@Test
	void correctionIsAskedByEmailAndMadeByTheCitizensNextChange() throws Exception {
		Account account = pendingAccount();
		UUID id = account.getId();
		assertThatThrownBy(() -> this.accounts.requireEditable(id)).isInstanceOf(AccountNotEditableException.class);

		this.accounts.askCorrection(id, "Agent A", "Merci d’indiquer votre adresse complète.");
		this.mailbox.drain();
		MimeMessage mail = TestMail.to(account.getEmail()).get(0);
		assertThat(mail.getSubject()).isEqualTo("Ma Commune – Votre Compte Citoyen : une correction est demandée");
		assertThat(TestMail.plainText(mail)).contains("Bonjour Madame Camille Martin,",
				"Merci d’indiquer votre adresse complète.", "http://localhost:8080/compte");
		assertThat(this.inbox.messages(id, 10)).extracting(Inbox.Message::subject)
			.contains("Ma Commune – Votre Compte Citoyen : une correction est demandée");
		AccountSummary asked = this.accounts.find(id).orElseThrow();
		assertThat(asked.status()).isEqualTo(AccountStatus.PENDING);
		assertThat(asked.correctionRequested()).isTrue();
		assertThat(asked.editable()).isTrue();

		this.profiles.updateProfile(id,
				new ProfileChange(Civility.MADAME, "Martin", "Camille", null, LocalDate.of(1984, 3, 12), null,
						new PostalAddress("12 rue des Lilas", "Bât. B", "34999", "Ma Commune"),
						ContactPreference.EMAIL));
		AccountSummary corrected = this.accounts.find(id).orElseThrow();
		assertThat(corrected.address().complement()).isEqualTo("Bât. B");
		assertThat(corrected.correctionRequested()).isFalse();
		assertThat(corrected.editable()).as("back in the queue, locked until validated").isFalse();

		this.accounts.validate(id, "Agent B");
		assertThat(this.accounts.history(id))
			.extracting(AccountStatusChange::verb, AccountStatusChange::by, AccountStatusChange::to,
					AccountStatusChange::reason)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(AccountTransition.ASK_CORRECTION, "Agent A",
							AccountStatus.PENDING, "Merci d’indiquer votre adresse complète."),
					org.assertj.core.groups.Tuple.tuple(AccountTransition.CORRECTED, account.getUsername(),
							AccountStatus.PENDING, null),
					org.assertj.core.groups.Tuple.tuple(AccountTransition.VALIDATE, "Agent B", AccountStatus.VALIDATED,
							null));
	}

	@Test
	void compteTabShowsTheRequestedCorrectionAndOpensTheProfileForm() throws Exception {
		Account account = pendingAccount();
		CitizenPrincipal citizen = new CitizenPrincipal(account.getId(), account.getUsername(), "{noop}x", true, false);
		assertThat(page(citizen, "/compte/modifier")).doesNotContain("name=\"lastName\"");
		this.accounts.askCorrection(account.getId(), "Agent A", "Votre date de naissance semble erronée.");
		assertThat(page(citizen, "/compte")).contains("Correction demandée par la mairie",
				"Votre date de naissance semble erronée.");
		assertThat(page(citizen, "/compte/modifier")).contains("name=\"lastName\"");
	}

	private String page(CitizenPrincipal citizen, String path) throws Exception {
		return this.mvc.perform(get(path).with(user(citizen))).andReturn().getResponse().getContentAsString();
	}

	@Test
	void twoValidatorsAtOnceOneWinsTheOtherIsToldItIsAlreadyValidated() throws Exception {
		Account account = pendingAccount();
		UUID id = account.getId();
		CountDownLatch firstHasValidated = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<Void> first = CompletableFuture.runAsync(() -> this.transaction.executeWithoutResult((s) -> {
			this.accounts.validate(id, "Agent A");
			firstHasValidated.countDown();
			await(release);
		}));
		assertThat(firstHasValidated.await(20, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<Throwable> second = CompletableFuture.supplyAsync(() -> {
			try {
				this.accounts.validate(id, "Agent B");
				return null;
			}
			catch (RuntimeException ex) {
				return ex;
			}
		});
		// the second validator waits on the first one's lock, whatever the timing
		release.countDown();
		first.get(20, TimeUnit.SECONDS);
		assertThat(second.get(20, TimeUnit.SECONDS)).isInstanceOf(IllegalAccountTransitionException.class)
			.hasMessage("Ce compte a déjà été validé");
		assertThat(this.accounts.history(id)).singleElement().extracting(AccountStatusChange::by).isEqualTo("Agent A");
		this.mailbox.drain();
		List<MimeMessage> mails = TestMail.to(account.getEmail());
		assertThat(mails).extracting(MimeMessage::getSubject).containsExactly("Ma Commune – Votre compte a été validé");
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(20, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private Account pendingAccount() {
		String email = "correction-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		return this.repository.save(new Account("camille." + UUID.randomUUID().toString().substring(0, 6), email,
				"{noop}x", Civility.MADAME, "Martin", "Camille", LocalDate.of(1984, 3, 12), this.clock.instant()));
	}

}
