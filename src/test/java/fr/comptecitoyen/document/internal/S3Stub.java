package fr.comptecitoyen.document.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A small server speaking the part of the S3 REST protocol a store uses, path-style, on a
 * free local port: {@code PutObject}, {@code GetObject}, {@code DeleteObject} and
 * {@code ListObjectsV2} on one bucket, kept in memory. It does not check signatures; it
 * keeps each request's {@code Authorization} header so that a test can see the requests
 * were signed (AWS Signature Version 4) with the configured key.
 */
final class S3Stub implements AutoCloseable {

	/** An object: its bytes and when it was written. */
	record StoredObject(byte[] content, Instant lastModified) {
	}

	final Map<String, StoredObject> objects = new ConcurrentHashMap<>();

	final List<String> authorizations = new CopyOnWriteArrayList<>();

	private final String bucket;

	private final HttpServer server;

	/** When set, every request gets {@code 503 Service Unavailable} (an outage). */
	volatile boolean down;

	S3Stub(String bucket) throws IOException {
		this.bucket = bucket;
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	String endpoint() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			byte[] body = exchange.getRequestBody().readAllBytes();
			this.authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
			if (this.down) {
				error(exchange, 503, "ServiceUnavailable");
				return;
			}
			String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
			String root = "/" + this.bucket;
			if (path.equals(root) || path.equals(root + "/")) {
				list(exchange);
				return;
			}
			if (!path.startsWith(root + "/")) {
				error(exchange, 404, "NoSuchBucket");
				return;
			}
			String key = path.substring(root.length() + 1);
			switch (exchange.getRequestMethod()) {
				case "PUT" -> {
					this.objects.put(key, new StoredObject(decoded(exchange, body), Instant.now()));
					exchange.getResponseHeaders().add("ETag", "\"" + key.hashCode() + "\"");
					exchange.sendResponseHeaders(200, -1);
				}
				case "GET" -> {
					StoredObject object = this.objects.get(key);
					if (object == null) {
						error(exchange, 404, "NoSuchKey");
						return;
					}
					exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
					exchange.sendResponseHeaders(200, object.content().length);
					try (OutputStream out = exchange.getResponseBody()) {
						out.write(object.content());
					}
				}
				case "DELETE" -> {
					this.objects.remove(key);
					exchange.sendResponseHeaders(204, -1);
				}
				default -> error(exchange, 405, "MethodNotAllowed");
			}
		}
	}

	private void list(HttpExchange exchange) throws IOException {
		String query = String.valueOf(exchange.getRequestURI().getRawQuery());
		String prefix = "";
		for (String pair : query.split("&")) {
			if (pair.startsWith("prefix=")) {
				prefix = URLDecoder.decode(pair.substring(7), StandardCharsets.UTF_8);
			}
		}
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
				+ "<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Name>" + this.bucket
				+ "</Name><IsTruncated>false</IsTruncated>");
		int count = 0;
		for (Map.Entry<String, StoredObject> entry : this.objects.entrySet()) {
			if (entry.getKey().startsWith(prefix)) {
				count++;
				xml.append("<Contents><Key>")
					.append(entry.getKey())
					.append("</Key><LastModified>")
					.append(entry.getValue().lastModified())
					.append("</LastModified><Size>")
					.append(entry.getValue().content().length)
					.append("</Size><StorageClass>STANDARD</StorageClass></Contents>");
			}
		}
		xml.append("<KeyCount>").append(count).append("</KeyCount></ListBucketResult>");
		send(exchange, 200, xml.toString());
	}

	/** The object's bytes, from the {@code aws-chunked} encoding when the SDK used it. */
	private static byte[] decoded(HttpExchange exchange, byte[] body) throws IOException {
		String sha = String.valueOf(exchange.getRequestHeaders().getFirst("x-amz-content-sha256"));
		if (!sha.startsWith("STREAMING-")) {
			return body;
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		InputStream in = new java.io.ByteArrayInputStream(body);
		while (true) {
			String header = line(in);
			int size = Integer.parseInt(header.split(";")[0].trim(), 16);
			if (size == 0) {
				return out.toByteArray();
			}
			out.write(in.readNBytes(size));
			line(in);
		}
	}

	private static String line(InputStream in) throws IOException {
		StringBuilder line = new StringBuilder();
		int b;
		while ((b = in.read()) != -1 && b != '\n') {
			if (b != '\r') {
				line.append((char) b);
			}
		}
		return line.toString();
	}

	private static void error(HttpExchange exchange, int status, String code) throws IOException {
		send(exchange, status, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code + "</Code><Message>"
				+ code + "</Message></Error>");
	}

	private static void send(HttpExchange exchange, int status, String xml) throws IOException {
		byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/xml");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

}
