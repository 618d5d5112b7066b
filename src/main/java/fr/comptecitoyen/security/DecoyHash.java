package fr.comptecitoyen.security;

import java.util.function.Supplier;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.util.function.SingletonSupplier;

/**
 * The stored hash of no one's password, checked against when there is no account to check
 * (unknown identifier, throttled attempt) so that the refusal costs one password hash
 * like any other and its timing tells nothing (OWASP ASVS 5.0 V6.3.8). Made on first use:
 * at start the JIT is cold and a hash takes a second.
 */
final class DecoyHash implements Supplier<String> {

	private final Supplier<String> hash;

	DecoyHash(PasswordEncoder encoder) {
		this.hash = SingletonSupplier.of(() -> encoder.encode("pas-un-vrai-mot-de-passe"));
	}

	/** The decoy's stored form, in the encoder's format. */
	@Override
	public String get() {
		return this.hash.get();
	}

}
