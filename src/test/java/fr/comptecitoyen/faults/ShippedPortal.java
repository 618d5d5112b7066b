package fr.comptecitoyen.faults;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.comptecitoyen.support.TestDatabaseEnvironment.TestDatabase;

/**
 * The fixture of the tests run against the shipped jar: a PostgreSQL database of its own,
 * an SMTP server on loopback taking the portal's mail, a working directory, and the
 * portal started on them (its output in {@link #log()}). {@link #close()} stops and drops
 * it all.
 */
final class ShippedPortal implements AutoCloseable {

	final PortalDatabase database;

	final Path work;

	final PortalProcess portal;

	private final int smtpPort;

	private GreenMail smtp;

	private ShippedPortal(PortalDatabase database, Path work, int smtpPort, int port, List<String> settings) {
		this.database = database;
		this.work = work;
		this.smtpPort = smtpPort;
		List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=" + database.url(),
				"--spring.datasource.username=" + TestDatabase.postgresUser(), "--spring.datasource.password=",
				"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
				"--cc.city.public-url=http://127.0.0.1:" + port, "--cc.data-dir=" + work, "--logging.level.root=WARN"));
		arguments.addAll(settings);
		this.portal = new PortalProcess(port, arguments, log());
	}

	/**
	 * Creates the database, starts the SMTP server, then the portal (waiting up to three
	 * minutes for it to serve); whatever was started is stopped again if a later step
	 * fails.
	 * @param name the prefix of the database's and the working directory's names
	 * @param port the portal's HTTP port on 127.0.0.1
	 * @param settings more of the portal's settings ({@code --name=value}), after the
	 * fixture's own
	 */
	static ShippedPortal start(String name, int port, List<String> settings) throws Exception {
		ShippedPortal shipped = new ShippedPortal(PortalDatabase.create("cc_" + name),
				Files.createTempDirectory("cc-" + name + "-"), PortalProcess.freePort(), port, settings);
		try {
			shipped.startSmtp();
			shipped.portal.start(Duration.ofMinutes(3));
			return shipped;
		}
		catch (Exception | AssertionError ex) {
			shipped.close();
			throw ex;
		}
	}

	/** The portal's output. */
	Path log() {
		return this.work.resolve("portal.log");
	}

	/** The SMTP server as it runs now (a new one after each {@link #startSmtp()}). */
	GreenMail smtp() {
		return this.smtp;
	}

	/** Starts an SMTP server on the portal's mail port, with nothing received yet. */
	void startSmtp() {
		this.smtp = new GreenMail(new ServerSetup(this.smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		this.smtp.start();
	}

	/** Stops the SMTP server: the portal's mail is refused until {@link #startSmtp()}. */
	void stopSmtp() {
		this.smtp.stop();
	}

	@Override
	public void close() throws Exception {
		try {
			this.portal.stop();
		}
		finally {
			if (this.smtp != null) {
				this.smtp.stop();
			}
			this.database.drop();
		}
	}

}
