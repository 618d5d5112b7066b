package fr.comptecitoyen.request.tracking;

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

import fr.comptecitoyen.account.ContactPreference;
import fr.comptecitoyen.request.RequestLifecycle;
import fr.comptecitoyen.request.internal.Request;
import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import fr.comptecitoyen.support.Mailbox;
import fr.comptecitoyen.support.MutableClock;
import fr.comptecitoyen.support.PortalTest;
import fr.comptecitoyen.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bulky-item reminder: a dated information message schedules it for the evening
 * before at 18:00 in the commune's time zone; the job sends it then, once, even with two
 * schedulers; by SMS too when the citizen chose the phone and gave a mobile number.
 */
@PortalTest(properties = "cc.test.clock-stopped-at=2026-11-28T09:00:00Z")
class ReminderTests {

	@Autowired
	Citizens citizens;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TrackingData data;

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	static final LocalDate PICKUP = LocalDate.of(2026, 12, 3);

	@Autowired
	MutableClock time;

	@Autowired
	RequestLifecycle lifecycle;

	@Autowired
	Mailbox mailbox;

	@Test
	void theReminderLeavesTheEveningBeforeAtSixInTheCommunesTimeZoneOnce() throws Exception {
		int texts = this.mailbox.textCount();
		Citizen camille = this.data.citizen("Camille", "Martin");
		Request request = scheduled(camille);
		this.mailbox.drain();
		MimeMessage information = subject(camille, "Information sur votre demande").get(0);
		assertThat(TestMail.plainText(information)).contains("Date à retenir : 03/12/2026");

		at(LocalDateTime.of(2026, 12, 2, 17, 59));
		assertThat(this.mailbox.remind()).isZero();
		this.mailbox.drain();
		assertThat(subject(camille, "Sortez vos encombrants")).isEmpty();

		at(LocalDateTime.of(2026, 12, 2, 18, 0));
		assertThat(this.mailbox.remind()).isEqualTo(1);
		assertThat(this.mailbox.remind()).isZero();
		this.mailbox.drain();
		List<MimeMessage> reminders = subject(camille, "Sortez vos encombrants");
		assertThat(reminders).hasSize(1);
		assertThat(reminders.get(0).getSubject())
			.isEqualTo("Ma Commune – Sortez vos encombrants ce soir (enlèvement le 03/12/2026)");
		assertThat(TestMail.plainText(reminders.get(0))).contains(
				"Sortez vos encombrants ce soir, pour un enlèvement demain 03/12/2026.", request.getReference(),
				"http://localhost:8080/demandes/" + request.getReference(), "inutile d’y répondre");
		assertThat(TestMail.html(reminders.get(0))).contains("Sortez vos encombrants ce soir");
		assertThat(this.mailbox.textCount()).as("SMS sent").isEqualTo(texts);
	}

	@Test
	void twoSchedulersAtOnceSendTheReminderOnce() throws Exception {
		Citizen camille = this.data.citizen("Camille", "Martin");
		Request request = scheduled(camille);
		at(LocalDateTime.of(2026, 12, 2, 18, 5));

		runTogether(this.mailbox::remindAsScheduled, this.mailbox::remindAsScheduled);
		this.mailbox.remindAsScheduled();
		// without the lock too: the rows are claimed with SKIP LOCKED and the outbox
		// deduplicates
		runTogether(this.mailbox::remind, this.mailbox::remind);

		assertThat(this.jdbc.queryForObject("select count(*) from outbox_message where dedup_key like ?", Integer.class,
				"reminder:" + request.getId() + "%"))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from shedlock where name = 'reminders'", Integer.class))
			.as("the job takes its ShedLock lock")
			.isEqualTo(1);
		this.mailbox.drain();
		assertThat(subject(camille, "Sortez vos encombrants")).hasSize(1);
	}

	@Test
	void aCitizenWhoChoseThePhoneWithAMobileNumberIsAlsoRemindedBySms() throws Exception {
		Citizen camille = withPhone("06 12 34 56 78", ContactPreference.PHONE);
		scheduled(camille);
		at(LocalDateTime.of(2026, 12, 2, 18, 0));
		assertThat(this.mailbox.remind()).isEqualTo(2);
		this.mailbox.drain();

		assertThat(this.mailbox.texts("+33612345678")).singleElement()
			.asString()
			.contains("sortez vos encombrants ce soir, pour un enlèvement demain 03/12/2026");
		assertThat(subject(camille, "Sortez vos encombrants")).hasSize(1);
		assertThat(
				this.jdbc.queryForObject("select count(*) from outbox_message where account_id = ? and channel = 'SMS'",
						Integer.class, camille.getId()))
			.isEqualTo(1);
	}

	@Test
	void noSmsForALandlineOrForACitizenWhoChoseEmail() throws Exception {
		int texts = this.mailbox.textCount();
		Citizen landline = withPhone("01 42 34 56 78", ContactPreference.PHONE);
		Citizen byEmail = withPhone("06 12 34 56 79", ContactPreference.EMAIL);
		scheduled(landline);
		scheduled(byEmail);
		at(LocalDateTime.of(2026, 12, 2, 18, 0));
		assertThat(this.mailbox.remind()).isEqualTo(2);
		this.mailbox.drain();
		assertThat(this.mailbox.textCount()).as("SMS sent").isEqualTo(texts);
		assertThat(subject(landline, "Sortez vos encombrants")).hasSize(1);
		assertThat(subject(byEmail, "Sortez vos encombrants")).hasSize(1);
	}

	@Test
	void aNewDateReplacesTheReminderOfTheOldOne() throws Exception {
		Citizen camille = this.data.citizen("Camille", "Martin");
		Request request = scheduled(camille);
		this.lifecycle.sendInformation(request.getReference(), "Agent", "Passage reporté.", PICKUP.plusDays(7));
		at(LocalDateTime.of(2026, 12, 2, 18, 0));
		assertThat(this.mailbox.remind()).isZero();
		at(LocalDateTime.of(2026, 12, 9, 18, 0));
		assertThat(this.mailbox.remind()).isEqualTo(1);
		this.mailbox.drain();
		assertThat(subject(camille, "Sortez vos encombrants")).singleElement()
			.satisfies((m) -> assertThat(m.getSubject()).contains("10/12/2026"));
	}

	/** A bulky-item request, accepted, with the pickup day sent on 28/11. */
	private Request scheduled(Citizen account) {
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

	private Citizen withPhone(String phone, ContactPreference preference) {
		return this.citizens.validated().named("Camille", "Martin").withPhone(phone, preference).create();
	}

	private static List<MimeMessage> subject(Citizen account, String words) {
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

}
