package fr.comptecitoyen.instruction;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import fr.comptecitoyen.account.AccountStatus;
import fr.comptecitoyen.account.Accounts;
import fr.comptecitoyen.account.Civility;
import fr.comptecitoyen.account.PendingAccounts;
import fr.comptecitoyen.account.PendingAccounts.DuplicateHint;
import fr.comptecitoyen.account.PendingAccounts.Rule;
import fr.comptecitoyen.account.internal.Account;
import fr.comptecitoyen.account.internal.AccountRepository;
import fr.comptecitoyen.credentials.Citizens;
import fr.comptecitoyen.credentials.Citizens.Browser;
import fr.comptecitoyen.instruction.internal.AccountValidation;
import fr.comptecitoyen.instruction.internal.StaffMember;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@StaffTest
class AccountValidationTests {

	@Autowired
	StaffMembers staff;

	@Autowired
	Citizens citizens;

	@Autowired
	AccountRepository accounts;

	@Autowired
	Accounts lifecycle;

	@Autowired
	PendingAccounts pending;

	@Autowired
	AccountValidation validation;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void validatingEmailsTheCitizenLiftsTheRestrictionsAndIsJournalled() throws Exception {
		Account account = citizen("Validé", "Léon", LocalDate.of(1971, 2, 3), null);
		StaffMember validator = this.staff.create(Set.of(StaffRole.ACCOUNT_VALIDATOR));
		Browser browser = this.staff.enrolled(validator).browser();
		assertThat(browser.get("/agent").getResponse().getContentAsString()).contains("Comptes à valider");
		assertThat(browser.get("/agent/comptes").getResponse().getContentAsString()).contains(account.getUsername());
		String page = browser.get("/agent/comptes/" + account.getUsername()).getResponse().getContentAsString();
		assertThat(page).contains("Léon", "Validé", account.getEmail(), "Valider le compte");
		assertThatThrownBy(() -> this.lifecycle.requireEditable(account.getId())).isInstanceOf(RuntimeException.class);
		MvcResult result = browser.post("/agent/comptes/" + account.getUsername() + "/valider");
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/agent/comptes?valide=" + account.getUsername());
		assertThat(this.citizens.reload(account).getStatus()).isEqualTo(AccountStatus.VALIDATED);
		this.lifecycle.requireEditable(account.getId());
		assertThat(this.citizens.mails(account.getEmail(), 1)).anyMatch((mail) -> mail.contains("validé"));
		assertThat(this.lifecycle.history(account.getId())).singleElement()
			.satisfies((change) -> assertThat(change.by()).isEqualTo(validator.getUsername()));
		assertThat(journal(account)).containsExactly("ACCOUNT_VIEWED", "ACCOUNT_VALIDATED");
	}

	@Test
	void askingACorrectionNeedsAMessageThenEmailsItAndPostsItInThePortalWhileTheAccountStaysPending() throws Exception {
		Account account = citizen("Correction", "Zoé", LocalDate.of(1980, 1, 1), null);
		Browser browser = this.staff.enrolled(this.staff.create(Set.of(StaffRole.ACCOUNT_VALIDATOR))).browser();
		MvcResult empty = browser.post("/agent/comptes/" + account.getUsername() + "/correction", "message", "  ");
		assertThat(empty.getResponse().getStatus()).isEqualTo(422);
		assertThat(empty.getResponse().getContentAsString()).contains("Écrivez ce que le titulaire doit corriger",
				"aria-invalid=\"true\"", "href=\"#message\"");
		String message = "Votre date de naissance semble inversée (jour et mois).";
		assertThat(browser.post("/agent/comptes/" + account.getUsername() + "/correction", "message", message)
			.getResponse()
			.getRedirectedUrl()).startsWith("/agent/comptes?correction=");
		assertThat(this.citizens.reload(account).getStatus()).isEqualTo(AccountStatus.PENDING);
		assertThat(this.citizens.mails(account.getEmail(), 1)).anyMatch((mail) -> mail.contains("inversée"));
		Browser citizen = this.citizens.signedIn(account);
		assertThat(citizen.get("/messages").getResponse().getContentAsString()).contains("Votre compte est à corriger");
		assertThat(journal(account)).contains("ACCOUNT_CORRECTION_ASKED");
	}

	@Test
	void refusingNeedsAReasonKeepsWhatWasTypedThenEmailsItAndEndsTheCitizensSessions() throws Exception {
		Account account = citizen("Refus", "Paul", LocalDate.of(1990, 6, 6), null);
		Browser citizen = this.citizens.signedIn(account);
		assertThat(citizen.get("/compte").getResponse().getStatus()).isEqualTo(200);
		Browser browser = this.staff.enrolled(this.staff.create(Set.of(StaffRole.ACCOUNT_VALIDATOR))).browser();
		MvcResult empty = browser.post("/agent/comptes/" + account.getUsername() + "/refus", "reason", "");
		assertThat(empty.getResponse().getContentAsString()).contains("Donnez le motif du refus");
		assertThat(this.citizens.reload(account).getStatus()).isEqualTo(AccountStatus.PENDING);
		browser.post("/agent/comptes/" + account.getUsername() + "/refus", "reason", "Compte en double de paul.refus");
		assertThat(this.citizens.reload(account).getStatus()).isEqualTo(AccountStatus.REJECTED);
		assertThat(this.citizens.mails(account.getEmail(), 1)).anyMatch((mail) -> mail.contains("Compte en double"));
		assertThat(citizen.get("/compte").getResponse().getRedirectedUrl()).contains("/connexion");
		assertThat(journal(account)).contains("ACCOUNT_REJECTED");
	}

	@Test
	void possibleDuplicatesAreHintedForEachRuleAmongValidatedAndPendingAccounts() {
		LocalDate born = LocalDate.of(1966, 9, 9);
		Account account = citizen("Doublon", "Hélène", born, "+33611223344");
		Account sameIdentity = citizen("DOUBLON", "Helene", born, null);
		Account samePhone = citizen("Autre", "Nom", LocalDate.of(2000, 1, 1), "+33611223344");
		Account sameEmail = this.accounts.save(new Account("x" + UUID.randomUUID().toString().substring(0, 8),
				account.getEmail(), this.encoder.encode(Citizens.PASSWORD), Civility.MADAME, "Tout", "Autre",
				LocalDate.of(1950, 1, 1), this.staff.clock().instant()));
		sameEmail.validate(this.staff.clock().instant());
		this.accounts.save(sameEmail);
		List<DuplicateHint> hints = this.pending.duplicates(account.getId());
		assertThat(hints).containsExactlyInAnyOrder(
				new DuplicateHint(sameIdentity.getUsername(), AccountStatus.PENDING, Rule.IDENTITY),
				new DuplicateHint(samePhone.getUsername(), AccountStatus.PENDING, Rule.PHONE),
				new DuplicateHint(sameEmail.getUsername(), AccountStatus.VALIDATED, Rule.EMAIL));
	}

	@Test
	void twoValidatorsActingAtOnceOnTheSameAccountOneWinsTheOtherIsToldPlainly() throws Exception {
		Account account = citizen("Concurrence", "Anne", LocalDate.of(1975, 3, 3), null);
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
		Browser late = this.staff.enrolled(this.staff.create(Set.of(StaffRole.ACCOUNT_VALIDATOR))).browser();
		MvcResult lost = late.post("/agent/comptes/" + account.getUsername() + "/valider");
		assertThat(lost.getResponse().getStatus()).isEqualTo(409);
		assertThat(lost.getResponse().getContentAsString()).contains("vient d’être traité");
	}

	@Test
	void anAgentWithoutTheValidatorRoleGetsTheForbiddenPageAndAnUnknownAccountIsNotFound() throws Exception {
		Browser agent = this.staff.enrolled(this.staff.create(Set.of(StaffRole.AGENT), "education")).browser();
		assertThat(agent.get("/agent/comptes").getResponse().getStatus()).isEqualTo(403);
		Browser validator = this.staff.enrolled(this.staff.create(Set.of(StaffRole.ACCOUNT_VALIDATOR))).browser();
		assertThat(validator.get("/agent/comptes/personne.inconnue").getResponse().getStatus()).isEqualTo(404);
		assertThat(validator.get("/agent/admin").getResponse().getStatus()).isEqualTo(403);
	}

	private Account citizen(String lastName, String firstName, LocalDate born, String phone) {
		String username = "c" + UUID.randomUUID().toString().substring(0, 8);
		Account account = new Account(username, username + "@example.test", this.encoder.encode(Citizens.PASSWORD),
				Civility.MADAME, lastName, firstName, born, this.staff.clock().instant());
		if (phone != null) {
			account.completeRegistration(null, phone, null, fr.comptecitoyen.account.ContactPreference.EMAIL,
					this.staff.clock().instant());
		}
		return this.accounts.save(account);
	}

	private List<String> journal(Account account) {
		return this.jdbc.queryForList(
				"select action from audit_event where actor_kind = 'STAFF' and object_ref = ? order by occurred_at",
				String.class, AccountValidation.object(account.getUsername()));
	}

}
