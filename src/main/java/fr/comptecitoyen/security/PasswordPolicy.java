package fr.comptecitoyen.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import fr.comptecitoyen.shared.CitySettings;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * What makes a password acceptable (CNIL 2022-100, ANSSI): long enough, not too long to
 * hash, not one of the most common passwords nor of a published breach, and not built on
 * the person's names, username or the commune's name. No composition rules: any Unicode
 * character, spaces included, is welcome.
 */
@Component
public class PasswordPolicy {

	/** Minimum length, in characters (code points). */
	public static final int MIN_LENGTH = 12;

	/** Maximum length, in characters: long passphrases are fine, megabytes are not. */
	public static final int MAX_LENGTH = 1024;

	/**
	 * Message code for a new password that is the one it replaces (a change, or a reset
	 * after which the old one may have been seen): checked by whoever holds the old hash.
	 */
	public static final String REUSED = "password.reused";

	private static final int MIN_CONTEXT_WORD = 3;

	/**
	 * Whether a new password is the one it replaces ({@link #REUSED}): after a change or
	 * a reset, perhaps because someone else saw it, the password must not stay the same.
	 * One hash: call it only for a password that passed the other rules.
	 * @param password the new password, as typed
	 * @param replacedHash the hash of the password it replaces; null when there is none
	 * @param encoder the encoder that made that hash
	 * @return true when the new password matches the replaced hash
	 */
	public static boolean reuses(String password, String replacedHash, PasswordEncoder encoder) {
		return replacedHash != null && encoder.matches(password, replacedHash);
	}

	private final Set<String> common;

	private final String cityName;

	private final BreachedPasswords breached;

	/**
	 * The policy of the commune, with the breached-password list.
	 * @param city the commune (its name is refused in passwords)
	 * @param breached the published breaches
	 */
	@Autowired
	public PasswordPolicy(CitySettings city, BreachedPasswords breached) {
		this.common = load("/security/common-passwords.txt");
		this.cityName = city.name();
		this.breached = breached;
	}

	/**
	 * The policy without a breached-password list.
	 * @param city the commune
	 */
	public PasswordPolicy(CitySettings city) {
		this(city, BreachedPasswords.none());
	}

	/**
	 * Checks a candidate password.
	 * @param password what the person typed, never trimmed or truncated
	 * @param contextWords the person's names, username, email…, refused anywhere in the
	 * password (three letters or more)
	 * @return the problems found, as message codes ({@code password.too-short} etc.;
	 * {@code password.city} when it contains the commune's name as whole words, whose
	 * message takes that name as its argument), empty if the password is acceptable
	 */
	public List<String> problems(String password, Collection<String> contextWords) {
		List<String> problems = new ArrayList<>();
		int length = (password == null) ? 0 : password.codePointCount(0, password.length());
		if (length == 0) {
			problems.add("password.missing");
			return problems;
		}
		if (length < MIN_LENGTH) {
			problems.add("password.too-short");
			return problems;
		}
		if (length > MAX_LENGTH) {
			problems.add("password.too-long");
			return problems;
		}
		String folded = fold(password);
		if (this.common.contains(folded) || this.common.contains(folded.replaceAll("[^\\p{L}\\p{N}]", ""))) {
			problems.add("password.common");
		}
		else if (this.breached.contains(password)) {
			problems.add("password.breached");
		}
		if (containsAny(folded, contextWords)) {
			problems.add("password.personal");
		}
		if (containsWholeName(folded, this.cityName)) {
			problems.add("password.city");
		}
		return problems;
	}

	/**
	 * Whether the password contains the name as whole words: "j'habite à Sète" and
	 * "sete2024" contain Sète, "merci pour le chocolat chaud" does not (three letters
	 * inside another word are not the name). Digits and punctuation separate words; a
	 * name of several words must appear in full, with or without its separators
	 * ("valdaubracsurmer").
	 */
	static boolean containsWholeName(String foldedPassword, String name) {
		if (name == null || name.isBlank()) {
			return false;
		}
		List<String> nameWords = List.of(fold(name).split("[^\\p{L}]+")).stream().filter((w) -> !w.isEmpty()).toList();
		if (nameWords.isEmpty()) {
			return false;
		}
		List<String> words = List.of(foldedPassword.split("[^\\p{L}]+"));
		if (words.contains(String.join("", nameWords))) {
			return true;
		}
		return java.util.Collections.indexOfSubList(words, nameWords) >= 0;
	}

	private static boolean containsAny(String folded, Collection<String> words) {
		for (String word : words) {
			if (word == null) {
				continue;
			}
			for (String part : fold(word).split("[^\\p{L}\\p{N}]+")) {
				if (part.length() >= MIN_CONTEXT_WORD && folded.contains(part)) {
					return true;
				}
			}
		}
		return false;
	}

	/** Lower case, accents removed: "Élodie" and "elodie" are the same word here. */
	static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
	}

	private static Set<String> load(String resource) {
		Set<String> words = new HashSet<>();
		try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + resource);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank() && !line.startsWith("#")) {
					words.add(fold(line.strip()));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return words;
	}

}
