package fr.comptecitoyen.security;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A password encoder that lets at most a given number of hashes run at once (the cores:
 * an Argon2id hash is CPU- and memory-bound, so that a sign-in flood queues here instead
 * of starving every other page of CPU and heap). A caller waits up to a bounded time for
 * a slot, then gets {@link PasswordHashingBusy} (a "réessayez" page, HTTP 503). The
 * hashes run on threads of their own at a lower scheduling priority
 * ({@link LowPriorityThreads}): during a sign-in flood they take the cores the pages
 * leave idle, and a page waits for no hash.
 */
final class HashingLimit implements PasswordEncoder {

	private final PasswordEncoder hashing;

	private final Semaphore slots;

	private final long maxWaitNanos;

	private final ExecutorService threads;

	/**
	 * @param hashing the encoder that does the work
	 * @param concurrent hashes at once, 1 or more
	 * @param maxWait the longest wait for a slot
	 * @param niceness the hashing threads' Linux nice value, 0 (normal priority) to 19
	 */
	HashingLimit(PasswordEncoder hashing, int concurrent, Duration maxWait, int niceness) {
		if (concurrent < 1) {
			throw new IllegalArgumentException("concurrent must be 1 or more: " + concurrent);
		}
		this.hashing = hashing;
		this.slots = new Semaphore(concurrent, true);
		this.maxWaitNanos = maxWait.toNanos();
		// Threads start with the first hashes and then stay (one per slot, a small stack
		// each): a thread started anew would lower its priority on a sign-in's path.
		this.threads = new ThreadPoolExecutor(concurrent, concurrent, 0, TimeUnit.MILLISECONDS,
				new LinkedBlockingQueue<>(), new LowPriorityThreads("password-hashing", niceness));
	}

	@Override
	public String encode(CharSequence rawPassword) {
		return hash(() -> this.hashing.encode(rawPassword));
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		return hash(() -> this.hashing.matches(rawPassword, encodedPassword));
	}

	/** Runs a hash on a hashing thread once a slot is free; the caller waits for it. */
	private <T> T hash(Callable<T> work) {
		acquire();
		try {
			return this.threads.submit(work).get();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new PasswordHashingBusy();
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
