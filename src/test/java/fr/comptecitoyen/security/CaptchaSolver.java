package fr.comptecitoyen.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.altcha.altcha.Altcha;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Solves the captcha the way the browser script does, for tests that post forms. */
public final class CaptchaSolver {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private CaptchaSolver() {
	}

	/**
	 * Fetches a challenge from the portal and returns the payload the script would post.
	 */
	public static String solve(MockMvc mvc) throws Exception {
		String body = mvc.perform(get("/captcha/challenge")).andReturn().getResponse().getContentAsString();
		return solve(JSON.readTree(body));
	}

	static String solve(JsonNode challenge) throws Exception {
		Altcha.Solution solution = Altcha.solveChallenge(challenge.get("challenge").asString(),
				challenge.get("salt").asString(), Altcha.Algorithm.fromString(challenge.get("algorithm").asString()),
				challenge.get("maxnumber").asLong(), 0);
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("algorithm", challenge.get("algorithm").asString());
		payload.put("challenge", challenge.get("challenge").asString());
		payload.put("number", solution.number);
		payload.put("salt", challenge.get("salt").asString());
		payload.put("signature", challenge.get("signature").asString());
		return Base64.getEncoder().encodeToString(JSON.writeValueAsString(payload).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The answer to a text question as a person would give it: "Combien font trois plus
	 * quatre ?" → "7", "Écrivez en chiffres le nombre « douze »." → "12".
	 */
	public static String answer(String question) {
		String[] words = { "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
				"onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf", "vingt" };
		java.util.regex.Matcher sum = java.util.regex.Pattern.compile("Combien font (\\S+) plus (\\S+) \\?")
			.matcher(question);
		if (sum.find()) {
			return String.valueOf(indexOf(words, sum.group(1)) + indexOf(words, sum.group(2)));
		}
		java.util.regex.Matcher digits = java.util.regex.Pattern.compile("« (\\S+) »").matcher(question);
		if (digits.find()) {
			return String.valueOf(indexOf(words, digits.group(1)));
		}
		throw new IllegalArgumentException("Unknown question: " + question);
	}

	private static int indexOf(String[] words, String word) {
		for (int i = 0; i < words.length; i++) {
			if (words[i].equals(word)) {
				return i;
			}
		}
		throw new IllegalArgumentException("Unknown number: " + word);
	}

}
