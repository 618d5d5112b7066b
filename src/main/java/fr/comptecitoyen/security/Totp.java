package fr.comptecitoyen.security;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Time-based one-time passwords (RFC 6238) as authenticator apps compute them: HMAC-SHA1,
 * six digits, 30-second steps. A code of the previous or next step is accepted too, for
 * clocks a little off; the step a code matched is returned so that the caller can refuse
 * it a second time.
 */
@Component
public class Totp {

	/** Seconds per step. */
	public static final int PERIOD = 30;

	/** Digits per code. */
	public static final int DIGITS = 6;

	/** Secret length in bytes (160 bits, as RFC 4226 recommends). */
	static final int SECRET_BYTES = 20;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Clock clock;

	public Totp(Clock clock) {
		this.clock = clock;
	}

	/** A new random secret. */
	public static byte[] newSecret() {
		byte[] secret = new byte[SECRET_BYTES];
		RANDOM.nextBytes(secret);
		return secret;
	}

	/**
	 * Checks a code against the current step and its two neighbours.
	 * @param secret the shared secret
	 * @param code what the person typed (spaces ignored)
	 * @param lastUsedStep the step of the last code accepted, or {@code Long.MIN_VALUE}
	 * @return the step the code matched, if it matched one later than
	 * {@code lastUsedStep}
	 */
	public OptionalLong verify(byte[] secret, String code, long lastUsedStep) {
		String typed = typed(code);
		if (!shaped(code)) {
			return OptionalLong.empty();
		}
		long now = currentStep();
		for (long step = now - 1; step <= now + 1; step++) {
			boolean same = MessageDigest.isEqual(code(secret, step, "HmacSHA1", DIGITS).getBytes(), typed.getBytes());
			if (same && step > lastUsedStep) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	/**
	 * Whether what was typed has the shape of an app's code: {@value #DIGITS} digits,
	 * spaces aside (RFC 6238 with the usual six digits).
	 * @param code what the person typed, or null
	 * @return true when it could be a code (right or wrong)
	 */
	public static boolean shaped(String code) {
		return typed(code).matches("\\d{" + DIGITS + "}");
	}

	private static String typed(String code) {
		return (code == null) ? "" : code.replaceAll("\\s", "");
	}

	/** The step the clock is in now. */
	public long currentStep() {
		return Math.floorDiv(this.clock.millis() / 1000, PERIOD);
	}

	/**
	 * The code of a step (RFC 4226 dynamic truncation of the HMAC of the step counter).
	 */
	static String code(byte[] secret, long step, String algorithm, int digits) {
		try {
			Mac mac = Mac.getInstance(algorithm);
			mac.init(new SecretKeySpec(secret, "RAW"));
			byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
			int offset = hash[hash.length - 1] & 0x0f;
			int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			int otp = binary % (int) Math.pow(10, digits);
			return String.format("%0" + digits + "d", otp);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The {@code otpauth://} address authenticator apps read from the QR code.
	 * @param issuer the portal's name, shown in the app
	 * @param accountName the person's identifier
	 * @param secret the shared secret
	 */
	public static String uri(String issuer, String accountName, byte[] secret) {
		String label = encode(issuer) + ":" + encode(accountName);
		return "otpauth://totp/" + label + "?secret=" + Base32.encode(secret) + "&issuer=" + encode(issuer)
				+ "&algorithm=SHA1&digits=" + DIGITS + "&period=" + PERIOD;
	}

	private static String encode(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
	}

}
