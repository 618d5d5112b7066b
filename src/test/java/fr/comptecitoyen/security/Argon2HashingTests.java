package fr.comptecitoyen.security;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The native Argon2id hashing: loaded on this machine, the portal's settings in each
 * hash, and hashes that Spring's pure-Java encoder verifies and the other way round
 * (hashes made before the native library, and by the benchmark's seed, keep working).
 */
class Argon2HashingTests {

	private static final String PASSWORD = "Crème brûlée à l'Aubrac, 2026 !";

	private final PasswordEncoder hashing = Argon2Hashing.create();

	private final PasswordEncoder java = Argon2Hashing.javaHashing();

	@Test
	void theNativeLibraryIsLoadedHere() {
		assertThat(this.hashing).isInstanceOf(Argon2Hashing.class);
	}

	@Test
	void aHashCarriesThePortalsSettingsAndANewSaltEachTime() {
		String first = this.hashing.encode(PASSWORD);
		String second = this.hashing.encode(PASSWORD);
		assertThat(first).matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
		assertThat(second).isNotEqualTo(first);
		assertThat(this.hashing.matches(PASSWORD, first)).isTrue();
		assertThat(this.hashing.matches(PASSWORD, second)).isTrue();
	}

	@Test
	void eachImplementationVerifiesTheOthersHashesOfAUtf8Password() {
		assertThat(this.java.matches(PASSWORD, this.hashing.encode(PASSWORD))).isTrue();
		assertThat(this.hashing.matches(PASSWORD, this.java.encode(PASSWORD))).isTrue();
		assertThat(this.hashing.matches("Creme brulee a l'Aubrac, 2026 !", this.java.encode(PASSWORD))).isFalse();
	}

	@Test
	void aWrongPasswordOrAMalformedHashDoesNotMatch() {
		String hash = this.hashing.encode(PASSWORD);
		assertThat(this.hashing.matches(PASSWORD + " ", hash)).isFalse();
		assertThat(this.hashing.matches(PASSWORD, hash.substring(0, hash.length() - 4))).isFalse();
		assertThat(this.hashing.matches(PASSWORD, "$argon2id$v=19$m=19456,t=2,p=1$pas-du-base64$!")).isFalse();
		assertThat(this.hashing.matches(PASSWORD, "$2a$10$abcdefghijklmnopqrstuv")).isFalse();
		assertThat(this.hashing.matches(PASSWORD, null)).isFalse();
	}

	@Test
	void aHashOfLowerCostIsUpgradedAtTheNextSignIn() {
		String cheaper = new org.springframework.security.crypto.argon2.Argon2PasswordEncoder(16, 32, 1, 4096, 1)
			.encode(PASSWORD);
		assertThat(this.hashing.matches(PASSWORD, cheaper)).isTrue();
		assertThat(this.hashing.upgradeEncoding(cheaper)).isTrue();
		assertThat(this.hashing.upgradeEncoding(this.hashing.encode(PASSWORD))).isFalse();
		assertThat(this.hashing.upgradeEncoding("pas un hachage")).isFalse();
	}

}
