package fr.comptecitoyen.security;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.springframework.context.MessageSource;

/**
 * The text questions of the captcha, for visitors without JavaScript or with a screen
 * reader (RGAA 1.5): a sum of two small numbers, or a number to write in digits, the
 * numbers given in words. Answers are accepted in digits or in words (French or English),
 * accents and case ignored.
 */
final class CaptchaQuestions {

	/** A question and its expected answer. */
	record Asked(String text, int answer) {
	}

	private static final List<String> FRENCH = List.of("zero", "un", "deux", "trois", "quatre", "cinq", "six", "sept",
			"huit", "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit",
			"dix-neuf", "vingt");

	private static final List<String> ENGLISH = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
			"eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
			"eighteen", "nineteen", "twenty");

	private static final Map<String, Integer> ALIASES = Map.of("une", 1);

	/** Answers that are not a number never match. */
	static final int NOT_A_NUMBER = -1;

	private final MessageSource messages;

	private final RandomGenerator random;

	CaptchaQuestions(MessageSource messages) {
		this(messages, new SecureRandom());
	}

	CaptchaQuestions(MessageSource messages, RandomGenerator random) {
		this.messages = messages;
		this.random = random;
	}

	/** A new random question in the visitor's language. */
	Asked ask(Locale locale) {
		if (this.random.nextInt(3) == 0) {
			int number = 10 + this.random.nextInt(11);
			return new Asked(this.messages.getMessage("security.captcha.question.digits",
					new Object[] { word(number, locale) }, locale), number);
		}
		int a = 1 + this.random.nextInt(9);
		int b = 1 + this.random.nextInt(9);
		return new Asked(this.messages.getMessage("security.captcha.question.sum",
				new Object[] { word(a, locale), word(b, locale) }, locale), a + b);
	}

	private String word(int number, Locale locale) {
		return this.messages.getMessage("security.captcha.number." + number, null, locale);
	}

	/** What the visitor answered, as a number ({@link #NOT_A_NUMBER} if none). */
	static int parse(String answer) {
		if (answer == null) {
			return NOT_A_NUMBER;
		}
		String folded = Normalizer.normalize(answer.strip(), Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[\\s.]+$", "")
			.replaceAll("\\s+", "-");
		if (folded.matches("\\d{1,3}")) {
			return Integer.parseInt(folded);
		}
		int index = FRENCH.indexOf(folded);
		if (index < 0) {
			index = ENGLISH.indexOf(folded);
		}
		return (index >= 0) ? index : ALIASES.getOrDefault(folded, NOT_A_NUMBER);
	}

}
