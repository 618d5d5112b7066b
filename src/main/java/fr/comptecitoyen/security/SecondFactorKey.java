package fr.comptecitoyen.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import javax.crypto.spec.SecretKeySpec;

import fr.comptecitoyen.shared.DataSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The AES keys that encrypt second-factor secrets at rest. The current key is
 * {@code cc.security.totp-key} (base64 of 16 or 32 bytes); when it is not set, a random
 * 256-bit key is generated once into {@code <cc.data-dir>/totp.key}, readable by the
 * portal's user only, and reused at every start: secrets are never stored unencrypted.
 * Several instances must share one key, so they must set it. Keys listed in
 * {@code cc.security.totp-previous-keys} still decrypt older secrets after a rotation
 * (README, "Rotation de la clé").
 */
@Component
public class SecondFactorKey {

	private static final Logger log = LoggerFactory.getLogger(SecondFactorKey.class);

	static final String FILE_NAME = "totp.key";

	private final SecretKeySpec current;

	private final List<SecretKeySpec> previous;

	/**
	 * Resolves the keys from the settings.
	 * @param settings {@code cc.security.totp-key} and
	 * {@code cc.security.totp-previous-keys}
	 * @param data {@code cc.data-dir}, where a key is generated when none is configured
	 */
	@org.springframework.beans.factory.annotation.Autowired
	public SecondFactorKey(SecuritySettings settings, DataSettings data) {
		this(settings.totpKey(), settings.totpPreviousKeys(), data.dataDir());
	}

	/**
	 * Resolves the keys.
	 * @param configured {@code cc.security.totp-key}, or empty
	 * @param previous {@code cc.security.totp-previous-keys}: keys of before a rotation
	 * @param dataDir {@code cc.data-dir}, where a key is generated when none is
	 * configured
	 */

	SecondFactorKey(String configured, List<String> previous, Path dataDir) {
		String key = (configured == null || configured.isBlank()) ? generatedIn(dataDir) : configured.strip();
		this.current = aes(key);
		List<SecretKeySpec> older = new ArrayList<>();
		for (String old : previous) {
			if (!old.isBlank()) {
				older.add(aes(old.strip()));
			}
		}
		this.previous = List.copyOf(older);
	}

	/** The key that encrypts new secrets. */
	public SecretKeySpec current() {
		return this.current;
	}

	/** Every key to try when decrypting, the current one first. */
	public List<SecretKeySpec> decryptionKeys() {
		List<SecretKeySpec> keys = new ArrayList<>();
		keys.add(this.current);
		keys.addAll(this.previous);
		return keys;
	}

	private static SecretKeySpec aes(String base64) {
		byte[] bytes = Base64.getDecoder().decode(base64);
		if (bytes.length != 16 && bytes.length != 32) {
			throw new IllegalStateException("cc.security.totp-key must be the base64 of 16 or 32 bytes");
		}
		return new SecretKeySpec(bytes, "AES");
	}

	/** Reads the generated key, creating it (owner-only permissions) the first time. */
	static String generatedIn(Path dataDir) {
		Path file = dataDir.resolve(FILE_NAME);
		try {
			if (!Files.exists(file)) {
				Files.createDirectories(dataDir);
				byte[] key = new byte[32];
				new SecureRandom().nextBytes(key);
				write(file, Base64.getEncoder().encodeToString(key));
				log.warn("cc.security.totp-key (CC_SECURITY_TOTP_KEY) is not set: generated {}. Keep it with the "
						+ "backups of the database; several instances must share one key set in CC_SECURITY_TOTP_KEY.",
						file.toAbsolutePath());
			}
			return Files.readString(file, StandardCharsets.US_ASCII).strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the second-factor key " + file, ex);
		}
	}

	private static void write(Path file, String key) throws IOException {
		try {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		catch (UnsupportedOperationException notPosix) {
			Files.createFile(file);
		}
		catch (FileAlreadyExistsException raced) {
			return;
		}
		Files.writeString(file, key, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
	}

}
