package fr.comptecitoyen.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Daemon threads that run at a lower scheduling priority than the threads serving pages:
 * each lowers its own Linux "nice" value when it starts, so that the kernel's scheduler
 * gives the CPU to a page first and to this thread's work whenever a core is idle (nice
 * 10 weighs about a tenth of nice 0, see {@code sched(7)}).
 * <p>
 * Java has no API for a thread's nice value ({@link Thread#setPriority(int)} is ignored
 * by the JVM on Linux unless it runs as root with {@code -XX:ThreadPriorityPolicy=1}),
 * and no well-kept library sets it without a native binding. Linux applies
 * {@code setpriority(2)} on a thread id to that thread alone, so the thread runs
 * {@code renice} (util-linux, present on every Linux) on its own id, read from
 * {@code /proc/thread-self}; a process may always lower its own priority. Where that
 * fails (another system, no {@code renice}), the thread runs at the normal priority and
 * says so once in the log.
 */
final class LowPriorityThreads implements ThreadFactory {

	private static final Logger logger = LoggerFactory.getLogger(LowPriorityThreads.class);

	private final String name;

	private final int niceness;

	private final AtomicInteger count = new AtomicInteger();

	/**
	 * @param name the threads' name prefix
	 * @param niceness the nice value the threads take, 1 to 19 (0: normal priority)
	 */
	LowPriorityThreads(String name, int niceness) {
		if (niceness < 0 || niceness > 19) {
			throw new IllegalArgumentException("niceness must be 0 to 19: " + niceness);
		}
		this.name = name;
		this.niceness = niceness;
	}

	@Override
	public Thread newThread(Runnable work) {
		Thread thread = new Thread(() -> {
			lowerThisThread();
			work.run();
		}, this.name + "-" + this.count.incrementAndGet());
		thread.setDaemon(true);
		return thread;
	}

	private void lowerThisThread() {
		if (this.niceness == 0) {
			return;
		}
		try {
			String id = Files.readSymbolicLink(Path.of("/proc/thread-self")).getFileName().toString();
			Process renice = new ProcessBuilder("renice", "-n", String.valueOf(this.niceness), "-p", id)
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			if (!renice.waitFor(10, TimeUnit.SECONDS) || renice.exitValue() != 0) {
				renice.destroyForcibly();
				logger.warn("{}: renice failed, the thread keeps the normal priority", this.name);
			}
		}
		catch (IOException | UnsupportedOperationException ex) {
			logger.warn("{}: no renice or /proc/thread-self here ({}), the thread keeps the normal priority", this.name,
					ex.toString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
