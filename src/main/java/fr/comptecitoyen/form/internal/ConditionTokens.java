package fr.comptecitoyen.form.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a condition into tokens (paths, operators, brackets, quoted values, numbers) for
 * {@link Conditions}.
 */
final class ConditionTokens {

	private ConditionTokens() {
	}

	/**
	 * Whether a token is a field path ({@code key} or {@code group.key}), not a keyword.
	 */
	static boolean isPath(String token) {
		return token.matches("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)?")
				&& !List.of("and", "or", "not", "in", "true", "false").contains(token);
	}

	/**
	 * The tokens of a condition.
	 * @throws IllegalArgumentException for an empty condition or an unexpected character
	 */
	static List<String> tokens(String source) {
		if (source == null || source.isBlank()) {
			throw new IllegalArgumentException("empty condition");
		}
		List<String> tokens = new ArrayList<>();
		int i = 0;
		while (i < source.length()) {
			char c = source.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			}
			else if (c == '\'' || c == '"') {
				int end = source.indexOf(c, i + 1);
				if (end < 0) {
					throw new IllegalArgumentException("unclosed quote in condition \"" + source + "\"");
				}
				tokens.add(source.substring(i, end + 1));
				i = end + 1;
			}
			else if (source.startsWith("==", i) || source.startsWith("!=", i)) {
				tokens.add(source.substring(i, i + 2));
				i += 2;
			}
			else if ("()[],".indexOf(c) >= 0) {
				tokens.add(String.valueOf(c));
				i++;
			}
			else if (Character.isLetterOrDigit(c) || c == '-') {
				int end = i;
				while (end < source.length()
						&& (Character.isLetterOrDigit(source.charAt(end)) || "-._".indexOf(source.charAt(end)) >= 0)) {
					end++;
				}
				tokens.add(source.substring(i, end));
				i = end;
			}
			else {
				throw new IllegalArgumentException("unexpected character '" + c + "' in condition \"" + source + "\"");
			}
		}
		return tokens;
	}

}
