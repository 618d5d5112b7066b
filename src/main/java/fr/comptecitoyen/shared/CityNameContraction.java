package fr.comptecitoyen.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;

/**
 * The French contractions of the commune's name after « de » and « à »: the messages
 * write « la mairie de {0} » with the name as set in {@code cc.city.name}, which French
 * grammar turns into « la mairie d’Orléans », « du Havre », « des Ulis », « au Havre », «
 * aux Ulis » (the article of « Le Havre » and « Les Ulis » contracts with the
 * preposition; « La Rochelle » and « L’Isle-Adam » keep theirs). A name that starts with
 * a vowel is elided, one that starts with an h is not unless {@code cc.city.elide} says
 * so: whether an h is mute (« d’Hyères ») or aspirated (« de Haguenau ») is a matter of
 * each name, which no rule can tell.
 * <p>
 * Written here rather than taken from a library: the Java libraries of French grammar
 * (LanguageTool and the like) check texts, they do not contract a known name in a
 * message; the rules needed are these few lines.
 */
public final class CityNameContraction {

	private static final char APOSTROPHE = '’';

	private final String name;

	private final String afterDe;

	private final String afterA;

	private final Pattern pattern;

	private CityNameContraction(String name, String afterDe, String afterA) {
		this.name = name;
		this.afterDe = afterDe;
		this.afterA = afterA;
		// « de » or « à » as whole words, then the name as a whole word.
		this.pattern = Pattern.compile("(?<!\\p{L})([dD]e|[àÀ]) " + Pattern.quote(name) + "(?![\\p{L}\\p{N}])");
	}

	/**
	 * The contraction a commune's name needs, if any.
	 * @param name the commune's name as written ({@code cc.city.name})
	 * @param elide whether « de » is elided before it ({@code cc.city.elide}); null to
	 * tell by its first letter (a vowel: yes; an h or a consonant: no)
	 * @return the contraction, or null when the name takes « de » and « à » as they are
	 * (« de Sète », « de La Rochelle »)
	 */
	public static CityNameContraction of(String name, Boolean elide) {
		String stripped = name.strip();
		if (stripped.startsWith("Le ")) {
			String rest = stripped.substring(3);
			return new CityNameContraction(stripped, "du " + rest, "au " + rest);
		}
		if (stripped.startsWith("Les ")) {
			String rest = stripped.substring(4);
			return new CityNameContraction(stripped, "des " + rest, "aux " + rest);
		}
		boolean elided = (elide != null) ? elide : startsWithVowel(stripped);
		return elided ? new CityNameContraction(stripped, "d" + APOSTROPHE + stripped, "à " + stripped) : null;
	}

	private static boolean startsWithVowel(String name) {
		if (name.isEmpty()) {
			return false;
		}
		String first = Normalizer.normalize(name.substring(0, 1), Normalizer.Form.NFD).substring(0, 1);
		return "aeiouAEIOU".contains(first)
				// Y before a consonant sounds as a vowel (« d’Yerres », « d’Yvetot »).
				|| ("yY".contains(first) && name.length() > 1 && !"aeiouAEIOU"
					.contains(Normalizer.normalize(name.substring(1, 2), Normalizer.Form.NFD).substring(0, 1)));
	}

	/**
	 * The text with « de » and « à » before the commune's name contracted.
	 * @param text a message, already formatted
	 * @return the same text when the name does not follow « de » or « à »
	 */
	public String apply(String text) {
		if (text == null || !text.contains(this.name)) {
			return text;
		}
		Matcher matcher = this.pattern.matcher(text);
		StringBuilder contracted = new StringBuilder();
		while (matcher.find()) {
			String preposition = matcher.group(1);
			String phrase = (preposition.equalsIgnoreCase("de")) ? this.afterDe : this.afterA;
			if (Character.isUpperCase(preposition.charAt(0))) {
				phrase = phrase.substring(0, 1).toUpperCase(Locale.FRENCH) + phrase.substring(1);
			}
			matcher.appendReplacement(contracted, Matcher.quoteReplacement(phrase));
		}
		matcher.appendTail(contracted);
		return contracted.toString();
	}

	/**
	 * The portal's messages with this contraction applied to the French ones (a null
	 * locale is French, the portal's default language).
	 * @param messages the messages as the bundles write them
	 * @return a message source that contracts what {@code messages} answers
	 */
	public MessageSource messages(MessageSource messages) {
		return new Contracting(messages, this);
	}

	private static final class Contracting implements MessageSource {

		private final MessageSource messages;

		private final CityNameContraction contraction;

		Contracting(MessageSource messages, CityNameContraction contraction) {
			this.messages = messages;
			this.contraction = contraction;
		}

		private String contracted(String text, Locale locale) {
			return (locale == null || locale.getLanguage().equals("fr")) ? this.contraction.apply(text) : text;
		}

		@Override
		public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
			return contracted(this.messages.getMessage(code, args, defaultMessage, locale), locale);
		}

		@Override
		public String getMessage(String code, Object[] args, Locale locale) throws NoSuchMessageException {
			return contracted(this.messages.getMessage(code, args, locale), locale);
		}

		@Override
		public String getMessage(MessageSourceResolvable resolvable, Locale locale) throws NoSuchMessageException {
			return contracted(this.messages.getMessage(resolvable, locale), locale);
		}

	}

}
