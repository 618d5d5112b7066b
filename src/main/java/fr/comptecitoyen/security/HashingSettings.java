package fr.comptecitoyen.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many password hashes may run at once ({@code cc.security.hashing.*}).
 *
 * @param concurrent hashes computed at the same time at most; {@code 0} (the default)
 * means the number of processors the JVM sees. Each Argon2id hash holds 19 MiB and one
 * core for its whole duration: more at once only makes every page slower
 * @param maxWait how long a sign-in, an account creation or a password change waits for a
 * free slot before the "réessayez" page (HTTP 503) is shown
 * @param niceness the Linux nice value of the hashing threads, 0 (the pages' priority) to
 * 19; the default 10 gives a page the CPU before a hash, and a hash every core the pages
 * leave idle
 */
@ConfigurationProperties("cc.security.hashing")
public record HashingSettings(@DefaultValue("0") int concurrent, @DefaultValue("5s") Duration maxWait,
		@DefaultValue("10") int niceness) {

	/**
	 * The limit in force: {@link #concurrent()}, or the processors when it is 0 or less.
	 */
	public int limit() {
		return (this.concurrent > 0) ? this.concurrent : Runtime.getRuntime().availableProcessors();
	}

}
