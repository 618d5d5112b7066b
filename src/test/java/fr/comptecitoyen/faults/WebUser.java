package fr.comptecitoyen.faults;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Someone using the portal over HTTP as a browser does: a cookie jar, the CSRF token read
 * from each form, forms posted URL-encoded or multipart, redirects seen (not followed) so
 * that a submission's acknowledgement can be read from its {@code Location}.
 */
final class WebUser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final String base;

	private final HttpClient http;

	private final CookieManager cookies = new CookieManager();

	WebUser(String base) {
		this.base = base;
		this.http = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	/** A page (no redirect followed). */
	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(
				HttpRequest.newBuilder(URI.create(this.base + path)).timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** The CSRF token of the form on that page. */
	String token(String path) throws IOException, InterruptedException {
		String page = get(path).body();
		Matcher matcher = CSRF.matcher(page);
		if (!matcher.find()) {
			throw new IllegalStateException("No CSRF token on " + path);
		}
		return matcher.group(1);
	}

	/** Posts a form, URL-encoded, with the token of the page it comes from. */
	HttpResponse<String> post(String from, String path, Map<String, String> fields)
			throws IOException, InterruptedException {
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put("_csrf", token(from));
		return postWithToken(path, all);
	}

	/**
	 * Signs in with a password on a sign-in page ({@code /connexion} for citizens,
	 * {@code /agent/connexion} for staff), the form posted to the page itself.
	 * @return the answer: a redirect (302) whether the password was right or not, its
	 * {@code Location} tells which
	 */
	HttpResponse<String> signIn(String page, String username, String password)
			throws IOException, InterruptedException {
		return post(page, page, Map.of("username", username, "password", password));
	}

	/**
	 * A cookie the portal set, as a {@code Cookie} header carries it ({@code SESSION=…}),
	 * to hand the session to another client.
	 * @throws IllegalStateException when there is no such cookie
	 */
	String cookie(String name) {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals(name))
			.map((cookie) -> cookie.getName() + "=" + cookie.getValue())
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No cookie " + name));
	}

	/** Posts a form whose fields already hold the token. */
	HttpResponse<String> postWithToken(String path, Map<String, String> fields)
			throws IOException, InterruptedException {
		String body = fields.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return this.http.send(HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Posts a multipart form with one file, with the token of the page it comes from. */
	HttpResponse<String> postMultipart(String from, String path, Map<String, String> fields, String fileField,
			String fileName, String mediaType, byte[] content) throws IOException, InterruptedException {
		String boundary = "----cc" + UUID.randomUUID().toString().replace("-", "");
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put("_csrf", token(from));
		for (Map.Entry<String, String> field : all.entrySet()) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
					+ "\"\r\n\r\n" + field.getValue() + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: " + mediaType + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return this.http.send(HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Where a redirect leads, or null. */
	static String location(HttpResponse<?> response) {
		return response.headers().firstValue("Location").orElse(null);
	}

}
