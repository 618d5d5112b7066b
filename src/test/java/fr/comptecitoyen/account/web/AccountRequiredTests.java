package fr.comptecitoyen.account.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import fr.comptecitoyen.account.PendingInputs;
import fr.comptecitoyen.support.MutableClock;
import fr.comptecitoyen.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The "account needed" entry point and the store that keeps what a visitor typed
 * meanwhile; and the pages a visitor only looks at, which write nothing.
 */
// A context of its own: signed-in MockMvc requests of other classes must not leak in.
@PortalTest(properties = "cc.test.context=account-required")
class AccountRequiredTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PendingInputs pending;

	@Autowired
	MutableClock clock;

	@Test
	void lookingAtTheRegistrationAndAccountNeededPagesWritesNothing() throws Exception {
		Map<String, Integer> before = counts();
		for (String path : List.of("/inscription", "/inscription?retour=/services", "/compte-requis?retour=/services",
				"/conditions-utilisation", "/captcha/challenge")) {
			MvcResult result = this.mvc.perform(get(path)).andReturn();
			assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
			assertThat(result.getResponse().getHeaders("Set-Cookie")).as("cookies of %s", path)
				.noneMatch((cookie) -> cookie.startsWith("SESSION="));
		}
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void offersToSignInOrCreateAnAccountAndComeBack() throws Exception {
		String html = this.mvc.perform(get("/compte-requis").param("retour", "/essai?reprise=abc"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Cette démarche demande un Compte Citoyen", "action=\"/connexion\"",
				"name=\"retour\" value=\"/essai?reprise=abc\"", "href=\"/inscription?retour=/essai?reprise%3Dabc\"",
				"Ce que vous avez déjà saisi est conservé");
	}

	@Test
	void sendsNobodyToAnotherSite() throws Exception {
		for (String retour : List.of("//evil.example/x", "https://evil.example/", "/\\evil.example",
				"javascript:alert(1)", "/ok\r\nSet-Cookie: x=y")) {
			String html = this.mvc.perform(get("/compte-requis").param("retour", retour))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(html).as(retour).doesNotContain("evil.example", "javascript:", "name=\"retour\"");
			assertThat(html).contains("href=\"/inscription\"");
		}
	}

	@Test
	void parkedInputIsClaimedByTheFirstSignedInReaderOnly() {
		String token = this.pending.park(Map.of("objet", "Canapé trois places", "quantite", "2"), null);
		assertThat(token).matches("[A-Za-z0-9_-]{22}");
		assertThat(this.jdbc.queryForObject("select count(*) from pending_input where token_hash = ?", Integer.class,
				token))
			.as("only a hash of the token is stored")
			.isZero();
		UUID owner = UUID.randomUUID();
		UUID other = UUID.randomUUID();
		assertThat(this.pending.restore(token, null)).as("a visitor reads nothing").isEmpty();
		assertThat(this.pending.restore(token, owner))
			.contains(Map.of("objet", "Canapé trois places", "quantite", "2"));
		assertThat(this.pending.restore(token, other)).as("claimed by the first reader").isEmpty();
		assertThat(this.pending.restore(token, owner)).as("the owner may read again").isPresent();
		this.pending.discard(token, other);
		assertThat(this.pending.restore(token, owner)).isPresent();
		this.pending.discard(token, owner);
		assertThat(this.pending.restore(token, owner)).isEmpty();
		assertThat(this.pending.restore("inconnu", owner)).isEmpty();
	}

	@Test
	void parkedInputExpiresAfterTwoHours() {
		String token = this.pending.park(Map.of("objet", "Matelas"), null);
		this.clock.advance(PendingInputs.LIFETIME.plus(Duration.ofSeconds(1)));
		assertThat(this.pending.restore(token, UUID.randomUUID())).isEmpty();
	}

	private Map<String, Integer> counts() {
		Map<String, Integer> counts = new TreeMap<>();
		for (String table : List.of("citizen_account", "captcha_spent", "spring_session", "rate_limit", "pending_input",
				"outbox_message")) {
			counts.put(table, this.jdbc.queryForObject("select count(*) from " + table, Integer.class));
		}
		return counts;
	}

}
