package fr.comptecitoyen.security;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;

import fr.comptecitoyen.security.SecondFactorKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Second-factor secrets are never stored unencrypted: without a configured key one is
 * generated in the data directory (owner-only) and kept; after a rotation the previous
 * key still reads older secrets.
 */
class TotpSecretCipherTests {

	private static final String KEY_A = Base64.getEncoder()
		.encodeToString("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));

	private static final String KEY_B = Base64.getEncoder()
		.encodeToString("fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII));

	private final byte[] secret = "vingt octets secrets".getBytes(StandardCharsets.US_ASCII);

	@Test
	void withoutAConfiguredKeyOneIsGeneratedOwnerOnlyAndKeptAcrossRestarts(@TempDir Path dataDir) throws Exception {
		TotpSecretCipher first = new TotpSecretCipher(new SecondFactorKey("", List.of(), dataDir));
		String stored = first.encrypt(this.secret);
		assertThat(stored).startsWith("v1:").doesNotContain("plain:");
		Path file = dataDir.resolve("totp.key");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		TotpSecretCipher restarted = new TotpSecretCipher(new SecondFactorKey("", List.of(), dataDir));
		assertThat(restarted.decrypt(stored)).isEqualTo(this.secret);
	}

	@Test
	void aConfiguredKeyIsUsedAndNoFileIsWritten(@TempDir Path dataDir) {
		TotpSecretCipher cipher = new TotpSecretCipher(new SecondFactorKey(KEY_A, List.of(), dataDir));
		String stored = cipher.encrypt(this.secret);
		assertThat(Files.exists(dataDir.resolve("totp.key"))).isFalse();
		assertThatThrownBy(() -> new TotpSecretCipher(new SecondFactorKey(KEY_B, List.of(), dataDir)).decrypt(stored))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void afterARotationThePreviousKeyStillReadsOlderSecrets(@TempDir Path dataDir) {
		String before = new TotpSecretCipher(new SecondFactorKey(KEY_A, List.of(), dataDir)).encrypt(this.secret);
		TotpSecretCipher rotated = new TotpSecretCipher(new SecondFactorKey(KEY_B, List.of(KEY_A), dataDir));
		assertThat(rotated.decrypt(before)).isEqualTo(this.secret);
		String after = rotated.encrypt(this.secret);
		assertThat(new TotpSecretCipher(new SecondFactorKey(KEY_B, List.of(), dataDir)).decrypt(after))
			.isEqualTo(this.secret);
	}

}
