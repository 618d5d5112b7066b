package fr.comptecitoyen.security;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Encrypts authenticator secrets before they reach the database (AES-GCM with the keys of
 * {@link SecondFactorKey}), so that a copy of the database alone does not give the codes.
 * New secrets are always encrypted; secrets stored unencrypted by older versions
 * ({@code plain:}) are still read.
 */
@Component
class TotpSecretCipher {

	private static final String ENCRYPTED = "v1:";

	private static final String PLAIN = "plain:";

	private static final int IV_BYTES = 12;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecondFactorKey keys;

	TotpSecretCipher(SecondFactorKey keys) {
		this.keys = keys;
	}

	String encrypt(byte[] secret) {
		try {
			byte[] iv = new byte[IV_BYTES];
			RANDOM.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.keys.current(), new GCMParameterSpec(128, iv));
			byte[] sealed = cipher.doFinal(secret);
			return ENCRYPTED + Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	byte[] decrypt(String stored) {
		if (stored.startsWith(PLAIN)) {
			return Base32.decode(stored.substring(PLAIN.length()));
		}
		byte[] all = Base64.getDecoder().decode(stored.substring(ENCRYPTED.length()));
		GeneralSecurityException last = null;
		for (SecretKeySpec key : this.keys.decryptionKeys()) {
			try {
				Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
				cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, IV_BYTES));
				return cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES);
			}
			catch (GeneralSecurityException wrongKey) {
				// Sealed with an older key (rotation): try the next one.
				last = wrongKey;
			}
		}
		throw new IllegalStateException("No second-factor key decrypts this secret", last);
	}

}
