package fr.comptecitoyen.security;

import java.util.UUID;

import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import fr.comptecitoyen.support.Client;
import fr.comptecitoyen.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in by an email address that several accounts share (registration invites a
 * household to share one): the one account whose password matches is signed in; otherwise
 * the same neutral refusal, which says to use the identifier, whether the address is
 * shared, used once or unknown. Each attempt counts once against the address typed and
 * once against the client address.
 */
@PortalTest
class SharedEmailSignInTests {

	static final String ANNE = "le phare de sète au petit matin";

	static final String PAUL = "une barque rouge sur l’étang de thau";

	@Autowired
	Citizens citizens;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void theOneAccountWhosePasswordMatchesIsSignedIn() throws Exception {
		String shared = sharedAddress();
		Citizen anne = withPassword(this.citizens.validated().named("Anne", Citizens.unique("Foyer")).email(shared),
				ANNE);
		Citizen paul = withPassword(this.citizens.pending().named("Paul", Citizens.unique("Foyer")).email(shared),
				PAUL);
		this.citizens.validated().named("Zoé", Citizens.unique("Foyer")).email(shared).create();

		Client browser = this.citizens.client();
		assertThat(browser.signIn(shared.toUpperCase(), PAUL).getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(browser.get("/").getResponse().getContentAsString())
			.contains("Compte connecté : " + paul.username());

		Client other = this.citizens.client();
		assertThat(other.signIn(shared, ANNE).getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(other.get("/").getResponse().getContentAsString()).contains("Compte connecté : " + anne.username());
		assertThat(this.citizens.client().signIn(anne.username(), ANNE).getResponse().getRedirectedUrl())
			.as("the identifier still works")
			.isEqualTo("/");
	}

	@Test
	void aSharedAddressAUniqueOneAndAnUnknownOneAreRefusedAlikeWithTheIdentifierAdvice() throws Exception {
		String shared = sharedAddress();
		this.citizens.validated().named("Anne", Citizens.unique("Meme")).email(shared).create();
		this.citizens.validated().named("Paul", Citizens.unique("Meme")).email(shared).create();
		Citizen alone = this.citizens.validated().create();

		Client browser = this.citizens.client();
		MvcResult bothMatch = browser.signIn(shared, Citizens.PASSWORD);
		MvcResult noneMatches = browser.signIn(shared, "pas le bon mot de passe");
		MvcResult wrongForOne = browser.signIn(alone.email(), "pas le bon mot de passe");
		MvcResult unknown = browser.signIn("personne-" + UUID.randomUUID() + "@example.org", Citizens.PASSWORD);
		for (MvcResult refused : new MvcResult[] { bothMatch, noneMatches, wrongForOne, unknown }) {
			assertThat(refused.getResponse().getStatus()).isEqualTo(200);
			assertThat(refused.getResponse().getForwardedUrl()).isEqualTo("/connexion/echec");
		}
		assertThat(browser.get("/").getResponse().getContentAsString()).doesNotContain("Compte connecté");

		String sharedPage = refusal(browser, shared);
		String unknownPage = refusal(browser, "personne-" + UUID.randomUUID() + "@example.org");
		assertThat(sharedPage).contains(
				"Si plusieurs comptes utilisent cette adresse (par exemple ceux d’un même foyer), connectez-vous avec votre identifiant (prénom.nom)")
			.doesNotContain("Vérifiez votre identifiant et votre mot de passe.");
		assertThat(alert(unknownPage)).isEqualTo(alert(sharedPage));
		assertThat(alert(refusal(browser, alone.email()))).isEqualTo(alert(sharedPage));
		assertThat(refusal(browser, alone.username())).contains("Vérifiez votre identifiant et votre mot de passe.");
	}

	@Test
	void eachAttemptWithASharedAddressCountsOnce() throws Exception {
		String shared = sharedAddress();
		for (String name : new String[] { "Anne", "Paul", "Zoé" }) {
			this.citizens.validated().named(name, Citizens.unique("Compte")).email(shared).create();
		}
		Client browser = this.citizens.client();
		browser.signIn(shared, "faux 1");
		browser.signIn(shared, "faux 2");
		assertThat(failures("u:" + shared)).isEqualTo(2);
		assertThat(failures("ip:" + browser.address())).isEqualTo(2);
	}

	private Citizen withPassword(Citizens.Builder builder, String password) {
		Citizen citizen = builder.create();
		this.jdbc.update("update citizen_account set password_hash = ? where id = ?", this.encoder.encode(password),
				citizen.id());
		return citizen;
	}

	/** The sign-in page as a refused attempt with that identifier shows it. */
	private static String refusal(Client browser, String typed) throws Exception {
		return browser.post("/connexion/echec", "username", typed).getResponse().getContentAsString();
	}

	private static String alert(String page) {
		int start = page.indexOf("role=\"alert\"");
		assertThat(start).isPositive();
		return page.substring(start, page.indexOf("</p>", start));
	}

	private int failures(String key) {
		return this.jdbc.queryForObject("select failures from sign_in_throttle where throttle_key = ?", Integer.class,
				key);
	}

	private static String sharedAddress() {
		return "foyer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

}
