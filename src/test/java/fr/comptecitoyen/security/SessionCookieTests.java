package fr.comptecitoyen.security;

import java.util.List;

import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import fr.comptecitoyen.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The session cookie set at sign-in (SECURITY.md "Sessions"; OWASP ASVS 5.0 V3.3): always
 * {@code HttpOnly} and {@code SameSite=Lax} with the path {@code /}; over HTTPS also
 * {@code Secure} and named {@code __Host-SESSION}, so that neither a sibling sub-domain
 * nor a plain-HTTP attacker can plant one.
 */
@PortalTest
class SessionCookieTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Citizens citizens;

	@Test
	void overHttpsTheSessionCookieIsHostPrefixedSecureHttpOnlyAndLax() throws Exception {
		String cookie = sessionCookie(true);
		assertThat(cookie).startsWith("__Host-SESSION=")
			.contains("Path=/", "Secure", "HttpOnly", "SameSite=Lax")
			.doesNotContain("Domain=");
	}

	@Test
	void overPlainHttpItIsStillHttpOnlyAndLax() throws Exception {
		String cookie = sessionCookie(false);
		assertThat(cookie).startsWith("SESSION=").contains("Path=/", "HttpOnly", "SameSite=Lax");
	}

	private String sessionCookie(boolean https) throws Exception {
		Citizen citizen = this.citizens.validated().create();
		MvcResult result = this.mvc
			.perform(MockMvcRequestBuilders.post("/connexion").secure(https).with(csrf()).with((request) -> {
				request.setRemoteAddr("10.9." + (int) (Math.random() * 250) + ".7");
				return request;
			}).param("username", citizen.username()).param("password", Citizens.PASSWORD))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		List<String> cookies = result.getResponse().getHeaders("Set-Cookie");
		return cookies.stream()
			.filter((header) -> header.contains("SESSION="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No session cookie in " + cookies));
	}

}
