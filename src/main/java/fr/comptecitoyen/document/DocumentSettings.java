package fr.comptecitoyen.document;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Supporting documents ({@code cc.documents.*}): limits, storage and antivirus.
 *
 * @param maxRequestSize the most the files of one request may weigh together (30 MB); the
 * limit of one file is set per field in the procedure (10 MB by default)
 * @param storage where the bytes go: {@code database} (default, nothing to set up) or
 * {@code directory}
 * @param directory the folder of the {@code directory} storage
 * @param orphanAge how old an attachment without its draft or request must be before the
 * purge job removes it
 * @param purgeInterval how often the purge job runs
 * @param clamd the antivirus
 */
@ConfigurationProperties("cc.documents")
public record DocumentSettings(@DefaultValue("30MB") DataSize maxRequestSize, @DefaultValue("database") Storage storage,
		@DefaultValue("./data/documents") String directory, @DefaultValue("1h") Duration orphanAge,
		@DefaultValue("15m") Duration purgeInterval, @DefaultValue Clamd clamd) {

	/** Where the bytes of attachments are kept. */
	public enum Storage {

		/** In the database, table {@code attachment_content}. */
		DATABASE,

		/** In a folder, one file per attachment named by a random key. */
		DIRECTORY

	}

	/**
	 * The ClamAV daemon ({@code cc.documents.clamd.*}), spoken to over TCP with the
	 * {@code INSTREAM} command.
	 *
	 * @param enabled whether files are scanned
	 * @param host clamd's host
	 * @param port clamd's TCP port (3310 by default)
	 * @param timeout connection and reading timeout
	 * @param rescanInterval how often files kept "en cours de vérification" are scanned
	 * again
	 */
	public record Clamd(@DefaultValue("false") boolean enabled, @DefaultValue("localhost") String host,
			@DefaultValue("3310") int port, @DefaultValue("10s") Duration timeout,
			@DefaultValue("5m") Duration rescanInterval) {
	}

}
