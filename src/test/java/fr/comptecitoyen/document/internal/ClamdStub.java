package fr.comptecitoyen.document.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A small server speaking clamd's {@code zINSTREAM} protocol on a free local port: reads
 * the length-prefixed chunks, then answers {@code stream: OK}, or
 * {@code stream: Eicar-Signature FOUND} when the EICAR test string is in the file, after
 * an optional delay (a slow clamd).
 */
final class ClamdStub implements AutoCloseable {

	/** The EICAR antivirus test file: harmless, detected by every antivirus. */
	static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

	private final ServerSocket server;

	private final Duration delay;

	private final Thread thread;

	/** When set, connections are closed without an answer (a broken clamd). */
	volatile boolean down;

	ClamdStub(Duration delay) throws IOException {
		this.server = new ServerSocket(0);
		this.delay = delay;
		this.thread = new Thread(this::serve, "clamd-stub");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	int port() {
		return this.server.getLocalPort();
	}

	private void serve() {
		while (!this.server.isClosed()) {
			try (Socket socket = this.server.accept()) {
				if (!this.down) {
					answer(socket);
				}
			}
			catch (IOException | InterruptedException ex) {
				// closed, or the client gave up: next one
			}
		}
	}

	private void answer(Socket socket) throws IOException, InterruptedException {
		DataInputStream in = new DataInputStream(socket.getInputStream());
		ByteArrayOutputStream command = new ByteArrayOutputStream();
		int b;
		while ((b = in.read()) > 0) {
			command.write(b);
		}
		ByteArrayOutputStream file = new ByteArrayOutputStream();
		if (command.toString(StandardCharsets.US_ASCII).equals("zINSTREAM")) {
			for (int length = in.readInt(); length > 0; length = in.readInt()) {
				file.write(in.readNBytes(length));
			}
		}
		Thread.sleep(this.delay.toMillis());
		boolean infected = file.toString(StandardCharsets.ISO_8859_1).contains(EICAR);
		OutputStream out = socket.getOutputStream();
		out.write(((infected ? "stream: Eicar-Signature FOUND" : "stream: OK") + "\0")
			.getBytes(StandardCharsets.US_ASCII));
		out.flush();
	}

	@Override
	public void close() throws IOException {
		this.server.close();
	}

}
