package fr.comptecitoyen.security;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A password encoder that lets at most a given number of hashes run at once (the cores:
 * an Argon2id hash is CPU- and memory-bound, so that a sign-in flood queues here instead
 * of starving every other page of CPU and heap). A caller waits up to a bounded time for
 * a slot, then gets {@link PasswordHashingBusy} (a "réessayez" page, HTTP 503).
 */
final class HashingLimit implements PasswordEncoder {

	private final PasswordEncoder hashing;

	private final Semaphore slots;

	private final long maxWaitNanos;

	/**
	 * @param hashing the encoder that does the work
	 * @param concurrent hashes at once, 1 or more
	 * @param maxWait the longest wait for a slot
	 */
	HashingLimit(PasswordEncoder hashing, int concurrent, Duration maxWait) {
		if (concurrent < 1) {
			throw new IllegalArgumentException("concurrent must be 1 or more: " + concurrent);
		}
		this.hashing = hashing;
		this.slots = new Semaphore(concurrent, true);
		this.maxWaitNanos = maxWait.toNanos();
	}

	@Override
	public String encode(CharSequence rawPassword) {
		acquire();
		try {
			return this.hashing.encode(rawPassword);
		}
		finally {
			this.slots.release();
		}
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		acquire();
		try {
			return this.hashing.matches(rawPassword, encodedPassword);
		}
		finally {
			this.slots.release();
		}
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		// Reads the hash's prefix and parameters only: no hashing, no slot.
		return this.hashing.upgradeEncoding(encodedPassword);
	}

	private void acquire() {
		try {
			if (!this.slots.tryAcquire(this.maxWaitNanos, TimeUnit.NANOSECONDS)) {
				throw new PasswordHashingBusy();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new PasswordHashingBusy();
		}
	}

}
