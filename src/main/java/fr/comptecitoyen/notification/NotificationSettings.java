package fr.comptecitoyen.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Outgoing mail ({@code cc.mail.*}); the SMTP server itself is Spring Boot's
 * {@code spring.mail.*}.
 *
 * @param from the sender address of every email ("no need to reply")
 * @param maxAttempts attempts before a message is marked failed (48 attempts ≈ a day)
 * @param relayInterval how often the outbox is drained
 * @param batchSize messages sent per round
 */
@ConfigurationProperties("cc.mail")
public record NotificationSettings(@DefaultValue("ne-pas-repondre@example.org") String from,
		@DefaultValue("48") int maxAttempts, @DefaultValue("5s") Duration relayInterval,
		@DefaultValue("50") int batchSize) {

}
