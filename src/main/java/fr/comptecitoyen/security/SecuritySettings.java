package fr.comptecitoyen.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Security settings ({@code cc.security.*}; the captcha and sessions have their own).
 *
 * @param totpKey the AES key that encrypts authenticator secrets in the database, base64
 * of 16 or 32 bytes (environment variable {@code CC_SECURITY_TOTP_KEY}); when empty, one
 * is generated once in the data directory (see {@link SecondFactorKey})
 * @param totpPreviousKeys keys used before a rotation, still tried when decrypting
 * @param trustedProxies addresses of the reverse proxies whose {@code X-Forwarded-For}
 * and {@code X-Forwarded-Proto} are believed (exact IPv4 or IPv6 addresses, or CIDR
 * ranges); empty by default: the client address is then the direct peer's, whatever the
 * headers say
 * @param accountsPerAddressPerHour accounts one client address may create per hour
 * @param accountsPerAddressPerDay accounts one client address may create per day
 * @param visitorRequestsPerAddressPerDay requests without an account one client address
 * may send per day
 * @param breachedPasswords where the list of breached-password hashes is ({@code file:/…}
 * or {@code classpath:…}; see {@link BreachedPasswords}); empty: no check
 * @param recoveryAnswerTime how long every answer to a recovery request takes, whether an
 * account was found or not (see {@link EvenTiming}); longer than the work for an existing
 * account (a link, an email queued, an audit row)
 */
@ConfigurationProperties("cc.security")
public record SecuritySettings(@DefaultValue("") String totpKey, @DefaultValue("") List<String> totpPreviousKeys,
		@DefaultValue("") List<String> trustedProxies, @DefaultValue("10") int accountsPerAddressPerHour,
		@DefaultValue("30") int accountsPerAddressPerDay, @DefaultValue("20") int visitorRequestsPerAddressPerDay,
		@DefaultValue("") String breachedPasswords, @DefaultValue("300ms") Duration recoveryAnswerTime) {

	/** Normalises the lists: no blank entries. */
	public SecuritySettings {
		trustedProxies = clean(trustedProxies);
		totpPreviousKeys = clean(totpPreviousKeys);
	}

	private static List<String> clean(List<String> values) {
		return (values == null) ? List.of()
				: values.stream().map(String::strip).filter((value) -> !value.isEmpty()).toList();
	}

}
