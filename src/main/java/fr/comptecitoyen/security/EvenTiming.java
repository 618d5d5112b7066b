package fr.comptecitoyen.security;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Answers that take the same time whatever they found: the work runs, then the thread
 * waits until a fixed time has passed since it started, so that an answer for an existing
 * account (a link issued, an email queued, an audit row) cannot be told from an answer
 * for nobody by its duration (OWASP ASVS 5.0 V6.3.8, no user enumeration by timing). The
 * time must be longer than the slowest work; when the work overruns it, a warning says
 * so, because the answer then leaks again.
 */
@Component
public class EvenTiming {

	private static final Logger log = LoggerFactory.getLogger(EvenTiming.class);

	/**
	 * Runs the work and returns no sooner than {@code answerTime} after the call.
	 * @param what a name for the warning when the work took longer
	 * @param answerTime the duration of every answer
	 * @param work the work; its exceptions come out after the wait too
	 */
	public void run(String what, Duration answerTime, Runnable work) {
		long start = System.nanoTime();
		try {
			work.run();
		}
		finally {
			long spent = System.nanoTime() - start;
			long left = answerTime.toNanos() - spent;
			if (left > 0) {
				sleep(left);
			}
			else {
				log.warn("{} took {} ms, longer than its even answer time of {} ms: raise the setting", what,
						TimeUnit.NANOSECONDS.toMillis(spent), answerTime.toMillis());
			}
		}
	}

	private static void sleep(long nanos) {
		long end = System.nanoTime() + nanos;
		long left = nanos;
		try {
			while (left > 0) {
				TimeUnit.NANOSECONDS.sleep(left);
				left = end - System.nanoTime();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
