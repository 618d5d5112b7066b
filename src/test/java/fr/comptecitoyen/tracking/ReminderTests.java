package fr.comptecitoyen.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import fr.comptecitoyen.account.Civility;
import fr.comptecitoyen.account.ContactPreference;
import fr.comptecitoyen.account.internal.Account;
import fr.comptecitoyen.notification.internal.OutboxRelay;
import fr.comptecitoyen.notification.internal.ReminderJob;
import fr.comptecitoyen.notification.internal.SmsSender;
import fr.comptecitoyen.request.RequestLifecycle;
import fr.comptecitoyen.request.internal.Request;
import fr.comptecitoyen.support.MutableClock;
import fr.comptecitoyen.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * The bulky-item reminder: a dated information message schedules it for the evening
 * before at 18:00 in the commune's time zone; the job sends it then, once, even with two
 * schedulers; by SMS too when the citizen chose the phone and gave a mobile number.
 */
class ReminderTests extends TrackingTest {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	static final LocalDate PICKUP = LocalDate.of(2026, 12, 3);

	@Autowired
	MutableClock time;

	@Autowired
	RequestLifecycle lifecycle;

	@Autowired
	ReminderJob job;

	@Autowired
	OutboxRelay relay;

	@Autowired
	PasswordEncoder passwords;

	@MockitoBean
	SmsSender sms;

	@Test
	void theReminderLeavesTheEveningBeforeAtSixInTheCommunesTimeZoneOnce() throws Exception {
		Account camille = this.data.citizen("Camille", "Martin");
		Request request = scheduled(camille);
		this.relay.drain();
		MimeMessage information = subject(camille, "Information sur votre demande").get(0);
		assertThat(TestMail.plainText(information)).contains("Date à retenir : 03/12/2026");

		at(LocalDateTime.of(2026, 12, 2, 17, 59));
		assertThat(this.job.run()).isZero();
		this.relay.drain();
		assertThat(subject(camille, "Sortez vos encombrants")).isEmpty();

		at(LocalDateTime.of(2026, 12, 2, 18, 0));
		assertThat(this.job.run()).isEqualTo(1);
		assertThat(this.job.run()).isZero();
		this.relay.drain();
		List<MimeMessage> reminders = subject(camille, "Sortez vos encombrants");
		assertThat(reminders).hasSize(1);
		assertThat(reminders.get(0).getSubject())
			.isEqualTo("Ma Commune – Sortez vos encombrants ce soir (enlèvement le 03/12/2026)");
		assertThat(TestMail.plainText(reminders.get(0))).contains(
				"Sortez vos encombrants ce soir, pour un enlèvement demain 03/12/2026.", request.getReference(),
				"http://localhost:8080/demandes/" + request.getReference(), "inutile d’y répondre");
		assertThat(TestMail.html(reminders.get(0))).contains("Sortez vos encombrants ce soir");
		verify(this.sms, never()).send(anyString(), anyString());
	}

	@Test
	void twoSchedulersAtOnceSendTheReminderOnce() throws Exception {
		Account camille = this.data.citizen("Camille", "Martin");
		Request request = scheduled(camille);
		at(LocalDateTime.of(2026, 12, 2, 18, 5));

		runTogether(this.job::scheduledRun, this.job::scheduledRun);
		this.job.scheduledRun();
		// without the lock too: the rows are claimed with SKIP LOCKED and the outbox
		// deduplicates
		runTogether(this.job::run, this.job::run);

		assertThat(this.jdbc.queryForObject("select count(*) from outbox_message where dedup_key like ?", Integer.class,
				"reminder:" + request.getId() + "%"))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from shedlock where name = 'reminders'", Integer.class))
			.as("the job takes its ShedLock lock")
			.isEqualTo(1);
		this.relay.drain();
		assertThat(subject(camille, "Sortez vos encombrants")).hasSize(1);
	}

	@Test
	void aCitizenWhoChoseThePhoneWithAMobileNumberIsAlsoRemindedBySms() throws Exception {
		Account camille = withPhone("06 12 34 56 78", ContactPreference.PHONE);
		scheduled(camille);
		at(LocalDateTime.of(2026, 12, 2, 18, 0));
		assertThat(this.job.run()).isEqualTo(2);
		this.relay.drain();

		verify(this.sms).send(eq("+33612345678"),
				contains("sortez vos encombrants ce soir, pour un enlèvement demain 03/12/2026"));
		assertThat(subject(camille, "Sortez vos encombrants")).hasSize(1);
		assertThat(
				this.jdbc.queryForObject("select count(*) from outbox_message where account_id = ? and channel = 'SMS'",
						Integer.class, camille.getId()))
			.isEqualTo(1);
	}

	@Test
	void noSmsForALandlineOrForACitizenWhoChoseEmail() throws Exception {
		Account landline = withPhone("01 42 34 56 78", ContactPreference.PHONE);
		Account byEmail = withPhone("06 12 34 56 79", ContactPreference.EMAIL);
		scheduled(landline);
		scheduled(byEmail);
		at(LocalDateTime.of(2026, 12, 2, 18, 0));
		assertThat(this.job.run()).isEqualTo(2);
		this.relay.drain();
		verify(this.sms, never()).send(anyString(), anyString());
		assertThat(subject(landline, "Sortez vos encombrants")).hasSize(1);
		assertThat(subject(byEmail, "Sortez vos encombrants")).hasSize(1);
	}

	@Test
	void aNewDateReplacesTheReminderOfTheOldOne() throws Exception {
		Account camille = this.data.citizen("Camille", "Martin");
		Request request = scheduled(camille);
		this.lifecycle.sendInformation(request.getReference(), "Agent", "Passage reporté.", PICKUP.plusDays(7));
		at(LocalDateTime.of(2026, 12, 2, 18, 0));
		assertThat(this.job.run()).isZero();
		at(LocalDateTime.of(2026, 12, 9, 18, 0));
		assertThat(this.job.run()).isEqualTo(1);
		this.relay.drain();
		assertThat(subject(camille, "Sortez vos encombrants")).singleElement()
			.satisfies((m) -> assertThat(m.getSubject()).contains("10/12/2026"));
	}

	/** A bulky-item request, accepted, with the pickup day sent on 28/11. */
	private Request scheduled(Account account) {
		at(LocalDateTime.of(2026, 11, 28, 10, 0));
		Request request = this.data.submitted(account, "ENC", "{}");
		this.lifecycle.accept(request.getReference(), "Agent", null);
		this.lifecycle.sendInformation(request.getReference(), "Agent", "Nos équipes passeront dans la matinée.",
				PICKUP);
		return request;
	}

	private void at(LocalDateTime local) {
		this.time.set(local.atZone(PARIS).toInstant());
	}

	private Account withPhone(String phone, ContactPreference preference) {
		Instant now = this.time.instant();
		String username = "camille.martin" + System.nanoTime();
		Account account = new Account(username, username + "@example.org", this.passwords.encode("x"), Civility.MADAME,
				"Martin", "Camille", LocalDate.of(1985, 4, 2), now);
		account.completeRegistration(null, phone, null, preference, now);
		account.validate("Mairie", now);
		// validated long ago: no validation email in this test
		account.clearEvents();
		return this.accountRepository.save(account);
	}

	private static List<MimeMessage> subject(Account account, String words) {
		return TestMail.to(account.getEmail()).stream().filter((m) -> {
			try {
				return m.getSubject().contains(words);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private static void runTogether(Runnable first, Runnable second) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> runs = new ArrayList<>();
		for (Runnable run : List.of(first, second)) {
			runs.add(pool.submit(() -> {
				start.await();
				run.run();
				return null;
			}));
		}
		start.countDown();
		for (Future<?> run : runs) {
			run.get(30, TimeUnit.SECONDS);
		}
		pool.shutdown();
	}

	@TestConfiguration
	static class Time {

		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock(Instant.parse("2026-11-28T09:00:00Z"));
		}

	}

}
