package fr.comptecitoyen.faults;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The portal as it is shipped: the repackaged jar of {@code target/}, started with
 * {@code java -jar} and the shipped JVM options on a PostgreSQL database, stopped
 * gracefully or killed with SIGKILL ({@link Process#destroyForcibly()} on Linux).
 */
final class PortalProcess {

	private final List<String> arguments;

	private final Path log;

	private final int port;

	private Process process;

	/**
	 * @param port the HTTP port, on 127.0.0.1
	 * @param arguments the application's settings ({@code --name=value})
	 * @param log where the portal's output goes
	 */
	PortalProcess(int port, List<String> arguments, Path log) {
		this.port = port;
		this.arguments = List.copyOf(arguments);
		this.log = log;
	}

	/** The shipped jar, built by {@code mvn package} before the integration tests. */
	static Path jar() {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files
				.filter((p) -> p.getFileName().toString().matches("compte-citoyen-.*\\.jar")
						&& !p.getFileName().toString().endsWith("-plain.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No portal jar in target/: run mvn verify"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A TCP port free on the loopback address now. */
	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The first port of a range free on the loopback address now (a range kept apart for
	 * the portal, when other programs on the machine have theirs).
	 * @throws IllegalStateException when none is free
	 */
	static int freePort(int first, int last) {
		for (int port = first; port <= last; port++) {
			try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
				return port;
			}
			catch (IOException taken) {
				// the next one
			}
		}
		throw new IllegalStateException("No free port in " + first + "-" + last);
	}

	/** The portal's address. */
	String base() {
		return "http://127.0.0.1:" + this.port;
	}

	/**
	 * Starts the jar and waits until its home page answers.
	 * @param timeout how long it may take
	 * @throws IllegalStateException when it exits or does not answer in time (its log's
	 * end in the message)
	 */
	void start(Duration timeout) throws Exception {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(List.of("-Xms64m", "-Xmx256m", "-XX:MaxMetaspaceSize=160m", "-XX:+UseSerialGC"));
		command.add("-jar");
		command.add(jar().toAbsolutePath().toString());
		command.add("--server.port=" + this.port);
		command.add("--server.address=127.0.0.1");
		command.addAll(this.arguments);
		this.process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(this.log.toFile()))
			.start();
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		long end = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < end) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The portal exited at start:\n" + tail());
			}
			try {
				HttpResponse<Void> home = client.send(
						HttpRequest.newBuilder(URI.create(base() + "/")).timeout(Duration.ofSeconds(5)).build(),
						HttpResponse.BodyHandlers.discarding());
				if (home.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException("The portal did not answer in " + timeout + ":\n" + tail());
	}

	/** Whether the same process still runs. */
	boolean alive() {
		return this.process != null && this.process.isAlive();
	}

	/** The process id (to show a restart did not happen). */
	long pid() {
		return this.process.pid();
	}

	/** SIGKILL: no shutdown hook, no graceful end of requests or transactions. */
	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor();
	}

	/** A graceful stop (SIGTERM). */
	void stop() throws InterruptedException {
		if (this.process != null && this.process.isAlive()) {
			this.process.destroy();
			if (!this.process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor();
			}
		}
	}

	/** The end of the portal's log. */
	String tail() {
		try {
			List<String> lines = Files.readAllLines(this.log);
			return String.join(File.separator.equals("/") ? "\n" : "\r\n",
					lines.subList(Math.max(0, lines.size() - 60), lines.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

}
