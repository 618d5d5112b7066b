package fr.comptecitoyen.instruction;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import fr.comptecitoyen.instruction.internal.DailyDigest;
import fr.comptecitoyen.instruction.internal.StaffMember;
import fr.comptecitoyen.request.RequestLifecycle;
import fr.comptecitoyen.support.Client;
import fr.comptecitoyen.support.Mailbox;
import fr.comptecitoyen.support.SubmittedRequests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily digest: opted in on "Mes préférences", one email a day at most listing the
 * new and changed requests of the agent's departments, none when nothing changed, one
 * even when two schedulers run at once.
 */
@StaffTest
class DailyDigestTests {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@Autowired
	StaffMembers staff;

	@Autowired
	SubmittedRequests requests;

	@Autowired
	RequestLifecycle lifecycle;

	@Autowired
	DailyDigest digest;

	@Autowired
	Mailbox mailbox;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAgentWhoOptedInGetsOneDigestADayListingNewAndChangedRequestsAndNoneWithoutChange() throws Exception {
		nextMorning();
		String before = this.requests.bulkyItems();
		StaffMember agent = this.staff.create(Set.of(StaffRole.AGENT), "services-techniques");
		StaffMember schoolAgent = this.staff.create(Set.of(StaffRole.AGENT), "education");
		subscribe(agent);
		subscribe(schoolAgent);
		this.staff.clock().advance(Duration.ofMinutes(1));
		this.digest.run();
		assertThat(this.mailbox.mails(agent.getEmail())).as("nothing changed since opting in").isEmpty();

		String sent = this.requests.bulkyItems();
		this.lifecycle.takeInCharge(before, "Un collègue");
		this.digest.run();
		List<String> mails = this.mailbox.mails(agent.getEmail());
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0)).contains("Récapitulatif du jour", sent, before, "nouvelle", "modifiée",
				"/agent/demandes/" + sent);
		assertThat(this.mailbox.mails(schoolAgent.getEmail())).as("another department's requests").isEmpty();

		this.lifecycle.sendInformation(sent, "Un collègue", "Passage jeudi.", null);
		this.digest.run();
		assertThat(this.mailbox.mails(agent.getEmail())).as("not twice the same day").hasSize(1);

		nextMorning();
		this.digest.run();
		List<String> next = this.mailbox.mails(agent.getEmail());
		assertThat(next).as("the change of the evening before, the next day").hasSize(2);
		assertThat(next.get(1)).contains(sent).doesNotContain(before);

		nextMorning();
		this.digest.run();
		assertThat(this.mailbox.mails(agent.getEmail())).as("none when nothing changed").hasSize(2);
	}

	@Test
	void twoSchedulersAtOnceSendOneDigest() throws Exception {
		nextMorning();
		StaffMember agent = this.staff.create(Set.of(StaffRole.AGENT), "services-techniques");
		subscribe(agent);
		this.staff.clock().advance(Duration.ofMinutes(1));
		this.requests.bulkyItems();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<?>> runs = List.of(pool.submit(() -> {
				start.await();
				this.digest.scheduledRun();
				return null;
			}), pool.submit(() -> {
				start.await();
				this.digest.scheduledRun();
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
		assertThat(this.mailbox.mails(agent.getEmail())).hasSize(1);
		assertThat(this.jdbc.queryForObject("select count(*) from shedlock where name = 'staff-digest'", Integer.class))
			.as("the job takes its ShedLock lock")
			.isOne();
	}

	@Test
	void thePreferencesPageAsksForAChoice() throws Exception {
		StaffMember agent = this.staff.create(Set.of(StaffRole.AGENT), "services-techniques");
		Client browser = this.staff.enrolled(agent).client();
		var refused = browser.post("/agent/preferences", "digest", "").getResponse();
		assertThat(refused.getStatus()).isEqualTo(422);
		assertThat(refused.getContentAsString()).contains("Choisissez si vous voulez recevoir", "digest-error");
		assertThat(browser.get("/agent/preferences").getResponse().getContentAsString())
			.contains("value=\"NONE\" checked");
		browser.post("/agent/preferences", "digest", "DAILY");
		assertThat(browser.get("/agent/preferences").getResponse().getContentAsString())
			.contains("value=\"DAILY\" checked");
		browser.post("/agent/preferences", "digest", "NONE");
		assertThat(this.digest.subscribed(agent.getId())).isFalse();
	}

	private void subscribe(StaffMember agent) throws Exception {
		Client browser = this.staff.enrolled(agent).client();
		assertThat(browser.post("/agent/preferences", "digest", "DAILY").getResponse().getRedirectedUrl())
			.isEqualTo("/agent/preferences?enregistre");
		assertThat(this.digest.subscribed(agent.getId())).isTrue();
	}

	/** 08:00 in Paris, the day after the clock's. */
	private void nextMorning() {
		LocalDate day = this.staff.clock().instant().atZone(PARIS).toLocalDate().plusDays(1);
		this.staff.clock().set(day.atTime(LocalTime.of(8, 0)).atZone(PARIS).toInstant());
	}

}
