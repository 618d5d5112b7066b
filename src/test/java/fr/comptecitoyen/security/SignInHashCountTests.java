package fr.comptecitoyen.security;

import java.util.concurrent.atomic.AtomicInteger;

import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import fr.comptecitoyen.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each sign-in attempt costs exactly one password hash, refused or not, known identifier
 * or not: a refusal checked twice would double both the work and the failures counted.
 */
@PortalTest
@Import(SignInHashCountTests.CountingEncoder.class)
class SignInHashCountTests {

	@Autowired
	Citizens citizens;

	@Test
	void oneHashPerAttemptWhateverTheAnswer() throws Exception {
		Citizen account = this.citizens.validated().create();
		assertThat(hashesFor(() -> this.citizens.client().signIn(account.getUsername(), "mauvais mot de passe")))
			.isEqualTo(1);
		assertThat(hashesFor(() -> this.citizens.client().signIn("personne.inconnue", "mauvais mot de passe")))
			.isEqualTo(1);
		assertThat(hashesFor(() -> this.citizens.client().signIn(account.getUsername(), Citizens.PASSWORD)))
			.isEqualTo(1);
	}

	/**
	 * By email, always {@link AccountsByEmail#CHECKED} hashes: an unknown address, one
	 * used once and one shared by several accounts cost the same, right password or not.
	 */
	@Test
	void signInByEmailCostsTheSameHashesWhateverTheAddress() throws Exception {
		String shared = "partage-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		this.citizens.validated().named("Anne", Citizens.unique("Hash")).email(shared).create();
		this.citizens.validated().named("Paul", Citizens.unique("Hash")).email(shared).create();
		Citizen alone = this.citizens.validated().create();
		int checked = AccountsByEmail.CHECKED;
		assertThat(hashesFor(() -> this.citizens.client().signIn("inconnu-" + shared, "mauvais mot de passe")))
			.isEqualTo(checked);
		assertThat(hashesFor(() -> this.citizens.client().signIn(alone.getEmail(), "mauvais mot de passe")))
			.isEqualTo(checked);
		assertThat(hashesFor(() -> this.citizens.client().signIn(alone.getEmail(), Citizens.PASSWORD)))
			.isEqualTo(checked);
		assertThat(hashesFor(() -> this.citizens.client().signIn(shared, Citizens.PASSWORD))).isEqualTo(checked);
	}

	private static int hashesFor(Attempt attempt) throws Exception {
		int before = CountingEncoder.MATCHES.get();
		attempt.run();
		return CountingEncoder.MATCHES.get() - before;
	}

	interface Attempt {

		void run() throws Exception;

	}

	/** Counts the password comparisons of the application's encoder. */
	@TestConfiguration(proxyBeanMethods = false)
	static class CountingEncoder {

		static final AtomicInteger MATCHES = new AtomicInteger();

		@Bean
		static BeanPostProcessor countPasswordChecks() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					if (!(bean instanceof PasswordEncoder encoder)) {
						return bean;
					}
					return new PasswordEncoder() {
						@Override
						public String encode(CharSequence raw) {
							return encoder.encode(raw);
						}

						@Override
						public boolean matches(CharSequence raw, String encoded) {
							MATCHES.incrementAndGet();
							return encoder.matches(raw, encoded);
						}

						@Override
						public boolean upgradeEncoding(String encoded) {
							return encoder.upgradeEncoding(encoded);
						}
					};
				}
			};
		}

	}

}
