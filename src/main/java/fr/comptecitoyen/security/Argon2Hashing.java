package fr.comptecitoyen.security;

import java.nio.charset.StandardCharsets;

import de.mkammerer.argon2.Argon2;
import de.mkammerer.argon2.Argon2Factory;
import de.mkammerer.argon2.Argon2Factory.Argon2Types;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Argon2id (RFC 9106) at the portal's settings, m=19456 KiB, t=2, p=1 (OWASP Password
 * Storage Cheat Sheet; ASVS 5.0 V11.4.2), salt of 16 bytes, hash of 32, passwords as
 * UTF-8. Hashes are PHC strings ({@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>},
 * Base64 without padding), the same as Spring Security's {@link Argon2PasswordEncoder}
 * writes: each verifies the other's.
 * <p>
 * The hashing is done by the reference implementation, libargon2, bundled for Linux in
 * argon2-jvm and called through JNA: its 19 MiB work area is allocated outside the Java
 * heap and freed at once. Spring's encoder (Bouncy Castle, pure Java) allocates it on the
 * heap in some 19 000 blocks of 1 KiB, which outlive a young collection during a sign-in
 * flood and filled the 256 MB heap: a full collection every second, stopping every page
 * ({@code bench/results/2026-12-02T0247Z-smoke.md}, then {@code 0255Z} with this class).
 * Where the native library cannot be loaded (another processor or system),
 * {@link #create()} falls back to Spring's encoder and says so in the log.
 */
final class Argon2Hashing implements PasswordEncoder {

	private static final Logger logger = LoggerFactory.getLogger(Argon2Hashing.class);

	static final int SALT_BYTES = 16;

	static final int HASH_BYTES = 32;

	static final int MEMORY_KIB = 19456;

	static final int ITERATIONS = 2;

	static final int PARALLELISM = 1;

	private final Argon2 argon2;

	private Argon2Hashing(Argon2 argon2) {
		this.argon2 = argon2;
	}

	/**
	 * @return the native encoder, or where libargon2 cannot be loaded Spring's pure-Java
	 * encoder at the same settings
	 */
	static PasswordEncoder create() {
		try {
			Argon2 argon2 = Argon2Factory.create(Argon2Types.ARGON2id, SALT_BYTES, HASH_BYTES);
			// Loads the library now, at the smallest cost (8 KiB, one pass).
			argon2.hash(1, 8, 1, "essai");
			return new Argon2Hashing(argon2);
		}
		catch (LinkageError | RuntimeException ex) {
			logger.warn(
					"libargon2 cannot be loaded here ({}): passwords are hashed in Java, more slowly and on the heap",
					ex.toString());
			return javaHashing();
		}
	}

	/** Spring Security's pure-Java Argon2id at the same settings. */
	static PasswordEncoder javaHashing() {
		return new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, PARALLELISM, MEMORY_KIB, ITERATIONS);
	}

	@Override
	public String encode(CharSequence rawPassword) {
		return this.argon2.hash(ITERATIONS, MEMORY_KIB, PARALLELISM, rawPassword.toString(), StandardCharsets.UTF_8);
	}

	/**
	 * @return false for a wrong password, and for a hash that is not an Argon2id PHC
	 * string
	 */
	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		if (encodedPassword == null || !encodedPassword.startsWith("$argon2id$")) {
			return false;
		}
		return this.argon2.verify(encodedPassword, rawPassword.toString(), StandardCharsets.UTF_8);
	}

	/**
	 * @return true when the hash was made with a lower cost than the current settings
	 */
	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		try {
			return encodedPassword != null
					&& this.argon2.needsRehash(encodedPassword, ITERATIONS, MEMORY_KIB, PARALLELISM);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
