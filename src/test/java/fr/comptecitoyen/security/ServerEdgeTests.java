package fr.comptecitoyen.security;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import fr.comptecitoyen.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal through a real socket, as a browser or an attacker sees it: errors raised by
 * the servlet container get the French page and every security header, {@code TRACE} is
 * refused, {@code X-Forwarded-For} is ignored from peers that are not configured proxies,
 * and the CSRF token is bound to the session once there is one.
 */
@PortalTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServerEdgeTests {

	private static final String PASSWORD = Citizens.PASSWORD;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Citizens citizens;

	@Test
	void errorsRaisedByTomcatGetTheFrenchPageWithEverySecurityHeader() throws Exception {
		for (String line : new String[] { "GET /%zz HTTP/1.1", "GET /a/../../x HTTP/1.1", "GET /a%00b HTTP/1.1",
				"GET /faq HTTP/1.1\r\nX-Trop-Long: " + "x".repeat(20_000) }) {
			RawHttp.Answer answer = raw(line);
			assertThat(answer.status()).as(line).isEqualTo(400);
			assertHardened(answer);
			assertThat(answer.body()).contains("<html lang=\"fr\">", "Adresse ou demande incorrecte",
					"Retour à l’accueil");
		}
	}

	@Test
	void addressesTheFirewallRefusesGetTheFrenchPageWithEverySecurityHeader() throws Exception {
		for (String line : new String[] { "GET // HTTP/1.1", "GET /a//b HTTP/1.1", "GET /agent// HTTP/1.1",
				"GET /; HTTP/1.1", "GET /;jsessionid=x HTTP/1.1", "GET /services;x=1 HTTP/1.1", "GET /%25 HTTP/1.1",
				"FOO / HTTP/1.1", "GET /?a=%ZZ HTTP/1.1" }) {
			RawHttp.Answer answer = raw(line);
			assertThat(answer.status()).as(line).isEqualTo(400);
			assertHardened(answer);
			assertThat(answer.body()).as(line)
				.contains("<html lang=\"fr\">", "Adresse ou demande incorrecte")
				.doesNotContain("Réessayez dans quelques instants");
		}
	}

	@Test
	void undecodableParametersAreAFrenchBadRequestWithEverySecurityHeader() throws Exception {
		for (String line : new String[] { "GET /?a=%zz HTTP/1.1", "GET /demarches?q=%zz HTTP/1.1",
				"GET /connexion?x=% HTTP/1.1", "GET /inscription?%zz HTTP/1.1" }) {
			RawHttp.Answer answer = raw(line);
			assertThat(answer.status()).as(line).isEqualTo(400);
			assertHardened(answer);
			assertThat(answer.body()).as(line).contains("<html lang=\"fr\">", "Adresse ou demande incorrecte");
		}
		RawHttp.Answer form = new RawHttp(this.port).send(
				"POST /connexion HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded",
				"username=%zz&password=%");
		assertThat(form.status()).isEqualTo(400);
		assertHardened(form);
	}

	@Test
	void aMalformedMultipartBodyIsAFrenchBadRequestWithEverySecurityHeader() throws Exception {
		for (String path : new String[] { "/connexion", "/", "/agent/connexion", "/nulle-part" }) {
			for (String type : new String[] { "multipart/form-data; boundary=xx", "multipart/form-data" }) {
				RawHttp.Answer answer = new RawHttp(this.port)
					.send("POST " + path + " HTTP/1.1\r\nContent-Type: " + type, "--xx\r\nbroken");
				assertThat(answer.status()).as(path + " " + type).isIn(400, 403);
				assertHardened(answer);
				assertThat(answer.body()).contains("<html lang=\"fr\">");
			}
		}
	}

	@Test
	void traceIsRefusedWithTheFrenchPage() throws Exception {
		RawHttp.Answer answer = raw("TRACE / HTTP/1.1");
		assertThat(answer.status()).isEqualTo(405);
		assertHardened(answer);
		assertThat(answer.body()).contains("Action impossible").doesNotContain("TRACE / HTTP");
	}

	@Test
	void forwardedForFromAnUnconfiguredPeerIsIgnored() throws Exception {
		RawHttp visitor = new RawHttp(this.port);
		RawHttp.Answer page = visitor.send("GET /connexion HTTP/1.1", "");
		String spoofed = "203.0.113." + (1 + (UUID.randomUUID().hashCode() & 0x7f));
		visitor.send("POST /connexion HTTP/1.1\r\nX-Forwarded-For: " + spoofed + "\r\nX-Forwarded-Proto: https",
				"username=personne.inconnue&password=faux&_csrf=" + page.csrfToken());
		assertThat(this.jdbc.queryForList("select throttle_key from sign_in_throttle where throttle_key = ?",
				String.class, "ip:" + spoofed))
			.isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from sign_in_throttle where throttle_key = ?",
				Integer.class, "ip:127.0.0.1"))
			.isEqualTo(1);
	}

	@Test
	void aVisitorSignsInWithTheCookieTokenAndNoSessionBeforehand() throws Exception {
		Citizen account = this.citizens.validated().create();
		// A MockMvc post in the same context (with spring-security-test's csrf()) leaves
		// the real server's token repository as it was.
		this.citizens.client().signIn(account.getUsername(), "pas le bon mot de passe");
		int sessions = sessionRows();
		RawHttp visitor = new RawHttp(this.port);
		RawHttp.Answer home = visitor.send("GET / HTTP/1.1", "");
		assertThat(home.headers()).doesNotContain("SESSION=").contains("Set-Cookie: CC-XSRF=");
		assertThat(sessionRows()).as("the home page writes no session").isEqualTo(sessions);
		RawHttp.Answer signedIn = visitor.send("POST /connexion HTTP/1.1", "username=" + account.getUsername()
				+ "&password=" + PASSWORD.replace(' ', '+') + "&_csrf=" + home.csrfToken());
		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(signedIn.headers()).contains("Set-Cookie: SESSION=");
	}

	@Test
	void aTokenPairPlantedAsACookieDoesNotForgeASignedInCitizensForm() throws Exception {
		Citizen account = this.citizens.validated().create();
		RawHttp attacker = new RawHttp(this.port);
		RawHttp.Answer bait = attacker.send("GET /connexion HTTP/1.1", "");
		RawHttp victim = new RawHttp(this.port);
		RawHttp.Answer login = victim.send("GET /connexion HTTP/1.1", "");
		victim.send("POST /connexion HTTP/1.1", "username=" + account.getUsername() + "&password="
				+ PASSWORD.replace(' ', '+') + "&_csrf=" + login.csrfToken());
		assertThat(victim.send("GET /compte HTTP/1.1", "").status()).isEqualTo(200);
		// The attacker's cookie, planted in the victim's browser, and the matching token.
		victim.cookie("CC-XSRF", attacker.cookie("CC-XSRF"));
		RawHttp.Answer forged = victim.send("POST /deconnexion HTTP/1.1", "_csrf=" + bait.csrfToken());
		// Refused: sent to the page that asks to confirm the sign-out with the session's
		// own form, not signed out.
		assertThat(forged.status()).isEqualTo(302);
		assertThat(forged.headers()).containsPattern("(?m)^Location: (http://[^/]+)?/deconnexion\\r?$");
		assertThat(victim.send("GET /compte HTTP/1.1", "").status()).as("still signed in").isEqualTo(200);
		RawHttp.Answer own = victim.send("GET /compte/securite HTTP/1.1", "");
		assertThat(victim.send("POST /deconnexion HTTP/1.1", "_csrf=" + own.csrfToken()).status())
			.as("the session's own token works")
			.isEqualTo(302);
	}

	private int sessionRows() {
		return this.jdbc.queryForObject("select count(*) from spring_session", Integer.class);
	}

	private RawHttp.Answer raw(String requestLine) throws Exception {
		return new RawHttp(this.port).send(requestLine, "");
	}

	private static void assertHardened(RawHttp.Answer answer) {
		assertThat(answer.headers())
			.contains("Content-Security-Policy: default-src 'self'", "X-Content-Type-Options: nosniff",
					"X-Frame-Options: DENY", "Referrer-Policy: same-origin", "Cache-Control: no-cache, no-store")
			.doesNotContainIgnoringCase("Server:");
		assertThat(answer.body()).doesNotContain("Apache Tomcat", "Exception", "HTTP Status");
	}

}
