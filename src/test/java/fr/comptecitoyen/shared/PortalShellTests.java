package fr.comptecitoyen.shared;

import java.net.URI;

import fr.comptecitoyen.support.PortalTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The portal's shell as a visitor meets it: French pages with the tabs and the sign-in
 * box, strict headers on every response, French error pages that reveal nothing, and no
 * session for visitors who only read.
 */
@PortalTest
class PortalShellTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void homePageShowsTheTabsAndTheSignInBoxInFrench() throws Exception {
		String page = this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Language", "fr"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<html lang=\"fr\">", ">Accueil<", ">Compte<", ">Les Services<", ">Mes Demandes<",
				">Identifiant<", ">Mot de passe<", ">Connexion<", "Mot de passe oublié ?", "Créer mon compte",
				"Ma Commune");
		assertThat(page).as("the path without an account is open")
			.contains("de mariage et de décès peuvent se faire sans compte.")
			.doesNotContain("pourront");
	}

	@Test
	void accessibilityStatementFollowsTheRgaaModelAndTheFooterSaysTheSameStatus() throws Exception {
		String page = this.mvc.perform(get("/accessibilite")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("article 47 de la loi n° 2005-102 du 11 février 2005",
				"est non conforme avec le référentiel général d’amélioration de l’accessibilité (RGAA), version 4.1.2",
				">État de conformité<", ">Résultats des tests<", ">Contenus non accessibles<", ">Non-conformités<",
				">Dérogations pour charge disproportionnée<", ">Contenus non soumis à l’obligation d’accessibilité<",
				">Établissement de cette déclaration d’accessibilité<", "Cette déclaration a été établie le",
				">Schéma pluriannuel de mise en accessibilité<", ">Retour d’information et contact<",
				">Voies de recours<", "https://formulaire.defenseurdesdroits.fr/",
				"Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07", "http://localhost:8080")
			.doesNotContain("partiellement conforme", "totalement conforme");
		for (String path : new String[] { "/", "/faq", "/accessibilite", "/connexion" }) {
			assertThat(this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString())
				.contains(">Accessibilité : non conforme<");
		}
	}

	@Test
	void languageSwitchGivesEnglishAndRemembersItInACookie() throws Exception {
		MvcResult result = this.mvc.perform(get("/").param("lang", "en")).andExpect(status().isOk()).andReturn();
		assertThat(result.getResponse().getContentAsString()).contains("<html lang=\"en\">");
		assertThat(result.getResponse().getCookie("cc-lang").getValue()).isEqualTo("en");
	}

	@Test
	void theLanguageSwitchKeepsTheRestOfTheAddress() throws Exception {
		String signIn = this.mvc.perform(get(URI.create("/connexion?retour=/demandes/A-1%3Fx")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(signIn).contains("href=\"?retour=/demandes/A-1%3Fx&amp;lang=en\" lang=\"en\"",
				"href=\"?retour=/demandes/A-1%3Fx&amp;lang=fr\" lang=\"fr\"");
		String english = this.mvc.perform(get("/services?lang=en&q=cantine"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(english).contains("href=\"?q=cantine&amp;lang=fr\" lang=\"fr\"").doesNotContain("lang=en&amp;lang");
		assertThat(this.mvc.perform(get("/faq")).andReturn().getResponse().getContentAsString())
			.contains("href=\"?lang=en\" lang=\"en\"");
	}

	@Test
	void theBackOfficeHasTheLanguageSwitchToo() throws Exception {
		// The language is one cookie for the whole site: an agent who read the citizen
		// pages in English finds the back office in English, and can switch it back
		// there.
		MvcResult english = this.mvc.perform(get("/agent/connexion?lang=en")).andReturn();
		assertThat(english.getResponse().getContentAsString()).contains("<html lang=\"en\"",
				"href=\"?lang=fr\" lang=\"fr\" hreflang=\"fr\"", "lang=\"en\" hreflang=\"en\" aria-current=\"true\"");
		MvcResult french = this.mvc
			.perform(get("/agent/connexion?lang=fr").cookie(english.getResponse().getCookie("cc-lang")))
			.andReturn();
		assertThat(french.getResponse().getContentAsString()).contains("<html lang=\"fr\"",
				"lang=\"fr\" hreflang=\"fr\" aria-current=\"true\"");
	}

	/**
	 * A language the portal has no messages in, asked for or left in the cookie, gives
	 * the French pages declared French, and no cookie that says otherwise.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "de", "xx", "a-b-c-d-e-f-g-h", "" })
	void anUnknownLanguageGivesFrenchDeclaredFrench(String language) throws Exception {
		MvcResult asked = this.mvc.perform(get("/").param("lang", language)).andExpect(status().isOk()).andReturn();
		assertThat(asked.getResponse().getContentAsString()).contains("<html lang=\"fr\">");
		Cookie cookie = asked.getResponse().getCookie("cc-lang");
		assertThat((cookie == null) ? "" : cookie.getValue()).isIn("", "fr");
		MvcResult kept = this.mvc.perform(get("/").cookie(new Cookie("cc-lang", language.isEmpty() ? "de" : language)))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(kept.getResponse().getContentAsString()).contains("<html lang=\"fr\">");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/faq", "/mentions-legales", "/donnees-personnelles", "/accessibilite", "/services",
			"/connexion", "/page-qui-n-existe-pas", "/theme.css", "/css/portal.css" })
	void everyResponseCarriesTheSecurityHeaders(String path) throws Exception {
		this.mvc.perform(get(path))
			.andExpect(header().string("Content-Security-Policy",
					"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
							+ "font-src 'self'; connect-src 'self'; form-action 'self'; object-src 'none'; "
							+ "base-uri 'none'; frame-ancestors 'none'"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "same-origin"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().exists("Permissions-Policy"));
	}

	@Test
	void pagesAreNotCachedButTheStylesheetIs() throws Exception {
		this.mvc.perform(get("/faq"))
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")));
		this.mvc.perform(get("/css/portal.css"))
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("max-age=3600")));
	}

	@Test
	void themeColoursComeFromConfiguration() throws Exception {
		this.mvc.perform(get("/theme.css"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("--cc-primary: #1d4e89;")));
	}

	@Test
	void accountTabsSendVisitorsToSignInAndBack() throws Exception {
		this.mvc.perform(get("/compte")).andExpect(status().isFound()).andExpect(redirectedUrl("/connexion?requis"));
		this.mvc.perform(get("/demandes")).andExpect(status().isFound()).andExpect(redirectedUrl("/connexion?requis"));
		this.mvc.perform(get("/services")).andExpect(status().isOk());
	}

	@Test
	void theHeadersSignInLinkComesBackToThePageItWasOn() throws Exception {
		assertThat(this.mvc.perform(get(URI.create("/services?categorie=ecole%20et%20cantine&x=1")))
			.andReturn()
			.getResponse()
			.getContentAsString())
			.contains("href=\"/connexion?retour=/services?categorie%3Decole%2520et%2520cantine%26x%3D1\"");
		assertThat(this.mvc.perform(get("/faq")).andReturn().getResponse().getContentAsString())
			.contains("href=\"/connexion?retour=/faq\"");
		assertThat(this.mvc.perform(get("/mot-de-passe-oublie")).andReturn().getResponse().getContentAsString())
			.contains("href=\"/connexion\"")
			.doesNotContain("href=\"/connexion?retour=");
	}

	@Test
	void demoMailboxDoesNotExistOutsideDemoMode() throws Exception {
		this.mvc.perform(get("/demo/courriels")).andExpect(status().isNotFound());
	}

	@Test
	void actuatorExposesOnlyHealth() throws Exception {
		this.mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/env")).andExpect(status().isNotFound());
		this.mvc.perform(get("/actuator/beans")).andExpect(status().isNotFound());
	}

	@Test
	void outsideDemoModeThereIsNoDemoBanner() throws Exception {
		assertThat(this.mvc.perform(get("/")).andReturn().getResponse().getContentAsString())
			.doesNotContain("demo-banner");
	}

	@Test
	void readingPagesCreatesNoSession() throws Exception {
		int before = this.jdbc.queryForObject("select count(*) from spring_session", Integer.class);
		for (String path : new String[] { "/", "/faq", "/services", "/connexion", "/compte", "/nulle-part" }) {
			MvcResult result = this.mvc.perform(get(path)).andReturn();
			assertThat(result.getRequest().getSession(false)).as("session created by %s", path).isNull();
			assertThat(result.getResponse().getHeaders("Set-Cookie")).as("cookies of %s", path)
				.noneMatch((cookie) -> cookie.startsWith("SESSION="));
		}
		assertThat(this.jdbc.queryForObject("select count(*) from spring_session", Integer.class)).isEqualTo(before);
	}

	@Test
	void faqAnswersEveryQuestionOfTheSeed() throws Exception {
		String page = this.mvc.perform(get("/faq")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Qu’est-ce que mon « Compte Citoyen » ?",
				"Quel est l’intérêt d’avoir un Compte Citoyen ?", "Comment créer un Compte Citoyen ?",
				"Comment modifier mon Compte Citoyen ?", "Comment me connecter à mon Compte Citoyen ?",
				"À quoi sert le captcha (cryptogramme) ?", "Que faire si j’ai perdu mon mot de passe ?",
				"Mes informations seront-elles protégées ?",
				"Mes informations seront-elles transmises à d’autres organismes ?",
				"Où cliquer pour effectuer une démarche en ligne ?", "À quoi sert le mode brouillon ?",
				"je ne les ai qu’en papier", "Puis-je effectuer des démarches si mon compte n’est pas encore validé ?",
				"Pourquoi certaines démarches nécessitent un compte et d’autres pas ?",
				"Dois-je répondre aux courriels que je reçois ?",
				"Comment connaître l’avancement d’une démarche que j’ai soumise ?", "aide-compte-citoyen@example.org")
			.doesNotContain("Modifier ma question/réponse", "contenant un nouveau mot de passe",
					"autorisé les « pop-up »");
	}

}
