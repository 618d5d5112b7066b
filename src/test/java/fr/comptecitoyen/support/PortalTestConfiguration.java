package fr.comptecitoyen.support;

import java.time.Instant;

import fr.comptecitoyen.account.internal.AccountRepository;
import fr.comptecitoyen.account.internal.AuthenticatorApp;
import fr.comptecitoyen.document.internal.AttachmentJobs;
import fr.comptecitoyen.household.internal.HouseholdService;
import fr.comptecitoyen.notification.internal.OutboxRelay;
import fr.comptecitoyen.notification.internal.ReminderJob;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The beans {@link PortalTest} adds to the application: the movable clock in place of the
 * system clock, an SMS provider that records, and the test support.
 */
@TestConfiguration(proxyBeanMethods = false)
class PortalTestConfiguration {

	@Bean
	@Primary
	MutableClock mutableClock(@Value("${cc.test.clock-stopped-at:}") String stoppedAt) {
		if (stoppedAt.isBlank()) {
			return MutableClock.flowing();
		}
		return MutableClock.stoppedAt("now".equals(stoppedAt) ? Instant.now() : Instant.parse(stoppedAt));
	}

	@Bean
	Citizens testCitizens(AccountRepository accounts, PasswordEncoder encoder, HouseholdService household,
			AuthenticatorApp authenticator, MutableClock clock, ObjectProvider<MockMvc> mvc) {
		return new Citizens(accounts, encoder, household, authenticator, clock, mvc::getObject);
	}

	@Bean
	Pages testPages(ObjectProvider<MockMvc> mvc) {
		return new Pages(mvc::getObject);
	}

	@Bean
	Mailbox testMailbox(OutboxRelay relay, ReminderJob reminders, RecordingSmsSender sms) {
		return new Mailbox(relay, reminders, sms);
	}

	@Bean
	FileJobs testFileJobs(AttachmentJobs jobs) {
		return new FileJobs(jobs);
	}

	@Bean
	@Primary
	RecordingSmsSender recordingSmsSender() {
		return new RecordingSmsSender();
	}

}
