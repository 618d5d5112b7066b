package fr.comptecitoyen.security;

import java.time.Duration;
import java.util.UUID;

import fr.comptecitoyen.support.MutableClock;
import fr.comptecitoyen.security.RateLimit.Limit;
import fr.comptecitoyen.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one fixed-window limiter: a window per subject from its first use, refusals not
 * counted, uses committed even when the caller's transaction rolls back, and the daily
 * limits per address built on it.
 */
@PortalTest
class RateLimitTests {

	@Autowired
	RateLimit rateLimit;

	@Autowired
	AntiAutomation antiAutomation;

	@Autowired
	MutableClock clock;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void allowsMaxUsesPerWindowThenRefusesUntilTheWindowEnds() {
		Limit limit = new Limit("test-" + UUID.randomUUID(), 3, Duration.ofMinutes(10));
		for (int i = 0; i < 3; i++) {
			assertThat(this.rateLimit.tryAcquire(limit, "203.0.113.7")).isTrue();
		}
		assertThat(this.rateLimit.tryAcquire(limit, "203.0.113.7")).isFalse();
		assertThat(this.rateLimit.tryAcquire(limit, " 203.0.113.7 ")).as("same subject").isFalse();
		assertThat(this.rateLimit.tryAcquire(limit, "203.0.113.8")).as("another subject").isTrue();
		assertThat(this.rateLimit.used(limit, "203.0.113.7")).isEqualTo(3);
		this.clock.advance(Duration.ofMinutes(10));
		assertThat(this.rateLimit.tryAcquire(limit, "203.0.113.7")).isTrue();
		assertThat(this.rateLimit.used(limit, "203.0.113.7")).isEqualTo(1);
	}

	@Test
	void aUseStaysCountedWhenTheCallersTransactionRollsBack() {
		Limit limit = new Limit("test-" + UUID.randomUUID(), 2, Duration.ofHours(1));
		this.transactions.executeWithoutResult((status) -> {
			assertThat(this.rateLimit.tryAcquire(limit, "abc")).isTrue();
			status.setRollbackOnly();
		});
		assertThat(this.rateLimit.used(limit, "abc")).isEqualTo(1);
	}

	@Test
	void anAddressCreatesAtMostTenAccountsAnHourAndThirtyADay() {
		String address = "198.51.100." + (1 + (UUID.randomUUID().hashCode() & 0x7f));
		for (int hour = 0; hour < 3; hour++) {
			for (int i = 0; i < 10; i++) {
				assertThat(this.antiAutomation.mayCreateAccount(address)).as("hour %d, account %d", hour, i).isTrue();
			}
			assertThat(this.antiAutomation.mayCreateAccount(address)).isFalse();
			this.clock.advance(Duration.ofMinutes(61));
		}
		assertThat(this.antiAutomation.mayCreateAccount(address)).as("31st account of the day").isFalse();
		this.clock.advance(Duration.ofHours(21));
		assertThat(this.antiAutomation.mayCreateAccount(address)).isTrue();
	}

	@Test
	void visitorRequestsAreLimitedPerAddressAndDay() {
		String address = "2001:db8::" + Integer.toHexString(UUID.randomUUID().hashCode() & 0xffff);
		for (int i = 0; i < 20; i++) {
			assertThat(this.antiAutomation.maySubmitAsVisitor(address)).isTrue();
		}
		assertThat(this.antiAutomation.maySubmitAsVisitor(address)).isFalse();
		this.clock.advance(Duration.ofDays(1));
		assertThat(this.antiAutomation.maySubmitAsVisitor(address)).isTrue();
	}

}
