package fr.comptecitoyen.document.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import fr.comptecitoyen.document.DocumentSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every store outside the database must do, tried on a folder and on an in-test
 * server speaking the S3 protocol: keep, read, stream and forget bytes by key, refuse
 * names that are not keys, list old keys for the sweep, and — through
 * {@link StoreTransactions} — never keep what a rolled-back transaction wrote nor lose
 * what a rolled-back deletion named.
 */
class AttachmentStoreContractTests {

	private static final S3Stub S3 = start();

	@TempDir
	static Path folder;

	private static final TransactionTemplate TRANSACTION = new TransactionTemplate(new DataSourceTransactionManager(
			new DriverManagerDataSource("jdbc:h2:mem:store-contract;DB_CLOSE_DELAY=-1", "sa", "")));

	@AfterAll
	static void stop() {
		S3.close();
	}

	static Stream<AttachmentStore> stores() {
		return Stream.of(new DirectoryStore(folder.resolve("documents")), s3Store("documents/"));
	}

	@ParameterizedTest
	@MethodSource("stores")
	void bytesAreKeptReadStreamedAndForgottenByKey(AttachmentStore store) throws IOException {
		String key = key('a');
		byte[] content = "%PDF-1.4 une pièce".getBytes(StandardCharsets.UTF_8);
		store.put(key, content);
		assertThat(store.get(key)).hasValueSatisfying((bytes) -> assertThat(bytes).isEqualTo(content));
		List<byte[]> streamed = new ArrayList<>();
		assertThat(store.read(key, (in) -> streamed.add(in.readAllBytes()))).isTrue();
		assertThat(streamed).singleElement().isEqualTo(content);
		store.delete(key);
		assertThat(store.get(key)).isEmpty();
		assertThat(store.read(key, (in) -> streamed.add(in.readAllBytes()))).isFalse();
		store.delete(key); // nothing there: no error
	}

	@ParameterizedTest
	@MethodSource("stores")
	void namesThatAreNotKeysNeverReachTheFolderOrTheBucket(AttachmentStore store) {
		for (String name : List.of("../../etc/passwd", "a/b/c/d/e/f/g/h/i", "court", "clé-accentuée-de-seize")) {
			assertThatThrownBy(() -> store.put(name, new byte[] { 1 })).as(name)
				.isInstanceOf(IllegalArgumentException.class);
			assertThatThrownBy(() -> store.get(name)).as(name).isInstanceOf(IllegalArgumentException.class);
		}
	}

	@ParameterizedTest
	@MethodSource("stores")
	void theSweepIsGivenOnlyKeysWrittenBeforeTheInstantInBatches(AttachmentStore store) {
		List<String> old = List.of(key('o'), key('p'), key('q'));
		old.forEach((key) -> store.put(key, new byte[] { 1 }));
		Instant between = Instant.now().plusSeconds(2);
		List<List<String>> batches = new ArrayList<>();
		store.forEachKeyOlderThan(between.minusSeconds(60), 2, batches::add);
		assertThat(batches.stream().flatMap(List::stream)).doesNotContainAnyElementsOf(old);
		batches.clear();
		store.forEachKeyOlderThan(between, 2, batches::add);
		assertThat(batches.stream().flatMap(List::stream)).containsAll(old);
		assertThat(batches).allSatisfy((batch) -> assertThat(batch).hasSizeLessThanOrEqualTo(2));
		old.forEach(store::delete);
	}

	@ParameterizedTest
	@MethodSource("stores")
	void whatARolledBackTransactionWroteIsRemovedAndWhatItCommittedStays(AttachmentStore store) {
		StoreTransactions writes = new StoreTransactions(store);
		String rolledBack = key('r');
		TRANSACTION.executeWithoutResult((status) -> {
			writes.put(rolledBack, new byte[] { 1 });
			assertThat(store.get(rolledBack)).isPresent();
			status.setRollbackOnly();
		});
		assertThat(store.get(rolledBack)).isEmpty();
		String committed = key('c');
		TRANSACTION.executeWithoutResult((status) -> writes.put(committed, new byte[] { 2 }));
		assertThat(store.get(committed)).isPresent();
		store.delete(committed);
	}

	@ParameterizedTest
	@MethodSource("stores")
	void aDeletionTakesEffectOnlyOnceItsTransactionHasCommitted(AttachmentStore store) {
		StoreTransactions writes = new StoreTransactions(store);
		String key = key('d');
		store.put(key, new byte[] { 3 });
		TRANSACTION.executeWithoutResult((status) -> {
			writes.delete(key);
			assertThat(store.get(key)).as("still there before the commit").isPresent();
			status.setRollbackOnly();
		});
		assertThat(store.get(key)).as("a rolled-back deletion keeps the file").isPresent();
		TRANSACTION.executeWithoutResult((status) -> writes.delete(key));
		assertThat(store.get(key)).isEmpty();
	}

	@Test
	void theFolderSweepAlsoRemovesHalfWrittenTemporaryFilesACrashLeft() throws IOException {
		Path root = folder.resolve("crash");
		DirectoryStore store = new DirectoryStore(root);
		Path half = Files.write(root.resolve("upload-123.part"), new byte[] { 1 });
		Files.setLastModifiedTime(half, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
		store.forEachKeyOlderThan(Instant.now().minus(Duration.ofHours(1)), 10, (keys) -> {
		});
		assertThat(half).doesNotExist();
	}

	@Test
	void requestsToTheBucketAreSignedWithTheConfiguredKeyForItsRegion() {
		S3.authorizations.clear();
		AttachmentStore store = s3Store("");
		store.put(key('s'), new byte[] { 4 });
		assertThat(S3.authorizations).singleElement()
			.asString()
			.startsWith("AWS4-HMAC-SHA256 Credential=portail-test/")
			.contains("/us-east-1/s3/aws4_request");
		assertThat(S3.objects).containsKey(key('s'));
		store.delete(key('s'));
	}

	@Test
	void anUnreachableBucketIsReportedAsAnInputOutputFailure() {
		AttachmentStore store = s3Store("");
		S3.down = true;
		try {
			assertThatThrownBy(() -> store.put(key('u'), new byte[] { 5 })).isInstanceOf(UncheckedIOException.class);
			assertThatThrownBy(() -> store.get(key('u'))).isInstanceOf(UncheckedIOException.class);
		}
		finally {
			S3.down = false;
		}
		assertThat(store.get(key('u'))).isEqualTo(Optional.empty());
	}

	@Test
	void aBucketIsRequiredWhenTheS3StorageIsChosen() {
		assertThatThrownBy(() -> S3Store.of(settings(S3.endpoint(), null, "")))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("cc.documents.s3.bucket");
	}

	static S3Store s3Store(String prefix) {
		return S3Store.of(settings(S3.endpoint(), "pieces", prefix));
	}

	static DocumentSettings.S3 settings(String endpoint, String bucket, String prefix) {
		return new DocumentSettings.S3(endpoint, "us-east-1", bucket, prefix, "portail-test", "secret-de-test", true,
				Duration.ofSeconds(5));
	}

	private static String key(char c) {
		return String.valueOf(c).repeat(20);
	}

	private static S3Stub start() {
		try {
			return new S3Stub("pieces");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
