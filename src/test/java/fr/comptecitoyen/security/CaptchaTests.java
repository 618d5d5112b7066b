package fr.comptecitoyen.security;

import fr.comptecitoyen.security.Captcha.Verdict;
import fr.comptecitoyen.support.MutableClock;
import fr.comptecitoyen.support.PortalTest;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The captcha: a proof of work or a text question, each accepted once and only before it
 * expires; what was presented is spent even when wrong.
 */
@PortalTest
class CaptchaTests {

	@Autowired
	Captcha captcha;

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void challengeIsSignedSha256JsonAndHandingItOutWritesNothing() throws Exception {
		int spent = this.jdbc.queryForObject("select count(*) from captcha_spent", Integer.class);
		MvcResult result = this.mvc.perform(get("/captcha/challenge")).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentType()).startsWith("application/json");
		assertThat(result.getResponse().getHeader("Cache-Control")).contains("no-store");
		assertThat(result.getRequest().getSession(false)).isNull();
		JsonNode json = JsonMapper.builder().build().readTree(result.getResponse().getContentAsString());
		assertThat(json.get("algorithm").asString()).isEqualTo("SHA-256");
		assertThat(json.get("challenge").asString()).matches("[0-9a-f]{64}");
		assertThat(json.get("signature").asString()).matches("[0-9a-f]{64}");
		assertThat(json.get("salt").asString()).contains("expires=");
		assertThat(json.get("maxnumber").asLong()).isPositive();
		assertThat(this.jdbc.queryForObject("select count(*) from captcha_spent", Integer.class)).isEqualTo(spent);
	}

	@Test
	void validProofOfWorkIsAccepted() throws Exception {
		assertThat(this.captcha.check(CaptchaSolver.solve(this.mvc), null, null)).isEqualTo(Verdict.SOLVED);
	}

	@Test
	void replayedProofOfWorkIsRefused() throws Exception {
		String payload = CaptchaSolver.solve(this.mvc);
		assertThat(this.captcha.check(payload, null, null)).isEqualTo(Verdict.SOLVED);
		assertThat(this.captcha.check(payload, null, null)).isEqualTo(Verdict.EXPIRED);
	}

	@Test
	void expiredProofOfWorkIsRefused() throws Exception {
		String payload = CaptchaSolver.solve(this.mvc);
		this.clock.advance(Duration.ofMinutes(11));
		assertThat(this.captcha.check(payload, null, null)).isEqualTo(Verdict.EXPIRED);
	}

	@Test
	void wrongOrForgedProofOfWorkIsRefused() throws Exception {
		String payload = CaptchaSolver.solve(this.mvc);
		String json = new String(Base64.getDecoder().decode(payload), StandardCharsets.UTF_8);
		String wrongNumber = json.replaceFirst("\"number\":(\\d+)", "\"number\":$1" + "1");
		assertThat(this.captcha.check(encode(wrongNumber), null, null)).isEqualTo(Verdict.EXPIRED);
		String longerExpiry = json.replaceFirst("expires=(\\d+)", "expires=9$1");
		assertThat(this.captcha.check(encode(longerExpiry), null, null)).isEqualTo(Verdict.EXPIRED);
		assertThat(this.captcha.check("pas du base64 !", null, null)).isEqualTo(Verdict.EXPIRED);
		assertThat(this.captcha.check(encode("{}"), null, null)).isEqualTo(Verdict.EXPIRED);
		assertThat(this.captcha.check(payload, null, null)).as("the genuine one still works").isEqualTo(Verdict.SOLVED);
	}

	@Test
	void rightAnswerToTheTextQuestionIsAccepted() {
		Captcha.Question question = this.captcha.question(Locale.FRENCH);
		assertThat(question.text())
			.matches("(Combien font \\S+ plus \\S+ \\?|Écrivez en chiffres le nombre « \\S+ ».)");
		assertThat(question.token().split("\\.")).as("id, expiry, two seals: no answer in clear").hasSize(4);
		assertThat(this.captcha.check("", question.token(), " " + CaptchaSolver.answer(question.text()) + " "))
			.isEqualTo(Verdict.SOLVED);
	}

	@Test
	void wrongAnswerIsRefusedAndSpendsTheQuestion() {
		Captcha.Question question = this.captcha.question(Locale.FRENCH);
		String right = CaptchaSolver.answer(question.text());
		String wrong = String.valueOf(Integer.parseInt(right) + 1);
		assertThat(this.captcha.check(null, question.token(), wrong)).isEqualTo(Verdict.WRONG);
		assertThat(Verdict.WRONG.refusal()).isEqualTo("security.captcha.wrong");
		assertThat(this.captcha.check(null, question.token(), right)).as("no second try on the same question")
			.isEqualTo(Verdict.EXPIRED);
	}

	@Test
	void replayedAnswerIsRefused() {
		Captcha.Question question = this.captcha.question(Locale.FRENCH);
		String right = CaptchaSolver.answer(question.text());
		assertThat(this.captcha.check(null, question.token(), right)).isEqualTo(Verdict.SOLVED);
		assertThat(this.captcha.check(null, question.token(), right)).isEqualTo(Verdict.EXPIRED);
	}

	@Test
	void expiredQuestionIsRefused() {
		Captcha.Question question = this.captcha.question(Locale.FRENCH);
		this.clock.advance(Duration.ofMinutes(10).plusSeconds(1));
		assertThat(this.captcha.check(null, question.token(), CaptchaSolver.answer(question.text())))
			.isEqualTo(Verdict.EXPIRED);
	}

	@Test
	void forgedQuestionTokenIsRefused() {
		Captcha.Question question = this.captcha.question(Locale.FRENCH);
		String[] parts = question.token().split("\\.");
		String later = parts[0] + "." + (Long.parseLong(parts[1]) + 3600) + "." + parts[2] + "." + parts[3];
		int spent = this.jdbc.queryForObject("select count(*) from captcha_spent", Integer.class);
		assertThat(this.captcha.check(null, later, CaptchaSolver.answer(question.text()))).isEqualTo(Verdict.EXPIRED);
		assertThat(this.jdbc.queryForObject("select count(*) from captcha_spent", Integer.class))
			.as("a forged token is not even recorded")
			.isEqualTo(spent);
		assertThat(this.captcha.check(null, "n.importe.quoi", "7")).isEqualTo(Verdict.EXPIRED);
		assertThat(this.captcha.check(null, null, "7")).isEqualTo(Verdict.EXPIRED);
	}

	@Test
	void nothingAnsweredIsToldApartAndSpendsNothing() {
		Captcha.Question question = this.captcha.question(Locale.FRENCH);
		int spent = this.jdbc.queryForObject("select count(*) from captcha_spent", Integer.class);
		assertThat(this.captcha.check(null, null, null)).isEqualTo(Verdict.UNANSWERED);
		assertThat(this.captcha.check("", question.token(), "  ")).isEqualTo(Verdict.UNANSWERED);
		assertThat(Verdict.UNANSWERED.refusal()).isEqualTo("security.captcha.missing");
		assertThat(this.jdbc.queryForObject("select count(*) from captcha_spent", Integer.class)).isEqualTo(spent);
		assertThat(this.captcha.check(null, question.token(), CaptchaSolver.answer(question.text())))
			.as("the question left unanswered can still be answered")
			.isEqualTo(Verdict.SOLVED);
	}

	@Test
	void questionIsAskedInEnglishToo() {
		assertThat(this.captcha.question(Locale.ENGLISH).text())
			.matches("(What is \\S+ plus \\S+\\?|Write the number “\\S+” in digits\\.)");
	}

	@Test
	void purgeForgetsOnlyExpiredSolutions() throws Exception {
		String payload = CaptchaSolver.solve(this.mvc);
		String spentId = "pow:" + JsonMapper.builder()
			.build()
			.readTree(Base64.getDecoder().decode(payload))
			.get("signature")
			.asString();
		assertThat(this.captcha.check(payload, null, null)).isEqualTo(Verdict.SOLVED);
		this.captcha.purge();
		assertThat(spent(spentId)).as("a solution not yet expired is kept").isOne();
		this.clock.advance(Duration.ofHours(1));
		Timestamp now = Timestamp.from(this.clock.instant());
		String laterId = "pow:later-" + System.nanoTime();
		this.jdbc.update("insert into captcha_spent (spent_id, expires_at) values (?, ?)", laterId,
				Timestamp.from(this.clock.instant().plus(Duration.ofMinutes(5))));
		int later = this.jdbc.queryForObject("select count(*) from captcha_spent where expires_at > ?", Integer.class,
				now);
		this.captcha.purge();
		assertThat(spent(spentId)).as("an expired solution is forgotten").isZero();
		assertThat(spent(laterId)).as("a solution expiring later is kept").isOne();
		assertThat(this.jdbc.queryForObject("select count(*) from captcha_spent where expires_at <= ?", Integer.class,
				now))
			.isZero();
		assertThat(
				this.jdbc.queryForObject("select count(*) from captcha_spent where expires_at > ?", Integer.class, now))
			.as("solutions expiring later, spent by other tests at a later clock, are kept")
			.isEqualTo(later);
	}

	private int spent(String spentId) {
		return this.jdbc.queryForObject("select count(*) from captcha_spent where spent_id = ?", Integer.class,
				spentId);
	}

	private static String encode(String json) {
		return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

}
