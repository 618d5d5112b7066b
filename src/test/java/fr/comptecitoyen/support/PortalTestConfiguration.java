package fr.comptecitoyen.support;

import fr.comptecitoyen.instruction.StaffMembers;
import fr.comptecitoyen.request.tracking.TrackingData;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.Filter;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.test.util.ReflectionTestUtils;

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
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The beans {@link PortalTest} adds to the application: the movable clock in place of the
 * system clock, an SMS provider that records, the data source wrapped by
 * {@link StatementCounter} (which counts only where a test starts it), and the test
 * support (test data builders: every test class that needs no other bean or setting
 * shares one context, built once per test JVM; the queue's tests, which count requests
 * across the whole database, import {@link QueueData} and keep a context of their own).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ TrackingData.class, SentRequests.class, SubmittedRequests.class, StaffMembers.class,
		StatementCounter.Config.class })
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

	/**
	 * Undoes, after every MockMvc request, what spring-security-test's {@code csrf()}
	 * does for good: it swaps each security chain's CSRF token repository for a test one
	 * kept in the session. In a context with a real server (browser tests), the server
	 * would then no longer work as in production: a visitor's home page would open a
	 * session instead of carrying the token in a cookie ({@code SessionBoundCsrfTokens}).
	 */
	@Bean
	MockMvcBuilderCustomizer csrfRepositoriesRestored(@Qualifier("springSecurityFilterChain") Filter security) {
		Map<CsrfFilter, Object> real = new LinkedHashMap<>();
		for (SecurityFilterChain chain : ((FilterChainProxy) security).getFilterChains()) {
			for (Filter filter : chain.getFilters()) {
				if (filter instanceof CsrfFilter csrf) {
					real.put(csrf, ReflectionTestUtils.getField(csrf, "tokenRepository"));
				}
			}
		}
		return (builder) -> builder.alwaysDo((result) -> real
			.forEach((filter, repository) -> ReflectionTestUtils.setField(filter, "tokenRepository", repository)));
	}

	@Bean
	@Primary
	RecordingSmsSender recordingSmsSender() {
		return new RecordingSmsSender();
	}

}
