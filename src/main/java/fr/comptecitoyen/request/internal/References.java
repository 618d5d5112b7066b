package fr.comptecitoyen.request.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;

import fr.comptecitoyen.shared.CitySettings;

import org.springframework.stereotype.Component;

/**
 * Request references, {@code YYYY-<code>-<6 random characters>} (e.g.
 * {@code 2026-ENC-8F3K2Q}), and the opaque ids of drafts. Random, so that nobody guesses
 * another's; the characters avoid the look-alikes 0/O and 1/I so they can be read over
 * the phone.
 */
@Component
public class References {

	static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

	private final SecureRandom random = new SecureRandom();

	private final Clock clock;

	private final ZoneId zone;

	public References(Clock clock, CitySettings city) {
		this.clock = clock;
		this.zone = city.timeZone();
	}

	/**
	 * A new reference for a procedure; uniqueness is checked by the caller against the
	 * table.
	 */
	public String reference(String procedureCode) {
		return this.clock.instant().atZone(this.zone).getYear() + "-" + procedureCode + "-" + randomCode(6);
	}

	/** An opaque id for a draft's URL. */
	public String draftId() {
		return randomCode(16);
	}

	String randomCode(int length) {
		StringBuilder code = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			code.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

}
