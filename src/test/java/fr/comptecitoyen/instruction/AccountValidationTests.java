package fr.comptecitoyen.instruction;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import fr.comptecitoyen.account.AccountStatus;
import fr.comptecitoyen.account.AccountStatusChange;
import fr.comptecitoyen.account.AccountTransition;
import fr.comptecitoyen.account.Accounts;
import fr.comptecitoyen.account.ContactPreference;
import fr.comptecitoyen.account.PendingAccounts;
import fr.comptecitoyen.account.PendingAccounts.DuplicateHint;
import fr.comptecitoyen.account.PendingAccounts.PendingAccount;
import fr.comptecitoyen.account.PendingAccounts.Rule;
import fr.comptecitoyen.instruction.internal.AccountValidation;
import fr.comptecitoyen.instruction.internal.StaffMember;
import fr.comptecitoyen.shared.web.Dates;
import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import fr.comptecitoyen.support.Client;
import fr.comptecitoyen.support.Mailbox;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@StaffTest
class AccountValidationTests {

	@Autowired
	Dates dates;

	@Autowired
	StaffMembers staff;

	@Autowired
	Mailbox mailbox;

	@Autowired
	Citizens citizens;

	@Autowired
	Accounts lifecycle;

	@Autowired
	PendingAccounts pending;

	@Autowired
	AccountValidation validation;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void validatingEmailsTheCitizenLiftsTheRestrictionsAndIsJournalled() throws Exception {
		Citizen account = citizen("Validé", "Léon", LocalDate.of(1971, 2, 3), null);
		StaffMember validator = this.staff.create(Set.of(StaffRole.ACCOUNT_VALIDATOR));
		Client browser = this.staff.enrolled(validator).client();
		assertThat(browser.get("/agent").getResponse().getContentAsString()).contains("Comptes à valider");
		assertThat(browser.get("/agent/comptes").getResponse().getContentAsString()).contains(account.getUsername());
		String page = browser.get("/agent/comptes/" + account.getUsername()).getResponse().getContentAsString();
		assertThat(page).contains("Léon", "Validé", account.getEmail(), "Valider le compte")
			.as("an account without an address says so")
			.contains("non renseignée")
			.doesNotContain("null, null");
		assertThatThrownBy(() -> this.lifecycle.requireEditable(account.getId())).isInstanceOf(RuntimeException.class);
		MvcResult result = browser.post("/agent/comptes/" + account.getUsername() + "/valider");
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/agent/comptes?valide=" + account.getUsername());
		assertThat(status(account)).isEqualTo(AccountStatus.VALIDATED);
		this.lifecycle.requireEditable(account.getId());
		assertThat(this.mailbox.mails(account.getEmail())).anyMatch((mail) -> mail.contains("validé"));
		assertThat(this.lifecycle.history(account.getId())).singleElement()
			.satisfies((change) -> assertThat(change.by()).isEqualTo(validator.getUsername()));
		assertThat(journal(account)).containsExactly("ACCOUNT_VIEWED", "ACCOUNT_VALIDATED");
	}

	@Test
	void askingACorrectionNeedsAMessageThenEmailsItAndPostsItInThePortalWhileTheAccountStaysPending() throws Exception {
		Citizen account = citizen("Correction", "Zoé", LocalDate.of(1980, 1, 1), null);
		Client browser = this.staff.enrolled(this.staff.create(Set.of(StaffRole.ACCOUNT_VALIDATOR))).client();
		MvcResult empty = browser.post("/agent/comptes/" + account.getUsername() + "/correction", "message", "  ");
		assertThat(empty.getResponse().getStatus()).isEqualTo(422);
		assertThat(empty.getResponse().getContentAsString()).contains("Écrivez ce que le titulaire doit corriger",
				"aria-invalid=\"true\"", "href=\"#message\"");
		String message = "Votre date de naissance semble inversée (jour et mois).";
		assertThat(browser.post("/agent/comptes/" + account.getUsername() + "/correction", "message", message)
			.getResponse()
			.getRedirectedUrl()).startsWith("/agent/comptes?correction=");
		assertThat(status(account)).isEqualTo(AccountStatus.PENDING);
		assertThat(this.mailbox.mails(account.getEmail()))
			.anyMatch((mail) -> mail.contains("une correction est demandée") && mail.contains("inversée"));
		Client citizen = this.citizens.signedIn(account);
		assertThat(citizen.get("/messages").getResponse().getContentAsString()).contains("une correction est demandée");
		assertThat(this.lifecycle.history(account.getId())).last().satisfies((change) -> {
			assertThat(change.verb()).isEqualTo(AccountTransition.ASK_CORRECTION);
			assertThat(change.reason()).isEqualTo(message);
		});
		assertThat(journal(account)).contains("ACCOUNT_CORRECTION_ASKED");
	}

	@Test
	void anAccountAwaitingACorrectionLeavesTheQueueUntilTheCitizenSavesAChange() throws Exception {
		Citizen account = citizen("Attente", "Inès", LocalDate.of(1988, 8, 8), null);
		StaffMember validator = this.staff.create(Set.of(StaffRole.ACCOUNT_VALIDATOR));
		Client browser = this.staff.enrolled(validator).client();
		assertThat(queued()).contains(account.getUsername());
		long before = this.pending.count();
		browser.post("/agent/comptes/" + account.getUsername() + "/correction", "message", "Ajoutez votre téléphone.");

		assertThat(queued()).doesNotContain(account.getUsername());
		assertThat(this.pending.count()).isEqualTo(before - 1);
		assertThat(browser.get("/agent/comptes").getResponse().getContentAsString())
			.doesNotContain(account.getUsername());
		MvcResult own = browser.get("/agent/comptes/" + account.getUsername());
		assertThat(own.getResponse().getStatus()).as("the account's own page stays open").isEqualTo(200);
		assertThat(own.getResponse().getContentAsString()).contains("a demandé une correction",
				"Ajoutez votre téléphone.");
		List<AccountStatusChange> changes = this.lifecycle.history(account.getId());
		String asked = this.dates.date(changes.get(changes.size() - 1).at());
		assertThat(browser.get("/agent/comptes").getResponse().getContentAsString())
			.contains("/agent/comptes/en-attente-de-correction");
		String awaiting = browser.get("/agent/comptes/en-attente-de-correction").getResponse().getContentAsString();
		assertThat(awaiting.substring(awaiting.indexOf(">" + account.getUsername() + "<")))
			.as("listed with the date of the request for correction")
			.contains(asked, "Ajoutez votre téléphone.");

		this.citizens.addChild(account, "Léa", 7);
		assertThat(this.lifecycle.find(account.getId()).orElseThrow().correctionRequested()).isFalse();
		assertThat(this.lifecycle.history(account.getId())).last()
			.satisfies((change) -> assertThat(change.verb()).isEqualTo(AccountTransition.CORRECTED));
		assertThat(queued()).contains(account.getUsername());
		assertThat(this.pending.count()).isEqualTo(before);
		assertThat(browser.get("/agent/comptes").getResponse().getContentAsString()).contains(account.getUsername());
		assertThat(browser.get("/agent/comptes/en-attente-de-correction").getResponse().getContentAsString())
			.doesNotContain(">" + account.getUsername() + "<");
	}

	@Test
	void refusingNeedsAReasonKeepsWhatWasTypedThenEmailsItAndEndsTheCitizensSessions() throws Exception {
		Citizen account = citizen("Refus", "Paul", LocalDate.of(1990, 6, 6), null);
		Client citizen = this.citizens.signedIn(account);
		assertThat(citizen.get("/compte").getResponse().getStatus()).isEqualTo(200);
		Client browser = this.staff.enrolled(this.staff.create(Set.of(StaffRole.ACCOUNT_VALIDATOR))).client();
		MvcResult empty = browser.post("/agent/comptes/" + account.getUsername() + "/refus", "reason", "");
		assertThat(empty.getResponse().getContentAsString()).contains("Donnez le motif du refus");
		assertThat(status(account)).isEqualTo(AccountStatus.PENDING);
		browser.post("/agent/comptes/" + account.getUsername() + "/refus", "reason", "Compte en double de paul.refus");
		assertThat(status(account)).isEqualTo(AccountStatus.REJECTED);
		assertThat(this.mailbox.mails(account.getEmail())).anyMatch((mail) -> mail.contains("Compte en double"));
		assertThat(citizen.get("/compte").getResponse().getRedirectedUrl()).contains("/connexion");
		assertThat(journal(account)).contains("ACCOUNT_REJECTED");
	}

	@Test
	void possibleDuplicatesAreHintedForEachRuleAmongValidatedAndPendingAccounts() {
		LocalDate born = LocalDate.of(1966, 9, 9);
		String phone = "+336" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
		Citizen account = citizen("Doublon", "Hélène", born, phone);
		Citizen sameIdentity = citizen("DOUBLON", "Helene", born, null);
		Citizen samePhone = citizen("Autre", "Nom", LocalDate.of(2000, 1, 1), phone);
		Citizen sameEmail = this.citizens.validated()
			.named("Autre", "Tout")
			.born(LocalDate.of(1950, 1, 1))
			.email(account.getEmail())
			.create();
		List<DuplicateHint> hints = this.pending.duplicates(account.getId());
		assertThat(hints).containsExactlyInAnyOrder(
				new DuplicateHint(sameIdentity.getUsername(), AccountStatus.PENDING, Rule.IDENTITY),
				new DuplicateHint(samePhone.getUsername(), AccountStatus.PENDING, Rule.PHONE),
				new DuplicateHint(sameEmail.getUsername(), AccountStatus.VALIDATED, Rule.EMAIL));
	}

	@Test
	void twoValidatorsActingAtOnceOnTheSameAccountOneWinsTheOtherIsToldPlainly() throws Exception {
		Citizen account = citizen("Concurrence", "Anne", LocalDate.of(1975, 3, 3), null);
		StaffPrincipal first = this.staff.create(Set.of(StaffRole.ACCOUNT_VALIDATOR)).principal();
		StaffPrincipal second = this.staff.create(Set.of(StaffRole.ACCOUNT_VALIDATOR)).principal();
		var view = this.validation.find(account.getUsername()).orElseThrow();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Callable<Boolean> validate = () -> {
				start.await();
				try {
					this.validation.validate(first, view, new MockHttpServletRequest());
					return true;
				}
				catch (RuntimeException lost) {
					return false;
				}
			};
			Callable<Boolean> reject = () -> {
				start.await();
				try {
					this.validation.reject(second, view, "Identité douteuse", new MockHttpServletRequest());
					return true;
				}
				catch (RuntimeException lost) {
					return false;
				}
			};
			Future<Boolean> a = pool.submit(validate);
			Future<Boolean> b = pool.submit(reject);
			start.countDown();
			assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder(true, false);
		}
		finally {
			pool.shutdown();
		}
		assertThat(this.lifecycle.history(account.getId())).hasSize(1);
		assertThat(journal(account)).hasSize(1);
		Client late = this.staff.enrolled(this.staff.create(Set.of(StaffRole.ACCOUNT_VALIDATOR))).client();
		MvcResult lost = late.post("/agent/comptes/" + account.getUsername() + "/valider");
		assertThat(lost.getResponse().getStatus()).isEqualTo(409);
		assertThat(lost.getResponse().getContentAsString()).contains("vient d’être traité");
	}

	@Test
	void anAgentWithoutTheValidatorRoleGetsTheForbiddenPageAndAnUnknownAccountIsNotFound() throws Exception {
		Client agent = this.staff.enrolled(this.staff.create(Set.of(StaffRole.AGENT), "education")).client();
		assertThat(agent.get("/agent/comptes").getResponse().getStatus()).isEqualTo(403);
		Client validator = this.staff.enrolled(this.staff.create(Set.of(StaffRole.ACCOUNT_VALIDATOR))).client();
		assertThat(validator.get("/agent/comptes/personne.inconnue").getResponse().getStatus()).isEqualTo(404);
		assertThat(validator.get("/agent/admin").getResponse().getStatus()).isEqualTo(403);
	}

	private Citizen citizen(String lastName, String firstName, LocalDate born, String phone) {
		Citizens.Builder builder = this.citizens.pending().named(firstName, lastName).born(born);
		if (phone != null) {
			builder.withPhone(phone, ContactPreference.EMAIL);
		}
		return builder.create();
	}

	private List<String> queued() {
		return this.pending.queue(Integer.MAX_VALUE).stream().map(PendingAccount::username).toList();
	}

	private AccountStatus status(Citizen citizen) {
		return this.lifecycle.find(citizen.id()).orElseThrow().status();
	}

	private List<String> journal(Citizen account) {
		return this.jdbc.queryForList(
				"select action from audit_event where actor_kind = 'STAFF' and object_ref = ? order by occurred_at",
				String.class, AccountValidation.object(account.getUsername()));
	}

}
