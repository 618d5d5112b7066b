package fr.comptecitoyen.instruction.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the staff's daily digest ({@code cc.digest.*}).
 *
 * @param interval how often the job looks for digests to send ({@code 1h}); the job's
 * {@code @Scheduled} reads the same property
 * @param hour the commune's hour (0–23) from which the day's digest goes out
 */
@ConfigurationProperties("cc.digest")
public record DigestSettings(@DefaultValue("1h") Duration interval, @DefaultValue("7") int hour) {

}
