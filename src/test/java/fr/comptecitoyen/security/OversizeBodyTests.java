package fr.comptecitoyen.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import fr.comptecitoyen.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bodies larger than the configured limits, streamed to the real server (issue 13 A8):
 * the container refuses them before reading them in full, and the answer is the portal's
 * French error page with every security header, never Tomcat's own page. A form post
 * beyond Tomcat's form size and a multipart post beyond {@code max-request-size} on a
 * page that takes no file are both tried.
 */
@PortalTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OversizeBodyTests {

	/** Far beyond every limit (forms 2 MB, multipart 31 MB). */
	private static final long BODY = 64L * 1024 * 1024;

	@LocalServerPort
	int port;

	@Test
	void aFormBodyBeyondTheLimitGetsTheFrenchPageWithEverySecurityHeader() throws Exception {
		Answer answer = stream("POST /mot-de-passe-oublie HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded",
				"identifier=");
		assertRefusedByThePortal(answer);
	}

	@Test
	void aMultipartBodyBeyondTheLimitGetsTheFrenchPageWithEverySecurityHeader() throws Exception {
		String boundary = "----limite" + System.nanoTime();
		Answer answer = stream(
				"POST /mot-de-passe-oublie HTTP/1.1\r\nContent-Type: multipart/form-data; boundary=" + boundary,
				"--" + boundary + "\r\nContent-Disposition: form-data; name=\"f\"; filename=\"x.pdf\"\r\n"
						+ "Content-Type: application/pdf\r\n\r\n");
		assertRefusedByThePortal(answer);
	}

	private static void assertRefusedByThePortal(Answer answer) {
		assertThat(answer.sent()).as("the server stopped reading long before the end").isLessThan(BODY / 2);
		assertThat(answer.status()).as(answer.headers()).isBetween(400, 499);
		assertThat(answer.headers())
			.contains("Content-Security-Policy: default-src 'self'", "X-Content-Type-Options: nosniff",
					"X-Frame-Options: DENY", "Referrer-Policy: same-origin", "Cache-Control: no-cache, no-store")
			.doesNotContainIgnoringCase("Server:");
		assertThat(answer.body()).contains("<html lang=\"fr\">", "Retour à l’accueil")
			.doesNotContain("Apache Tomcat", "Exception", "HTTP Status");
	}

	/**
	 * Announces a body of {@link #BODY} bytes and streams it from another thread while
	 * this one reads the answer (the server answers before the end and closes).
	 */
	private Answer stream(String head, String start) throws Exception {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write((head + "\r\nHost: localhost\r\nContent-Length: " + BODY + "\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1));
			byte[] first = start.getBytes(StandardCharsets.UTF_8);
			out.write(first);
			AtomicLong sent = new AtomicLong(first.length);
			Thread writer = new Thread(() -> {
				byte[] chunk = new byte[64 * 1024];
				java.util.Arrays.fill(chunk, (byte) 'a');
				try {
					while (sent.get() + chunk.length <= BODY) {
						out.write(chunk);
						sent.addAndGet(chunk.length);
					}
				}
				catch (IOException closed) {
					// the server stopped reading: expected
				}
			});
			writer.setDaemon(true);
			writer.start();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream received = new ByteArrayOutputStream();
			byte[] buffer = new byte[8192];
			try {
				for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
					received.write(buffer, 0, n);
				}
			}
			catch (SocketTimeoutException | java.net.SocketException end) {
				// what came is the answer
			}
			writer.interrupt();
			String text = received.toString(StandardCharsets.UTF_8);
			int split = text.indexOf("\r\n\r\n");
			assertThat(split).as("an answer came: " + text).isPositive();
			return new Answer(Integer.parseInt(text.substring(9, 12)), text.substring(0, split),
					text.substring(split + 4), sent.get());
		}
	}

	private record Answer(int status, String headers, String body, long sent) {
	}

}
