package fr.comptecitoyen.security;

import java.util.List;

import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import fr.comptecitoyen.support.Client;
import fr.comptecitoyen.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After sign-in the citizen goes back to the page given in {@code retour} only when it is
 * a page of the portal: another site, however disguised (user information before the
 * host, a protocol-relative address, a backslash), goes to the home page, and so does a
 * value that cannot be a {@code Location} header (a line break answered 500; a character
 * beyond ASCII left the header out). The MockMvc request is {@code http://localhost}.
 */
@PortalTest
class SignInReturnTests {

	@Autowired
	Citizens citizens;

	@Test
	void aReturnToAnotherSiteOrAnUnsendableOneGoesHome() throws Exception {
		Citizen citizen = this.citizens.validated().create();
		for (String retour : List.of("http://localhost:@evil.example/phish", "http://localhost:80@evil.example/",
				"http://localhost:x@localhost:8111/", "http://user@localhost/compte", "//evil.example/",
				"/\\evil.example", "https://evil.example/", "http://localhost.evil.example/",
				"https://localhost/compte", "http://localhost:8080/compte", "javascript:alert(1)", "/compte\nx",
				"/compte\r\nSet-Cookie: x=1", "/\u2028x", "/compte é", "/compte x", "/.//evil.example",
				"/..//evil.example", "/%2e//evil.example", "/compte/../..//evil.example",
				"http://localhost/.//evil.example")) {
			MvcResult result = signIn(citizen, retour);
			assertThat(result.getResponse().getStatus()).as(retour).isEqualTo(302);
			assertThat(result.getResponse().getRedirectedUrl()).as(retour).isEqualTo("/");
		}
	}

	@Test
	void aReturnToTheSignInOrSignOutPageOrToTheBackOfficeGoesHome() throws Exception {
		Citizen citizen = this.citizens.validated().create();
		for (String retour : List.of("/deconnexion", "/connexion", "/connexion/code", "/connexion?requis", "/agent",
				"/agent/demandes", "http://localhost/agent/comptes", "/deconnexion#x")) {
			assertThat(signIn(citizen, retour).getResponse().getRedirectedUrl()).as(retour).isEqualTo("/");
			assertThat(this.citizens.client()
				.perform(MockMvcRequestBuilders.get("/connexion").param("retour", retour))
				.getResponse()
				.getContentAsString()).as(retour).doesNotContain("name=\"retour\"");
		}
		assertThat(signIn(citizen, "/agents-de-la-commune").getResponse().getRedirectedUrl())
			.as("a page whose name only starts like one of them")
			.isEqualTo("/agents-de-la-commune");
	}

	@Test
	void aReturnToAPageOfThePortalIsFollowed() throws Exception {
		Citizen citizen = this.citizens.validated().create();
		for (String retour : List.of("/compte", "/demandes?statut=SUBMITTED&page=2", "/services#ecole",
				"http://localhost/compte", "http://LOCALHOST:80/demandes?page=2")) {
			MvcResult result = signIn(citizen, retour);
			assertThat(result.getResponse().getRedirectedUrl()).as(retour).isEqualTo(retour);
		}
	}

	@Test
	void theSignInFormKeepsOnlyAReturnOfThePortal() throws Exception {
		Client client = this.citizens.client();
		assertThat(client.get("/connexion?retour=/compte").getResponse().getContentAsString())
			.contains("name=\"retour\" value=\"/compte\"");
		for (String retour : List.of("http://localhost:@evil.example/", "/compte\nx", "/\u2028x")) {
			assertThat(client.perform(MockMvcRequestBuilders.get("/connexion").param("retour", retour))
				.getResponse()
				.getContentAsString()).as(retour).doesNotContain("name=\"retour\"");
		}
	}

	/**
	 * A citizen already signed in who opens the sign-in page (a bookmark, the back
	 * button) goes where the page was sending them, or home: not to a form that would
	 * sign them in again. A visitor still gets the form.
	 */
	@Test
	void aSignedInCitizenOpeningTheSignInPageGoesOn() throws Exception {
		Client client = this.citizens.signedIn(this.citizens.validated().create());
		assertThat(client.get("/connexion").getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(client.get("/connexion?retour=/demandes?page=2").getResponse().getRedirectedUrl())
			.isEqualTo("/demandes?page=2");
		assertThat(client.get("/connexion?retour=http://localhost:@evil.example/").getResponse().getRedirectedUrl())
			.isEqualTo("/");
		MvcResult visitor = this.citizens.client().get("/connexion");
		assertThat(visitor.getResponse().getStatus()).isEqualTo(200);
		assertThat(visitor.getResponse().getContentAsString()).contains("name=\"password\"");
	}

	/**
	 * A refused sign-in shows the identifier typed again, but no more of it than the
	 * field takes: a megabyte sent by a script does not come back.
	 */
	@Test
	void aRefusedIdentifierComesBackNoLongerThanTheField() throws Exception {
		String typed = "x".repeat(10_000);
		String page = this.citizens.client()
			.post("/connexion/echec", "username", typed)
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("value=\"" + "x".repeat(SignInRefused.IDENTIFIER_MAX_LENGTH) + "\"")
			.doesNotContain("x".repeat(SignInRefused.IDENTIFIER_MAX_LENGTH + 1));
	}

	private MvcResult signIn(Citizen citizen, String retour) throws Exception {
		return this.citizens.client()
			.post("/connexion", "username", citizen.getUsername(), "password", Citizens.PASSWORD, "retour", retour);
	}

}
