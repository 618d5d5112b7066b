package fr.comptecitoyen.security;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Encrypts authenticator secrets before they reach the database (AES-GCM with the key
 * {@code cc.security.totp-key}, base64 of 16 or 32 bytes, environment variable
 * {@code CC_SECURITY_TOTP_KEY}), so that a copy of the database alone does not give the
 * codes. Without a key (development), secrets are stored unencrypted and a warning says
 * so at start.
 */
@Component
class TotpSecretCipher {

	private static final Logger log = LoggerFactory.getLogger(TotpSecretCipher.class);

	private static final String ENCRYPTED = "v1:";

	private static final String PLAIN = "plain:";

	private static final int IV_BYTES = 12;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKeySpec key;

	TotpSecretCipher(SecuritySettings settings) {
		String key = settings.totpKey();
		if (key == null || key.isBlank()) {
			this.key = null;
			log.warn("cc.security.totp-key is not set: authenticator secrets are stored unencrypted");
		}
		else {
			this.key = new SecretKeySpec(Base64.getDecoder().decode(key.strip()), "AES");
		}
	}

	String encrypt(byte[] secret) {
		if (this.key == null) {
			return PLAIN + Base32.encode(secret);
		}
		try {
			byte[] iv = new byte[IV_BYTES];
			RANDOM.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(128, iv));
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
		if (this.key == null) {
			throw new IllegalStateException("cc.security.totp-key is needed to read authenticator secrets");
		}
		try {
			byte[] all = Base64.getDecoder().decode(stored.substring(ENCRYPTED.length()));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(128, all, 0, IV_BYTES));
			return cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
