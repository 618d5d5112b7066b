package fr.comptecitoyen.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * At most N password hashes run at once; the others wait for a slot, and a wait longer
 * than the bound ends in {@link PasswordHashingBusy}. Deterministic: the hashes are held
 * by latches, nothing depends on timing.
 */
class HashingLimitTests {

	private static final int CORES = 2;

	@Test
	void noMoreThanTheLimitHashAtOnceAndTheOthersWaitTheirTurn() throws Exception {
		BlockingEncoder blocking = new BlockingEncoder(CORES);
		HashingLimit limit = new HashingLimit(blocking, CORES, Duration.ofMinutes(5), 0);
		int callers = CORES * 4;
		ExecutorService pool = Executors.newFixedThreadPool(callers);
		try {
			List<Future<Boolean>> results = new ArrayList<>();
			for (int i = 0; i < callers; i++) {
				int n = i;
				results.add(pool.submit(
						() -> (n % 2 == 0) ? limit.matches("secret", "hash") : limit.encode("secret").equals("hash")));
			}
			assertThat(blocking.entered.await(1, TimeUnit.MINUTES)).isTrue();
			assertThat(blocking.inside.get()).as("hashes running while the first ones are held").isEqualTo(CORES);
			assertThat(results).noneMatch(Future::isDone);
			blocking.release.countDown();
			for (Future<Boolean> result : results) {
				assertThat(result.get(1, TimeUnit.MINUTES)).isTrue();
			}
			assertThat(blocking.calls.get()).isEqualTo(callers);
			assertThat(blocking.most.get()).as("most hashes ever running at once").isEqualTo(CORES);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aWaitLongerThanTheBoundIsRefusedAsBusyAndFreesNothing() throws Exception {
		BlockingEncoder blocking = new BlockingEncoder(1);
		HashingLimit limit = new HashingLimit(blocking, 1, Duration.ZERO, 0);
		ExecutorService pool = Executors.newSingleThreadExecutor();
		try {
			Future<Boolean> holder = pool.submit(() -> limit.matches("secret", "hash"));
			assertThat(blocking.entered.await(1, TimeUnit.MINUTES)).isTrue();
			assertThatThrownBy(() -> limit.matches("secret", "hash")).isInstanceOf(PasswordHashingBusy.class);
			assertThatThrownBy(() -> limit.encode("secret")).isInstanceOf(PasswordHashingBusy.class);
			blocking.release.countDown();
			assertThat(holder.get(1, TimeUnit.MINUTES)).isTrue();
			assertThat(limit.matches("secret", "hash")).as("the slot is free again").isTrue();
			assertThat(blocking.calls.get()).isEqualTo(2);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void upgradeCheckTakesNoSlot() throws Exception {
		BlockingEncoder blocking = new BlockingEncoder(1);
		HashingLimit limit = new HashingLimit(blocking, 1, Duration.ZERO, 0);
		ExecutorService pool = Executors.newSingleThreadExecutor();
		try {
			Future<Boolean> holder = pool.submit(() -> limit.matches("secret", "hash"));
			assertThat(blocking.entered.await(1, TimeUnit.MINUTES)).isTrue();
			assertThat(limit.upgradeEncoding("hash")).isTrue();
			blocking.release.countDown();
			assertThat(holder.get(1, TimeUnit.MINUTES)).isTrue();
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void hashesRunOnThreadsOfLowerPriorityThanTheCaller() throws Exception {
		assumeTrue(Files.exists(Path.of("/proc/thread-self/stat")), "Linux only (CI runs on Linux)");
		AtomicInteger niceness = new AtomicInteger(Integer.MIN_VALUE);
		PasswordEncoder recording = new BlockingEncoder(1) {
			@Override
			public boolean matches(CharSequence raw, String encoded) {
				niceness.set(niceOfThisThread());
				return true;
			}
		};
		HashingLimit limit = new HashingLimit(recording, 1, Duration.ofMinutes(1), 10);
		assertThat(limit.matches("secret", "hash")).isTrue();
		assertThat(niceness.get()).as("nice value of the hashing thread").isEqualTo(niceOfThisThread() + 10);
	}

	@Test
	void aFailingHashFailsTheCallerWithItsOwnException() {
		PasswordEncoder failing = new BlockingEncoder(1) {
			@Override
			public String encode(CharSequence raw) {
				throw new IllegalArgumentException("refused");
			}
		};
		HashingLimit limit = new HashingLimit(failing, 1, Duration.ofMinutes(1), 0);
		assertThatThrownBy(() -> limit.encode("secret")).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("refused");
		assertThatThrownBy(() -> limit.encode("secret")).as("the slot was given back")
			.isInstanceOf(IllegalArgumentException.class);
	}

	/**
	 * Field 19 of {@code /proc/thread-self/stat} (proc(5)): the calling thread's nice
	 * value.
	 */
	static int niceOfThisThread() {
		try {
			String stat = Files.readString(Path.of("/proc/thread-self/stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return Integer.parseInt(fields[16]);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	void theDefaultLimitIsTheProcessors() {
		assertThat(new HashingSettings(0, Duration.ofSeconds(5), 10).limit())
			.isEqualTo(Runtime.getRuntime().availableProcessors());
		assertThat(new HashingSettings(3, Duration.ofSeconds(5), 10).limit()).isEqualTo(3);
	}

	/** Holds every hash until released; records how many run at once. */
	static class BlockingEncoder implements PasswordEncoder {

		final CountDownLatch entered;

		final CountDownLatch release = new CountDownLatch(1);

		final AtomicInteger inside = new AtomicInteger();

		final AtomicInteger most = new AtomicInteger();

		final AtomicInteger calls = new AtomicInteger();

		BlockingEncoder(int expectedAtOnce) {
			this.entered = new CountDownLatch(expectedAtOnce);
		}

		@Override
		public String encode(CharSequence raw) {
			hold();
			return "hash";
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			hold();
			return true;
		}

		@Override
		public boolean upgradeEncoding(String encoded) {
			return true;
		}

		private void hold() {
			this.calls.incrementAndGet();
			int now = this.inside.incrementAndGet();
			this.most.accumulateAndGet(now, Math::max);
			this.entered.countDown();
			try {
				this.release.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			finally {
				this.inside.decrementAndGet();
			}
		}

	}

}
