package fr.comptecitoyen.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Security settings ({@code cc.security.*}; the captcha and sessions have their own).
 *
 * @param trustedProxies addresses of the reverse proxies whose {@code X-Forwarded-For}
 * and {@code X-Forwarded-Proto} are believed (exact IPv4 or IPv6 addresses); empty by
 * default: the client address is then the direct peer's, whatever the headers say
 * @param accountsPerAddressPerHour accounts one client address may create per hour
 * @param accountsPerAddressPerDay accounts one client address may create per day
 * @param visitorRequestsPerAddressPerDay requests without an account one client address
 * may send per day
 * @param breachedPasswords where the list of breached-password hashes is ({@code file:/…}
 * or {@code classpath:…}; see {@link BreachedPasswords}); empty: no check
 */
@ConfigurationProperties("cc.security")
public record SecuritySettings(@DefaultValue("") List<String> trustedProxies,
		@DefaultValue("10") int accountsPerAddressPerHour, @DefaultValue("30") int accountsPerAddressPerDay,
		@DefaultValue("20") int visitorRequestsPerAddressPerDay, @DefaultValue("") String breachedPasswords) {

	/** Normalises the list: no blank entries. */
	public SecuritySettings {
		trustedProxies = (trustedProxies == null) ? List.of()
				: trustedProxies.stream().map(String::strip).filter((proxy) -> !proxy.isEmpty()).toList();
	}

}
