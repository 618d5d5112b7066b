package fr.comptecitoyen.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

/**
 * One real SMTP server (GreenMail) for the whole test run: every application context
 * started by the tests sends its mail there.
 */
public final class TestMail {

	/**
	 * The port the test SMTP server listens on: {@code CC_TEST_SMTP_PORT} (or the system
	 * property {@code cc.test.smtp-port}) when set, otherwise a port free when the run
	 * starts, so that test JVMs running side by side never share a server.
	 */
	public static final int PORT = port();

	private static int port() {
		String chosen = System.getProperty("cc.test.smtp-port", System.getenv("CC_TEST_SMTP_PORT"));
		if (chosen != null && !chosen.isBlank()) {
			return Integer.parseInt(chosen.strip());
		}
		try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return free.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free port for the test SMTP server", ex);
		}
	}

	private static GreenMail server;

	private TestMail() {
	}

	/** The running server, started on first use. */
	public static synchronized GreenMail server() {
		if (server == null || !server.isRunning()) {
			server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			server.start();
		}
		return server;
	}

	/** Stops the server (to test an SMTP outage); {@link #server()} starts it again. */
	public static synchronized void stop() {
		if (server != null) {
			server.stop();
			server = null;
		}
	}

	/** Messages received so far for that address. */
	public static List<MimeMessage> to(String address) {
		return Arrays.stream(server().getReceivedMessages()).filter((message) -> {
			try {
				return Arrays.stream(message.getAllRecipients())
					.anyMatch((recipient) -> recipient.toString().contains(address));
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	/** The plain-text part of a message, decoded. */
	public static String plainText(MimeMessage message) {
		return part(message, "text/plain");
	}

	/** The HTML part of a message, decoded. */
	public static String html(MimeMessage message) {
		return part(message, "text/html");
	}

	private static String part(jakarta.mail.Part part, String type) {
		try {
			if (part.isMimeType(type)) {
				return (String) part.getContent();
			}
			if (part.isMimeType("multipart/*")) {
				jakarta.mail.Multipart multipart = (jakarta.mail.Multipart) part.getContent();
				for (int i = 0; i < multipart.getCount(); i++) {
					String found = part(multipart.getBodyPart(i), type);
					if (found != null) {
						return found;
					}
				}
			}
			return null;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The whole raw message (headers and every part, as transferred). */
	public static String text(MimeMessage message) {
		return GreenMailUtil.getWholeMessage(message);
	}

}
