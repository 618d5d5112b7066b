package fr.comptecitoyen.document.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import fr.comptecitoyen.document.Antivirus;

/**
 * A ClamAV daemon over TCP, with the {@code zINSTREAM} command of clamd(8): the file goes
 * in chunks, each prefixed by its length as four bytes in network order, then a zero
 * length; clamd answers {@code stream: OK}, {@code stream: <signature> FOUND} or an
 * {@code ERROR}, ended by a NUL byte. Connection and reading share one timeout; any
 * failure is {@link Verdict.Unavailable} so that the caller fails closed.
 */
public class ClamdAntivirus implements Antivirus {

	private static final int CHUNK = 64 * 1024;

	private static final int MAX_REPLY = 1024;

	private final String host;

	private final int port;

	private final Duration timeout;

	/**
	 * @param host clamd's host
	 * @param port clamd's TCP port
	 * @param timeout for connecting and for each read
	 */
	public ClamdAntivirus(String host, int port, Duration timeout) {
		this.host = host;
		this.port = port;
		this.timeout = timeout;
	}

	@Override
	public boolean enabled() {
		return true;
	}

	@Override
	public Verdict scan(byte[] content) {
		int millis = (int) Math.max(1, this.timeout.toMillis());
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(this.host, this.port), millis);
			socket.setSoTimeout(millis);
			OutputStream out = socket.getOutputStream();
			out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
			for (int offset = 0; offset < content.length; offset += CHUNK) {
				int length = Math.min(CHUNK, content.length - offset);
				out.write(ByteBuffer.allocate(4).putInt(length).array());
				out.write(content, offset, length);
			}
			out.write(new byte[4]);
			out.flush();
			return verdict(reply(socket.getInputStream()));
		}
		catch (IOException ex) {
			return new Verdict.Unavailable(ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
	}

	private static String reply(InputStream in) throws IOException {
		ByteArrayOutputStream reply = new ByteArrayOutputStream();
		int b;
		while ((b = in.read()) > 0 && reply.size() < MAX_REPLY) {
			reply.write(b);
		}
		return reply.toString(StandardCharsets.US_ASCII).strip();
	}

	static Verdict verdict(String reply) {
		String result = reply.startsWith("stream:") ? reply.substring("stream:".length()).strip() : reply;
		if (result.equals("OK")) {
			return new Verdict.Clean();
		}
		if (result.endsWith(" FOUND")) {
			return new Verdict.Infected(result.substring(0, result.length() - " FOUND".length()).strip());
		}
		return new Verdict.Unavailable("clamd answered: " + reply);
	}

}
