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
 * @param storage where the bytes go: {@code database} (default, nothing to set up),
 * {@code directory} or {@code s3}
 * @param directory the folder of the {@code directory} storage
 * @param s3 the bucket of the {@code s3} storage
 * @param orphanAge how old an attachment without its draft or request must be before the
 * purge job removes it
 * @param purgeInterval how often the purge job runs
 * @param sweepCron when the sweep of a folder or bucket for contents no attachment names
 * runs (daily)
 * @param clamd the antivirus
 */
@ConfigurationProperties("cc.documents")
public record DocumentSettings(@DefaultValue("30MB") DataSize maxRequestSize, @DefaultValue("database") Storage storage,
		@DefaultValue("./data/documents") String directory, @DefaultValue S3 s3, @DefaultValue("1h") Duration orphanAge,
		@DefaultValue("15m") Duration purgeInterval, @DefaultValue("0 23 3 * * *") String sweepCron,
		@DefaultValue Clamd clamd) {

	/** Where the bytes of attachments are kept. */
	public enum Storage {

		/** In the database, table {@code attachment_content}. */
		DATABASE,

		/** In a folder, one file per attachment named by a random key. */
		DIRECTORY,

		/** In a bucket of an S3-compatible object store, one object per attachment. */
		S3

	}

	/**
	 * The bucket of an S3-compatible object store ({@code cc.documents.s3.*}).
	 *
	 * @param endpoint the store's address, e.g. {@code https://s3.fr-par.scw.cloud} or
	 * {@code http://minio:9000}; empty for Amazon S3 itself
	 * @param region the region the requests are signed for ({@code us-east-1} suits most
	 * compatible stores)
	 * @param bucket the bucket, which must exist
	 * @param prefix put before every object's name (e.g. {@code documents/}), empty by
	 * default
	 * @param accessKey the access key; when empty, the SDK's usual sources
	 * ({@code AWS_ACCESS_KEY_ID}, profile, instance role)
	 * @param secretKey the secret key going with it
	 * @param pathStyle whether the bucket goes in the path rather than in the host name
	 * (most compatible stores need it; Amazon S3 does not)
	 * @param timeout connection and reading timeout
	 */
	public record S3(String endpoint, @DefaultValue("us-east-1") String region, String bucket,
			@DefaultValue("") String prefix, String accessKey, String secretKey,
			@DefaultValue("true") boolean pathStyle, @DefaultValue("30s") Duration timeout) {

		@Override
		public String toString() {
			return "S3[endpoint=" + this.endpoint + ", bucket=" + this.bucket + "]";
		}

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
