package fr.comptecitoyen.instruction;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import fr.comptecitoyen.account.AccountStatus;
import fr.comptecitoyen.account.Accounts;
import fr.comptecitoyen.instruction.internal.AccountValidation;
import fr.comptecitoyen.instruction.internal.StaffMember;
import fr.comptecitoyen.security.AuditPurgeJob;
import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import fr.comptecitoyen.support.Client;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@StaffTest
class AuditJournalTests {

	@Autowired
	StaffMembers staff;

	@Autowired
	Citizens citizens;

	@Autowired
	Accounts accounts;

	@Autowired
	AccountValidation validation;

	@Autowired
	AuditPurgeJob purge;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void administratorsSearchTheJournalByPersonObjectAndDatesOnePageAtATime() throws Exception {
		StaffMember validator = this.staff.create(Set.of(StaffRole.ACCOUNT_VALIDATOR));
		Client validatorBrowser = this.staff.enrolled(validator).client();
		Citizen account = citizen();
		validatorBrowser.get("/agent/comptes/" + account.getUsername());
		assertThat(validatorBrowser.get("/agent/journal").getResponse().getStatus()).isEqualTo(403);

		Client admin = this.staff.enrolled(this.staff.create(Set.of(StaffRole.ADMINISTRATOR))).client();
		String byPerson = admin.get("/agent/journal?personne=" + validator.getUsername())
			.getResponse()
			.getContentAsString();
		assertThat(byPerson).contains("Compte consulté", "Connexion d’agent réussie",
				"Application d’authentification enregistrée", "compte:" + account.getUsername());
		String byObject = admin.get("/agent/journal?objet=compte:" + account.getUsername())
			.getResponse()
			.getContentAsString();
		assertThat(byObject).contains("Entrées trouvées : 1").doesNotContain("Connexion d’agent réussie");
		LocalDate today = LocalDate.ofInstant(this.staff.clock().instant(), java.time.ZoneId.of("Europe/Paris"));
		assertThat(admin.get("/agent/journal?personne=" + validator.getUsername() + "&du=" + today.plusDays(1))
			.getResponse()
			.getContentAsString()).contains("Entrées trouvées : 0");
		String bad = admin.get("/agent/journal?personne=x&du=31-31-2026").getResponse().getContentAsString();
		assertThat(bad).contains("Saisissez une date valide", "aria-invalid=\"true\"", "value=\"x\"");
		String inverted = admin.get("/agent/journal?du=2026-12-31&au=2026-01-01").getResponse().getContentAsString();
		assertThat(inverted).contains("La date de fin doit être le même jour que la date de début ou après",
				"href=\"#au\"", "value=\"31/12/2026\"");
		for (int i = 0; i < 55; i++) {
			this.jdbc.update(
					"insert into audit_event (id, occurred_at, action, actor, actor_kind, object_ref) values (?, ?, 'ACCOUNT_VIEWED', ?, 'STAFF', 'compte:pages')",
					UUID.randomUUID(), Timestamp.from(this.staff.clock().instant()), validator.getUsername());
		}
		String first = admin.get("/agent/journal?objet=compte:pages").getResponse().getContentAsString();
		assertThat(first).contains("Entrées trouvées : 55", "page 1 sur 2", "Page suivante");
		assertThat(admin.get("/agent/journal?objet=compte:pages&page=2").getResponse().getContentAsString())
			.contains("page 2 sur 2", "Page précédente");
		assertThat(admin.get("/agent/journal?objet=compte:pages&page=abc").getResponse().getContentAsString())
			.as("a page number typed wrong in the address shows the first page")
			.contains("page 1 sur 2");
	}

	@Test
	void aDecisionThatRollsBackLeavesNoJournalEntry() {
		Citizen account = citizen();
		StaffPrincipal validator = this.staff.create(Set.of(StaffRole.ACCOUNT_VALIDATOR)).principal();
		var view = this.validation.find(account.getUsername()).orElseThrow();
		this.transactions.executeWithoutResult((status) -> {
			this.validation.validate(validator, view, new MockHttpServletRequest());
			status.setRollbackOnly();
		});
		assertThat(this.accounts.find(account.getId()).orElseThrow().status()).isEqualTo(AccountStatus.PENDING);
		assertThat(entries("compte:" + account.getUsername())).isZero();
		this.validation.validate(validator, view, new MockHttpServletRequest());
		assertThat(entries("compte:" + account.getUsername())).isOne();
	}

	@Test
	void entriesOlderThanAYearArePurgedOnceByTwoSchedulersAtOnce() throws Exception {
		String old = "purge:" + UUID.randomUUID();
		String recent = "purge:" + UUID.randomUUID();
		insert(old);
		this.staff.clock().advance(Duration.ofDays(200));
		insert(recent);
		this.staff.clock().advance(Duration.ofDays(166));
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<?>> runs = List.of(pool.submit(() -> {
				start.await();
				this.purge.scheduledRun();
				return null;
			}), pool.submit(() -> {
				start.await();
				this.purge.scheduledRun();
				return null;
			}));
			start.countDown();
			for (Future<?> run : runs) {
				run.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(entries(old)).isZero();
		assertThat(entries(recent)).isOne();
		assertThat(this.jdbc.queryForObject("select count(*) from shedlock where name = 'audit-purge'", Integer.class))
			.as("the job takes its ShedLock lock")
			.isOne();
	}

	private void insert(String object) {
		this.jdbc.update(
				"insert into audit_event (id, occurred_at, action, actor, actor_kind, object_ref) values (?, ?, 'ACCOUNT_VIEWED', 'test', 'STAFF', ?)",
				UUID.randomUUID(), Timestamp.from(this.staff.clock().instant()), object);
	}

	private int entries(String object) {
		Integer count = this.jdbc.queryForObject("select count(*) from audit_event where object_ref = ?", Integer.class,
				object);
		return (count != null) ? count : 0;
	}

	private Citizen citizen() {
		return this.citizens.pending().named("Jules", "Journal").born(LocalDate.of(1982, 4, 4)).create();
	}

}
