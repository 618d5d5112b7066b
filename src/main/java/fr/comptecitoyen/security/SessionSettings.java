package fr.comptecitoyen.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Session limits ({@code cc.session.*}).
 *
 * @param citizenIdle a citizen's session ends after this long without a request
 * @param staffIdle a staff member's session ends after this long without a request
 * @param absolute any session ends this long after sign-in, active or not
 */
@ConfigurationProperties("cc.session")
public record SessionSettings(@DefaultValue("2h") Duration citizenIdle, @DefaultValue("30m") Duration staffIdle,
		@DefaultValue("12h") Duration absolute) {

}
