package fr.comptecitoyen.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Passwords known from published breaches, checked offline (SECURITY.md, ASVS 6.2.12): a
 * file of SHA-1 hashes in the format of Have I Been Pwned's downloadable list
 * ({@code 40 hex digits[:count]} per line; lines starting with a hash sign are comments),
 * read once at start from {@code cc.security.breached-passwords}. Only the first 64 bits
 * of each hash are kept, sorted (8 bytes per password: about 8 MB per million); a false
 * match is then about one chance in 10¹³ per check. Without a file the check is off, with
 * a warning at start.
 */
@Component
public class BreachedPasswords {

	private static final Logger log = LoggerFactory.getLogger(BreachedPasswords.class);

	private final long[] prefixes;

	@Autowired
	BreachedPasswords(SecuritySettings settings, ResourceLoader resources) {
		String location = settings.breachedPasswords();
		if (location.isBlank()) {
			log.warn("cc.security.breached-passwords (CC_SECURITY_BREACHED_PASSWORDS) is not set: "
					+ "passwords are not checked against known breaches");
			this.prefixes = new long[0];
		}
		else {
			this.prefixes = load(resources.getResource(location));
			log.info("Breached-password list: {} hashes from {}", this.prefixes.length, location);
		}
	}

	private BreachedPasswords(long[] prefixes) {
		this.prefixes = prefixes;
	}

	/** No list: nothing is known to be breached (unit tests of the policy). */
	static BreachedPasswords none() {
		return new BreachedPasswords(new long[0]);
	}

	/**
	 * Whether the password, exactly as typed, is in the list.
	 * @param password the candidate (UTF-8, as the published lists hash it)
	 */
	public boolean contains(String password) {
		if (this.prefixes.length == 0 || password == null) {
			return false;
		}
		return Arrays.binarySearch(this.prefixes, prefix(sha1(password))) >= 0;
	}

	static long[] load(Resource resource) {
		long[] read = new long[1024];
		int count = 0;
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(resource.getInputStream(), StandardCharsets.US_ASCII))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.length() < 16 || line.startsWith("#")) {
					continue;
				}
				if (count == read.length) {
					read = Arrays.copyOf(read, count * 2);
				}
				read[count++] = Long.parseUnsignedLong(line.substring(0, 16), 16);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the breached-password list " + resource, ex);
		}
		long[] sorted = Arrays.copyOf(read, count);
		Arrays.sort(sorted);
		return sorted;
	}

	private static byte[] sha1(String password) {
		try {
			return MessageDigest.getInstance("SHA-1").digest(password.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static long prefix(byte[] hash) {
		return Long.parseUnsignedLong(HexFormat.of().formatHex(hash, 0, 8), 16);
	}

}
