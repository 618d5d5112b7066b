package bench;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import de.mkammerer.argon2.Argon2;
import de.mkammerer.argon2.Argon2Factory;
import de.mkammerer.argon2.Argon2Factory.Argon2Types;

/**
 * The Argon2id ceiling of this machine at the portal's settings (m=19456 KiB, t=2, p=1,
 * by libargon2 as {@code security/Argon2Hashing}): one thread per core hashing for a given time,
 * hashes per second printed as {@code ceiling=<rate>}. With {@code hash <password>}
 * prints the hash of a password instead (the seed gives it to every account).
 */
public final class HashCeiling {

	private HashCeiling() {
	}

	private static final Argon2 ARGON2 = Argon2Factory.create(Argon2Types.ARGON2id, 16, 32);

	private static String hash(String password) {
		return ARGON2.hash(2, 19456, 1, password, StandardCharsets.UTF_8);
	}

	private static boolean matches(String password, String hash) {
		return ARGON2.verify(hash, password, StandardCharsets.UTF_8);
	}

	public static void main(String[] args) throws Exception {
		if (args.length == 2 && args[0].equals("hash")) {
			System.out.println("{argon2}" + hash(args[1]));
			return;
		}
		double seconds = (args.length > 0) ? Double.parseDouble(args[0]) : 10;
		int cores = Runtime.getRuntime().availableProcessors();
		String hash = hash("mot de passe de référence");
		for (int i = 0; i < 3; i++) {
			matches("mot de passe de référence", hash);
		}
		AtomicLong done = new AtomicLong();
		long end = System.nanoTime() + (long) (seconds * 1e9);
		CountDownLatch finished = new CountDownLatch(cores);
		long start = System.nanoTime();
		for (int t = 0; t < cores; t++) {
			new Thread(() -> {
				while (System.nanoTime() < end) {
					matches("mot de passe de référence", hash);
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
