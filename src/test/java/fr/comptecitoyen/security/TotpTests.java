package fr.comptecitoyen.security;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * TOTP as RFC 6238 defines it (its appendix B test vectors), and the tolerance and replay
 * rules of our sign-in.
 */
class TotpTests {

	private static final byte[] SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] SHA256_SEED = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] SHA512_SEED = ("1234567890123456789012345678901234567890123456789012345678901234")
		.getBytes(StandardCharsets.US_ASCII);

	@ParameterizedTest
	@CsvSource({ "59, 94287082, 46119246, 90693936", "1111111109, 07081804, 68084774, 25091201",
			"1111111111, 14050471, 67062674, 99943326", "1234567890, 89005924, 91819424, 93441116",
			"2000000000, 69279037, 90698825, 38618901", "20000000000, 65353130, 77737706, 47863826" })
	void matchesTheVectorsOfRfc6238(long seconds, String sha1, String sha256, String sha512) {
		long step = seconds / 30;
		assertThat(Totp.code(SHA1_SEED, step, "HmacSHA1", 8)).isEqualTo(sha1);
		assertThat(Totp.code(SHA256_SEED, step, "HmacSHA256", 8)).isEqualTo(sha256);
		assertThat(Totp.code(SHA512_SEED, step, "HmacSHA512", 8)).isEqualTo(sha512);
	}

	@Test
	void sixDigitCodesAreTheLastSixOfTheEightDigitOnes() {
		assertThat(Totp.code(SHA1_SEED, 59 / 30, "HmacSHA1", 6)).isEqualTo("287082");
	}

	@Test
	void acceptsTheCurrentStepAndOneEitherSideButNotTwo() {
		Instant now = Instant.ofEpochSecond(1111111111);
		Totp totp = new Totp(Clock.fixed(now, ZoneOffset.UTC));
		long step = 1111111111L / 30;
		for (long offset : new long[] { -1, 0, 1 }) {
			String code = Totp.code(SHA1_SEED, step + offset, "HmacSHA1", 6);
			assertThat(totp.verify(SHA1_SEED, code, Long.MIN_VALUE)).hasValue(step + offset);
		}
		for (long offset : new long[] { -2, 2 }) {
			assertThat(totp.verify(SHA1_SEED, Totp.code(SHA1_SEED, step + offset, "HmacSHA1", 6), Long.MIN_VALUE))
				.isEmpty();
		}
	}

	@Test
	void refusesACodeOfAStepAlreadyUsedAndAnythingButSixDigits() {
		Totp totp = new Totp(Clock.fixed(Instant.ofEpochSecond(1111111111), ZoneOffset.UTC));
		long step = 1111111111L / 30;
		String code = Totp.code(SHA1_SEED, step, "HmacSHA1", 6);
		assertThat(totp.verify(SHA1_SEED, code, step)).isEmpty();
		assertThat(totp.verify(SHA1_SEED, code, step - 1)).hasValue(step);
		assertThat(totp.verify(SHA1_SEED, "12345", Long.MIN_VALUE)).isEmpty();
		assertThat(totp.verify(SHA1_SEED, "abcdef", Long.MIN_VALUE)).isEmpty();
		assertThat(totp.verify(SHA1_SEED, null, Long.MIN_VALUE)).isEmpty();
	}

	@Test
	void base32RoundTripsAndTheUriCarriesTheSecret() {
		byte[] secret = Totp.newSecret();
		assertThat(Base32.decode(Base32.grouped(secret))).isEqualTo(secret);
		assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
		assertThat(Totp.uri("Ma Commune", "lucie.essai", secret)).startsWith("otpauth://totp/Ma%20Commune:lucie.essai?")
			.contains("secret=" + Base32.encode(secret), "issuer=Ma%20Commune", "digits=6", "period=30");
		assertThat(QrCodes.svgDataUri("otpauth://totp/x")).startsWith("data:image/svg+xml;base64,");
	}

}
