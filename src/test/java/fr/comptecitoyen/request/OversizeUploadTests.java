package fr.comptecitoyen.request;

import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import fr.comptecitoyen.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upload larger than the multipart limit, on the real server: a streamed body of 64 MB
 * against a 1 MB limit is refused before it is read in full, and the citizen gets the
 * step back with the French message next to the file field, not an error page.
 */
@PortalTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "spring.servlet.multipart.max-request-size=1MB",
		"spring.servlet.multipart.max-file-size=1MB", "cc.documents.max-request-size=1MB" })
class OversizeUploadTests {

	private static final long BODY = 64L * 1024 * 1024;

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	Citizens citizens;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	@Test
	void streamedUploadLargerThanTheLimitIsRefusedBeforeItIsReadInFullWithAMessageNextToTheField() throws Exception {
		Citizen camille = this.citizens.validated("Camille", "Martin");
		String token = csrf(get("/connexion").body());
		HttpResponse<String> signedIn = post("/connexion", "application/x-www-form-urlencoded",
				HttpRequest.BodyPublishers.ofString("username=" + camille.getUsername() + "&password="
						+ URLEncoder.encode(Citizens.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + token));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		String startToken = csrf(get("/demarches/VOIRIE/nouvelle").body());
		String draft = URI
			.create(post("/demarches/VOIRIE/nouvelle", "application/x-www-form-urlencoded",
					HttpRequest.BodyPublishers.ofString("_csrf=" + startToken))
				.headers()
				.firstValue("Location")
				.orElseThrow())
			.getPath();
		String step = get(draft).body();
		String stepToken = csrf(step);
		assertThat(step).contains("enctype=\"multipart/form-data\"");

		AtomicLong sent = new AtomicLong();
		String boundary = "----limite" + System.nanoTime();
		InputStream body = new SequenceInputStream(
				stream(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + stepToken
						+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"_step\"\r\n\r\n0\r\n--"
						+ boundary + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"enorme.png\"\r\n"
						+ "Content-Type: image/png\r\n\r\n")),
				new Zeros(BODY, sent));
		int status;
		String location = null;
		try {
			HttpResponse<String> refused = post(draft, "multipart/form-data; boundary=" + boundary,
					HttpRequest.BodyPublishers.ofInputStream(() -> body));
			status = refused.statusCode();
			location = refused.headers().firstValue("Location").orElse(null);
		}
		catch (IOException ex) {
			status = -1; // the server answered and closed the connection while we were
							// still sending
		}
		assertThat(sent.get()).as("the server stopped reading long before the end").isLessThan(BODY / 4);
		if (status != -1) {
			assertThat(status).isEqualTo(302);
			assertThat(location).endsWith(draft + "?trop-volumineux=1");
		}
		String page = get(draft + "?trop-volumineux=1").body();
		assertThat(page).contains("error-summary", "L’envoi dépassait 1 Mo et n’a pas été reçu", "id=\"f-photo\"");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String type, HttpRequest.BodyPublisher body) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", type)
			.timeout(Duration.ofSeconds(60))
			.POST(body)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String csrf(String html) {
		Matcher matcher = CSRF.matcher(html);
		assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
		return matcher.group(1);
	}

	private static InputStream stream(String text) {
		return new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	/** That many zero bytes, made as they are read, counting what was read. */
	private static final class Zeros extends InputStream {

		private final long size;

		private final AtomicLong read;

		Zeros(long size, AtomicLong read) {
			this.size = size;
			this.read = read;
		}

		@Override
		public int read() {
			if (this.read.get() >= this.size) {
				return -1;
			}
			this.read.incrementAndGet();
			return 0;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			long left = this.size - this.read.get();
			if (left <= 0) {
				return -1;
			}
			int n = (int) Math.min(length, left);
			java.util.Arrays.fill(buffer, offset, offset + n, (byte) 0);
			this.read.addAndGet(n);
			return n;
		}

	}

}
