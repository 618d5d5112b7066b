package fr.comptecitoyen.security;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password hashing: Argon2id with m=19456 KiB, t=2, p=1 (OWASP's recommendation), by
 * libargon2 ({@link Argon2Hashing}). Hashes carry their algorithm ({@code {argon2}…}) so
 * that older formats are recognised and upgraded at the next sign-in. At most
 * {@link HashingSettings#limit()} hashes run at once ({@link HashingLimit}).
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

	static final String CURRENT = "argon2";

	@Bean
	PasswordEncoder passwordEncoder(HashingSettings settings) {
		return new HashingLimit(hashing(), settings.limit(), settings.maxWait(), settings.niceness());
	}

	/** The portal's hashing, without the limit. */
	static PasswordEncoder hashing() {
		Map<String, PasswordEncoder> encoders = Map.of(CURRENT, Argon2Hashing.create(), "bcrypt",
				new BCryptPasswordEncoder());
		return new DelegatingPasswordEncoder(CURRENT, encoders);
	}

}
