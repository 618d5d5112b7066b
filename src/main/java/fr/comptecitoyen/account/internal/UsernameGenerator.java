package fr.comptecitoyen.account.internal;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds the {@code prénom.nom} identifier (FAQ: "un identifiant généré automatiquement
 * sous la forme {prénom.nom}"). Always gives {@code [a-z0-9-]+\.[a-z0-9-]+}: lower case,
 * accents removed, spaces and apostrophes turned into hyphens, Cyrillic and Greek
 * transliterated, anything else dropped; a part left empty (a name in Chinese or Arabic
 * script, say) becomes {@code usager} or {@code citoyen}. Pure: no database, no clock.
 */
public final class UsernameGenerator {

	/** Longest identifier, collision number included. */
	public static final int MAX_LENGTH = 60;

	/** Room kept for a collision number (up to 9999). */
	static final int SUFFIX_ROOM = 4;

	static final String FIRST_NAME_FALLBACK = "usager";

	static final String LAST_NAME_FALLBACK = "citoyen";

	private static final Map<Integer, String> LETTERS = letters();

	private UsernameGenerator() {
	}

	/**
	 * The identifier before any collision number: {@code Jean-François} and {@code D'Arc}
	 * give {@code jean-francois.d-arc}.
	 * @param firstName the usual first name (only that one)
	 * @param lastName the surname
	 * @return a valid identifier of at most {@code MAX_LENGTH - SUFFIX_ROOM} characters
	 */
	public static String stem(String firstName, String lastName) {
		String first = part(firstName, FIRST_NAME_FALLBACK);
		String last = part(lastName, LAST_NAME_FALLBACK);
		int room = MAX_LENGTH - SUFFIX_ROOM - 1;
		if (first.length() + last.length() > room) {
			int half = room / 2;
			if (first.length() <= half) {
				last = cut(last, room - first.length());
			}
			else if (last.length() <= room - half) {
				first = cut(first, room - last.length());
			}
			else {
				first = cut(first, half);
				last = cut(last, room - first.length());
			}
		}
		return first + "." + last;
	}

	/**
	 * The first free identifier: the stem itself, else the stem followed by 2, 3…
	 * @param stem from {@link #stem(String, String)}
	 * @param taken identifiers already in use that start with the stem
	 * @return an identifier not in {@code taken}
	 */
	public static String unique(String stem, Collection<String> taken) {
		Set<String> used = new HashSet<>(taken);
		if (!used.contains(stem)) {
			return stem;
		}
		int number = 2;
		while (used.contains(stem + number)) {
			number++;
		}
		return stem + number;
	}

	/**
	 * One side of the dot: folded to {@code [a-z-]}, or the fallback if nothing is left.
	 */
	static String part(String name, String fallback) {
		if (name == null) {
			return fallback;
		}
		String bare = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "");
		// Greek digraphs read as one sound (ELOT 743): Παπαδόπουλος → papadopoulos.
		bare = bare.replace("ου", "ou").replace("αυ", "av").replace("ευ", "ev");
		StringBuilder folded = new StringBuilder();
		bare.codePoints().forEach((c) -> folded.append(fold(c)));
		String result = folded.toString().replaceAll("[^a-z-]", "").replaceAll("-{2,}", "-").replaceAll("^-+|-+$", "");
		return result.isEmpty() ? fallback : result;
	}

	private static String fold(int c) {
		if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\'' || c == '’' || c == 'ʼ' || c == '‘'
				|| c == '`' || c == '´' || c == '-' || c == '‐' || c == '‑' || c == '–' || c == '_') {
			return "-";
		}
		if (c >= 'a' && c <= 'z') {
			return Character.toString(c);
		}
		return LETTERS.getOrDefault(c, "");
	}

	/** Shortens a part, on a hyphen when one lies in the part kept. */
	static String cut(String part, int max) {
		if (part.length() <= max) {
			return part;
		}
		String kept = part.substring(0, max);
		int hyphen = kept.lastIndexOf('-');
		if (part.charAt(max) != '-' && hyphen > 0) {
			kept = kept.substring(0, hyphen);
		}
		return kept.replaceAll("-+$", "");
	}

	private static Map<Integer, String> letters() {
		Map<Integer, String> letters = new HashMap<>();
		// Latin letters that do not decompose into a base letter and an accent.
		put(letters, "ß", "ss", "æ", "ae", "œ", "oe", "ø", "o", "ł", "l", "đ", "d", "ð", "d", "þ", "th", "ı", "i", "ŀ",
				"l", "ħ", "h", "ŧ", "t", "ŋ", "n", "ĸ", "k", "ſ", "s", "ƒ", "f", "ɐ", "a", "ə", "e");
		// Cyrillic (ICAO 9303, as on passports); й and ё lose their marks first.
		put(letters, "а", "a", "б", "b", "в", "v", "г", "g", "ґ", "g", "д", "d", "е", "e", "є", "ie", "ж", "zh", "з",
				"z", "и", "i", "і", "i", "ї", "i", "к", "k", "л", "l", "м", "m", "н", "n", "о", "o", "п", "p", "р", "r",
				"с", "s", "т", "t", "у", "u", "ф", "f", "х", "kh", "ц", "ts", "ч", "ch", "ш", "sh", "щ", "shch", "ъ",
				"ie", "ы", "y", "ь", "", "э", "e", "ю", "iu", "я", "ia", "ў", "u", "ј", "j", "љ", "lj", "њ", "nj", "ћ",
				"c", "ђ", "dj", "џ", "dz", "ѕ", "dz");
		// Greek (ELOT 743, simplified); accented vowels lose their marks first.
		put(letters, "α", "a", "β", "v", "γ", "g", "δ", "d", "ε", "e", "ζ", "z", "η", "i", "θ", "th", "ι", "i", "κ",
				"k", "λ", "l", "μ", "m", "ν", "n", "ξ", "x", "ο", "o", "π", "p", "ρ", "r", "σ", "s", "ς", "s", "τ", "t",
				"υ", "y", "φ", "f", "χ", "ch", "ψ", "ps", "ω", "o");
		return letters;
	}

	private static void put(Map<Integer, String> letters, String... pairs) {
		for (int i = 0; i < pairs.length; i += 2) {
			letters.put(pairs[i].codePointAt(0), pairs[i + 1]);
		}
	}

}
