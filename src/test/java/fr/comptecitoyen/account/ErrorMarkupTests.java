package fr.comptecitoyen.account;

import java.util.regex.Pattern;

import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import fr.comptecitoyen.support.Pages;
import fr.comptecitoyen.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every hand-written form shows its problems the same way, through the fragments of
 * {@code fragments/form-fields.html}: a summary at the top whose links reach the fields,
 * and next to the field a message after a hidden "Erreur :", tied to the input by
 * {@code aria-describedby}, with what was typed kept.
 */
@PortalTest
class ErrorMarkupTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Citizens citizens;

	@Autowired
	Pages pages;

	@Test
	void registrationShowsItsErrorsThroughTheSharedFragments() throws Exception {
		String html = render(post("/inscription").with(csrf())
			.param("lastName", "Dupont2")
			.param("email", "jean@example.f")
			.param("contactPreference", "EMAIL"));
		assertOneShape(html, "lastName", "Dupont2");
		assertOneShape(html, "email", "jean@example.f");
		assertRadiosShape(html, "civility");
	}

	@Test
	void profileShowsItsErrorsThroughTheSharedFragments() throws Exception {
		Citizen camille = this.citizens.validated("Camille", Citizens.unique("Balisage"));
		String html = render(this.pages.postAs(camille, "/compte/modifier")
			.param("civility", "")
			.param("lastName", "Martin")
			.param("firstName", "Camille")
			.param("birthDate", "12/03/1984")
			.param("phone", "12345")
			.param("addressLine", "12 rue des Lilas")
			.param("postcode", "342")
			.param("city", "Sète")
			.param("contactPreference", "EMAIL"));
		assertOneShape(html, "phone", "12345");
		assertOneShape(html, "postcode", "342");
		assertRadiosShape(html, "civility");
	}

	@Test
	void householdFormShowsItsErrorsThroughTheSharedFragments() throws Exception {
		Citizen camille = this.citizens.validated("Camille", Citizens.unique("Foyer"));
		String html = render(this.pages.postAs(camille, "/compte/foyer/adultes/ajouter")
			.param("lastName", "Martin3")
			.param("firstNames", "Paul")
			.param("birthDate", "31/02/1980"));
		assertOneShape(html, "lastName", "Martin3");
		assertThat(html).contains("href=\"#birthDate\"", "id=\"birthDate-error\"", "value=\"31/02/1980\"");
		assertRadiosShape(html, "relation");
	}

	@Test
	void passwordAndSecurityPagesShowTheirErrorsThroughTheSharedFragments() throws Exception {
		Citizen camille = this.citizens.validated("Camille", Citizens.unique("Secret"));
		assertOneShape(render(this.pages.postAs(camille, "/compte/mot-de-passe")
			.param("current", "pas le bon mot de passe")
			.param("password", "court")
			.param("confirmation", "autre")), "current", null);
		assertOneShape(render(this.pages.postAs(camille, "/compte/securite/courriel")
			.param("email", "camille@localhost")
			.param("currentPassword", Citizens.PASSWORD)), "email", "camille@localhost");
		assertOneShape(render(this.pages.postAs(camille, "/compte/fermer").param("password", "pas le bon")), "password",
				null);
		assertOneShape(render(post("/mot-de-passe-oublie").with(csrf()).param("identifier", " ")), "identifier", null);
	}

	private String render(MockHttpServletRequestBuilder post) throws Exception {
		return this.mvc.perform(post).andReturn().getResponse().getContentAsString();
	}

	/** The summary links to the field, whose message and typed value sit next to it. */
	private static void assertOneShape(String html, String field, String typed) {
		assertThat(html).contains(
				"<div class=\"error-summary\" role=\"alert\" tabindex=\"-1\" aria-labelledby=\"error-summary-title\">",
				"<a href=\"#" + field + "\">");
		assertThat(html).containsPattern(Pattern.compile("<p class=\"field-error\" id=\"" + field
				+ "-error\">\\s*<span class=\"visually-hidden\">Erreur :</span>\\s*<span class=\"field-error__item\">"));
		assertThat(html).containsPattern(Pattern.compile("<input id=\"" + field + "\"\\s+name=\"" + field + "\"[^>]*"
				+ "aria-invalid=\"true\"\\s+aria-describedby=\"(" + field + "-hint )?" + field + "-error\">"));
		if (typed != null) {
			assertThat(html).containsPattern(
					Pattern.compile("<input id=\"" + field + "\"[^>]*value=\"" + Pattern.quote(typed) + "\""));
		}
	}

	private static void assertRadiosShape(String html, String field) {
		assertThat(html).contains("<a href=\"#" + field + "\">", "<fieldset aria-describedby=\"" + field + "-error\">",
				"<p class=\"field-error\" id=\"" + field + "-error\">");
	}

}
