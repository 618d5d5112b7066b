package fr.comptecitoyen.document.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One application context for the tests of the documents' optional services: the
 * antivirus switched on against an in-test clamd, and the files kept in a bucket of an
 * in-test server speaking the S3 protocol. The tests extending it share that context.
 */
abstract class ExternalDocumentServices {

	static final ClamdStub CLAMD = start(() -> new ClamdStub(Duration.ZERO));

	static final S3Stub S3 = start(() -> new S3Stub("pieces-test"));

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		registry.add("cc.documents.clamd.enabled", () -> "true");
		registry.add("cc.documents.clamd.host", () -> "127.0.0.1");
		registry.add("cc.documents.clamd.port", CLAMD::port);
		registry.add("cc.documents.clamd.timeout", () -> "2s");
		registry.add("cc.documents.storage", () -> "s3");
		registry.add("cc.documents.s3.endpoint", S3::endpoint);
		registry.add("cc.documents.s3.bucket", () -> "pieces-test");
		registry.add("cc.documents.s3.prefix", () -> "pj/");
		registry.add("cc.documents.s3.access-key", () -> "portail-test");
		registry.add("cc.documents.s3.secret-key", () -> "secret-de-test");
		registry.add("cc.documents.s3.timeout", () -> "5s");
	}

	private interface Opener<T> {

		T open() throws IOException;

	}

	private static <T> T start(Opener<T> opener) {
		try {
			return opener.open();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
