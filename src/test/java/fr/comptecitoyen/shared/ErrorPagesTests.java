package fr.comptecitoyen.shared;

import fr.comptecitoyen.support.PortalTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error pages through the real servlet container: French, with the layout, and no stack
 * trace, exception name or server version.
 */
@PortalTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ErrorPagesTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void unknownPageIsAFrenchNotFoundPage() throws Exception {
		HttpResponse<String> response = send("GET", "/nulle-part");
		assertThat(response.statusCode()).isEqualTo(404);
		assertRevealsNothing(response);
		assertThat(response.body()).contains("Page introuvable", "Retour à l’accueil", "Les Services");
	}

	@ParameterizedTest
	@ValueSource(strings = { "*/*", "application/json", "text/plain", "application/xml", "" })
	void everyClientGetsTheFrenchPageWhateverItAccepts(String accept) throws Exception {
		for (String path : new String[] { "/nulle-part", "/test/panne" }) {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
			if (!accept.isEmpty()) {
				request.header("Accept", accept);
			}
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(path.equals("/nulle-part") ? 404 : 500);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
			assertRevealsNothing(response);
			assertThat(response.body())
				.contains(path.equals("/nulle-part") ? "Page introuvable" : "Le service est momentanément indisponible")
				.doesNotContain("\"status\"", "Not Found", "Internal Server Error");
			assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
			assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		}
	}

	@Test
	void wrongMethodIsAFrenchPage() throws Exception {
		HttpResponse<String> response = send("PUT", "/faq");
		assertThat(response.statusCode()).isIn(403, 405);
		assertRevealsNothing(response);
	}

	@Test
	void formPostedWithoutItsTokenIsRefusedWithAFrenchPage() throws Exception {
		HttpResponse<String> response = send("POST", "/deconnexion");
		assertThat(response.statusCode()).isEqualTo(403);
		assertRevealsNothing(response);
		assertThat(response.body()).contains("Accès refusé");
	}

	@Test
	void aBackOfficeErrorPageSendsToAnAdministratorNotToTheCitizensHelpAddress() throws Exception {
		HttpResponse<String> response = send("POST", "/agent/deconnexion");
		assertThat(response.statusCode()).isEqualTo(403);
		assertRevealsNothing(response);
		assertThat(response.body()).contains("Accès refusé", "un administrateur de l’espace agents")
			.doesNotContain("écrivez à");
		assertThat(send("POST", "/deconnexion").body()).contains("écrivez à")
			.doesNotContain("un administrateur de l’espace agents");
		// Also the page of a request refused before the application (a malformed
		// address).
		HttpResponse<String> rejected = send("GET", "/agent/x;y");
		assertThat(rejected.statusCode()).isEqualTo(400);
		assertThat(rejected.body()).contains("un administrateur de l’espace agents", "href=\"/agent\"")
			.doesNotContain("écrivez à");
		assertThat(send("GET", "/x;y").body()).contains("écrivez à", "href=\"/\"");
	}

	@Test
	void serverErrorIsAFrenchPageWithoutStackTrace() throws Exception {
		HttpResponse<String> response = send("GET", "/test/panne");
		assertThat(response.statusCode()).isEqualTo(500);
		assertRevealsNothing(response);
		assertThat(response.body()).contains("Le service est momentanément indisponible")
			.doesNotContain("panne simulée");
	}

	@TestConfiguration
	static class FailingPage {

		@RestController
		static class FailingController {

			@GetMapping("/test/panne")
			String fail() {
				throw new IllegalStateException("panne simulée");
			}

		}

	}

	private static void assertRevealsNothing(HttpResponse<String> response) {
		assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
		assertThat(response.headers().firstValue("Server")).isEmpty();
		assertThat(response.body()).contains("<html lang=\"fr\">")
			.doesNotContain("Whitelabel", "Exception", "at org.", "Tomcat", "Apache", "Spring");
	}

	private HttpResponse<String> send(String method, String path) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method, HttpRequest.BodyPublishers.noBody())
			.header("Accept", "text/html")
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
