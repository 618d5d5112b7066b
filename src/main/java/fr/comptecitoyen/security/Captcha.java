package fr.comptecitoyen.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.altcha.altcha.Altcha;
import org.altcha.altcha.Altcha.Algorithm;
import org.altcha.altcha.Altcha.ChallengeOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The portal's own captcha (SECURITY.md "Anti-automation"), for every form open to
 * visitors. Two ways through, either is enough:
 * <ul>
 * <li>an ALTCHA proof of work that the browser solves when the visitor ticks "Je ne suis
 * pas un robot" ({@code static/js/captcha.js}, challenge from
 * {@code GET /captcha/challenge});</li>
 * <li>a short text question, shown to everyone and hidden by the script, for visitors
 * without JavaScript or with a screen reader. Its answer travels in a signed token, never
 * in clear.</li>
 * </ul>
 * Both expire and are accepted once only: what was presented is recorded as spent, right
 * or wrong, so a question cannot be guessed by trying every answer.
 */
@Component
public class Captcha {

	private static final Logger log = LoggerFactory.getLogger(Captcha.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Base64.Encoder TOKEN = Base64.getUrlEncoder().withoutPadding();

	private final CaptchaSettings settings;

	private final Clock clock;

	private final JdbcTemplate jdbc;

	private final CaptchaQuestions questions;

	private final String hmacKey;

	Captcha(CaptchaSettings settings, Clock clock, JdbcTemplate jdbc, MessageSource messages) {
		this.settings = settings;
		this.clock = clock;
		this.jdbc = jdbc;
		this.questions = new CaptchaQuestions(messages);
		if (settings.hmacKey() == null || settings.hmacKey().isBlank()) {
			this.hmacKey = TOKEN.encodeToString(randomBytes(32));
			log.warn("cc.captcha.hmac-key (CC_CAPTCHA_HMAC_KEY) is not set: using a random key for this instance. "
					+ "Several instances must share one key, or captchas solved on one are refused by the others.");
		}
		else {
			this.hmacKey = settings.hmacKey();
		}
	}

	/**
	 * A proof-of-work challenge (ALTCHA v1): the browser finds the number whose SHA-256
	 * with the salt gives the challenge.
	 *
	 * @param algorithm always {@code SHA-256}
	 * @param challenge the hash to reach, hex
	 * @param maxnumber the number lies between 0 and this
	 * @param salt random, with the expiry time in it
	 * @param signature HMAC of the challenge, proving we issued it
	 */
	public record Challenge(String algorithm, String challenge, long maxnumber, String salt, String signature) {
	}

	/**
	 * A text question for the form.
	 *
	 * @param text the question, in the visitor's language
	 * @param token to send back with the answer (signed; holds no answer in clear)
	 */
	public record Question(String text, String token) {
	}

	/** A new proof-of-work challenge, valid for the configured expiry. */
	public Challenge challenge() {
		ChallengeOptions options = new ChallengeOptions();
		options.setAlgorithm(Algorithm.SHA256);
		options.setMaxNumber(this.settings.maxNumber());
		options.setHmacKey(this.hmacKey);
		options.setSecureRandomNumber(true);
		options.setExpires(expiry().getEpochSecond());
		try {
			Altcha.Challenge c = Altcha.createChallenge(options);
			return new Challenge(c.algorithm, c.challenge, c.maxnumber, c.salt, c.signature);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot create a captcha challenge", ex);
		}
	}

	/**
	 * A new text question in the visitor's language. Writes nothing: the expected answer
	 * is sealed in the token.
	 * @param locale the visitor's language
	 * @return the question and its token
	 */
	public Question question(Locale locale) {
		CaptchaQuestions.Asked asked = this.questions.ask(locale);
		String id = TOKEN.encodeToString(randomBytes(16));
		long expires = expiry().getEpochSecond();
		String issued = id + "." + expires;
		return new Question(asked.text(),
				issued + "." + mac("t|" + issued) + "." + mac("q|" + issued + "|" + asked.answer()));
	}

	/**
	 * What became of the captcha sent with a form, and what to tell the visitor next to
	 * it.
	 */
	public enum Verdict {

		/**
		 * A valid proof of work, or the right answer to the question asked: let through.
		 */
		SOLVED(null),

		/** Neither a proof of work nor an answer: nothing was checked nor spent. */
		UNANSWERED("security.captcha.missing"),

		/** An answer to the question asked, wrong: the question is spent. */
		WRONG("security.captcha.wrong"),

		/**
		 * A proof of work or a question that expired, was already used or was not ours.
		 */
		EXPIRED("security.captcha.refused");

		private final String refusal;

		Verdict(String refusal) {
			this.refusal = refusal;
		}

		/**
		 * The message code saying why the captcha was not passed and what to do.
		 * @return a code of the message bundles, or null when {@link #SOLVED}
		 */
		public String refusal() {
			return this.refusal;
		}

	}

	/**
	 * Checks what the visitor sent and spends it (in its own transaction, so that a wrong
	 * answer stays spent whatever the form does next).
	 * @param payload the proof of work from the script (base64 JSON), or empty
	 * @param questionToken the token of the text question shown, or empty
	 * @param answer the visitor's answer to that question, or empty
	 * @return {@link Verdict#SOLVED} if a valid, unexpired, unused proof of work OR a
	 * right answer to an unexpired, unused question was given; otherwise why not
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Verdict check(String payload, String questionToken, String answer) {
		boolean worked = payload != null && !payload.isBlank();
		if (worked && verifyWork(payload.strip())) {
			return Verdict.SOLVED;
		}
		if (answer == null || answer.isBlank()) {
			return worked ? Verdict.EXPIRED : Verdict.UNANSWERED;
		}
		if (questionToken == null || questionToken.isBlank()) {
			return Verdict.EXPIRED;
		}
		return verifyAnswer(questionToken.strip(), answer);
	}

	private boolean verifyWork(String payload) {
		try {
			JsonNode json = JSON.readTree(Base64.getDecoder().decode(payload));
			String salt = json.path("salt").asString("");
			String signature = json.path("signature").asString("");
			String expires = Altcha.extractParams(salt).get("expires");
			if (expires == null || signature.isEmpty() || !Altcha.verifySolution(payload, this.hmacKey, false)) {
				return false;
			}
			Instant expiresAt = Instant.ofEpochSecond(Long.parseLong(expires));
			return expiresAt.isAfter(this.clock.instant()) && spend("pow:" + signature, expiresAt);
		}
		catch (Exception malformed) {
			return false;
		}
	}

	private Verdict verifyAnswer(String token, String answer) {
		String[] parts = token.split("\\.");
		if (parts.length != 4 || parts[0].length() > 40 || !parts[1].matches("\\d{1,12}")) {
			return Verdict.EXPIRED;
		}
		String issued = parts[0] + "." + parts[1];
		Instant expiresAt = Instant.ofEpochSecond(Long.parseLong(parts[1]));
		// Only a question we issued is spent (a forged one must not fill the table), and
		// it is spent before the answer is compared: one try per question.
		if (!same(mac("t|" + issued), parts[2]) || !expiresAt.isAfter(this.clock.instant())
				|| !spend("q:" + parts[0], expiresAt)) {
			return Verdict.EXPIRED;
		}
		return same(mac("q|" + issued + "|" + CaptchaQuestions.parse(answer)), parts[3]) ? Verdict.SOLVED
				: Verdict.WRONG;
	}

	private static boolean same(String expected, String given) {
		return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
				given.getBytes(StandardCharsets.US_ASCII));
	}

	/** Records a solution as used; false if it already was (a replay). */
	private boolean spend(String id, Instant expiresAt) {
		try {
			return this.jdbc.update("insert into captcha_spent (spent_id, expires_at) values (?, ?)", id,
					Timestamp.from(expiresAt)) == 1;
		}
		catch (DataIntegrityViolationException replayed) {
			return false;
		}
	}

	/** Forgets spent solutions whose challenge has expired anyway. */
	@Scheduled(cron = "${cc.captcha.purge-cron:0 7 * * * *}")
	@SchedulerLock(name = "captcha-purge", lockAtMostFor = "PT10M")
	@Transactional
	public void purge() {
		this.jdbc.update("delete from captcha_spent where expires_at <= ?", Timestamp.from(this.clock.instant()));
	}

	private Instant expiry() {
		return this.clock.instant().plus(this.settings.expiry());
	}

	private String mac(String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.hmacKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return TOKEN.encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] randomBytes(int length) {
		byte[] bytes = new byte[length];
		new SecureRandom().nextBytes(bytes);
		return bytes;
	}

	/** For the JSON answer of the challenge endpoint. */
	static Map<String, Object> asJson(Challenge challenge) {
		return Map.of("algorithm", challenge.algorithm(), "challenge", challenge.challenge(), "maxnumber",
				challenge.maxnumber(), "salt", challenge.salt(), "signature", challenge.signature());
	}

}
