package fr.comptecitoyen.security;

import java.time.Instant;

/** What an authenticator app would show at a given time (tests only). */
public final class TotpCodes {

	private TotpCodes() {
	}

	public static String at(String base32Secret, Instant instant) {
		return Totp.code(Base32.decode(base32Secret), Math.floorDiv(instant.getEpochSecond(), Totp.PERIOD), "HmacSHA1",
				Totp.DIGITS);
	}

}
