package bench;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * The Argon2id ceiling of this machine at the portal's settings (m=19456 KiB, t=2, p=1,
 * as {@code security/PasswordHashing}): one thread per core hashing for a given time,
 * hashes per second printed as {@code ceiling=<rate>}. With {@code hash <password>}
 * prints the hash of a password instead (the seed gives it to every account).
 */
public final class HashCeiling {

	private HashCeiling() {
	}

	static Argon2PasswordEncoder portalSettings() {
		return new Argon2PasswordEncoder(16, 32, 1, 19456, 2);
	}

	public static void main(String[] args) throws Exception {
		if (args.length == 2 && args[0].equals("hash")) {
			System.out.println("{argon2}" + portalSettings().encode(args[1]));
			return;
		}
		double seconds = (args.length > 0) ? Double.parseDouble(args[0]) : 10;
		int cores = Runtime.getRuntime().availableProcessors();
		Argon2PasswordEncoder encoder = portalSettings();
		String hash = encoder.encode("mot de passe de référence");
		for (int i = 0; i < 3; i++) {
			encoder.matches("mot de passe de référence", hash);
		}
		AtomicLong done = new AtomicLong();
		long end = System.nanoTime() + (long) (seconds * 1e9);
		CountDownLatch finished = new CountDownLatch(cores);
		long start = System.nanoTime();
		for (int t = 0; t < cores; t++) {
			new Thread(() -> {
				while (System.nanoTime() < end) {
					encoder.matches("mot de passe de référence", hash);
					done.incrementAndGet();
				}
				finished.countDown();
			}).start();
		}
		finished.await();
		double elapsed = (System.nanoTime() - start) / 1e9;
		System.out.printf(java.util.Locale.ROOT, "cores=%d ceiling=%.2f%n", cores, done.get() / elapsed);
	}

}
