package fr.comptecitoyen.security;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bare HTTP/1.1 client on a socket that keeps its cookies: sends exactly what a test
 * writes (malformed addresses, forged headers), which no HTTP library allows.
 */
final class RawHttp {

	private static final Pattern SET_COOKIE = Pattern.compile("(?im)^Set-Cookie: ([^=]+)=([^;\\r\\n]*)");

	private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final int port;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	RawHttp(int port) {
		this.port = port;
	}

	/** One answer: status, raw headers and body. */
	record Answer(int status, String headers, String body) {

		String csrfToken() {
			Matcher matcher = TOKEN.matcher(this.body);
			if (!matcher.find()) {
				throw new AssertionError("No form token in:\n" + this.body);
			}
			return matcher.group(1);
		}

	}

	String cookie(String name) {
		return this.cookies.get(name);
	}

	void cookie(String name, String value) {
		this.cookies.put(name, value);
	}

	/**
	 * Sends a request.
	 * @param head the request line, then any extra header lines
	 * @param form a form body (url-encoded), or empty
	 */
	Answer send(String head, String form) throws Exception {
		StringBuilder request = new StringBuilder(head).append("\r\nHost: localhost\r\nConnection: close\r\n");
		if (!this.cookies.isEmpty()) {
			request.append("Cookie: ");
			this.cookies.forEach((name, value) -> request.append(name).append('=').append(value).append("; "));
			request.append("\r\n");
		}
		byte[] body = form.getBytes(StandardCharsets.UTF_8);
		if (head.startsWith("POST")) {
			request.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ")
				.append(body.length)
				.append("\r\n");
		}
		request.append("\r\n");
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.write(body);
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream received = new ByteArrayOutputStream();
			try {
				in.transferTo(received);
			}
			catch (SocketTimeoutException slow) {
				// what came is the answer
			}
			String text = received.toString(StandardCharsets.UTF_8);
			int split = text.indexOf("\r\n\r\n");
			String headers = (split < 0) ? text : text.substring(0, split);
			String rest = (split < 0) ? "" : text.substring(split + 4);
			Matcher cookie = SET_COOKIE.matcher(headers);
			while (cookie.find()) {
				if (cookie.group(2).isEmpty()) {
					this.cookies.remove(cookie.group(1));
				}
				else {
					this.cookies.put(cookie.group(1), cookie.group(2));
				}
			}
			return new Answer(Integer.parseInt(headers.substring(9, 12)), headers, rest);
		}
	}

}
