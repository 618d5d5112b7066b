package fr.comptecitoyen.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import fr.comptecitoyen.document.DocumentSettings;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

import org.springframework.util.StringUtils;

/**
 * A bucket of an S3-compatible object store (Amazon S3, MinIO, Garage, Ceph, Scaleway,
 * OVHcloud…), through the AWS SDK: one object per attachment, named by the prefix and its
 * random key. Objects are written whole ({@code PutObject}), so that no half file is ever
 * read. The bucket does not take part in the database's transaction:
 * {@link StoreTransactions} removes what a rolled-back transaction wrote and deletes only
 * once the deletion has committed, and the daily sweep removes what a crash left behind.
 *
 * <p>
 * Checksums are sent and checked only where the S3 API requires them, since several
 * compatible stores refuse the SDK's default trailing checksums.
 */
class S3Store implements AttachmentStore {

	private final S3Client client;

	private final String bucket;

	private final String prefix;

	S3Store(S3Client client, String bucket, String prefix) {
		this.client = client;
		this.bucket = bucket;
		this.prefix = (prefix != null) ? prefix : "";
	}

	/**
	 * A store on the bucket those settings name.
	 * @param s3 the {@code cc.documents.s3.*} settings
	 * @return the store, its client built (no request made yet)
	 * @throws IllegalStateException when no bucket is set
	 */
	static S3Store of(DocumentSettings.S3 s3) {
		if (!StringUtils.hasText(s3.bucket())) {
			throw new IllegalStateException(
					"cc.documents.storage=s3 needs cc.documents.s3.bucket (CC_DOCUMENTS_S3_BUCKET)");
		}
		AwsCredentialsProvider credentials = StringUtils.hasText(s3.accessKey())
				? StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKey(), s3.secretKey()))
				: DefaultCredentialsProvider.builder().build();
		var builder = S3Client.builder()
			.region(Region.of(s3.region()))
			.credentialsProvider(credentials)
			.forcePathStyle(s3.pathStyle())
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
			.httpClient(UrlConnectionHttpClient.builder()
				.connectionTimeout(s3.timeout())
				.socketTimeout(s3.timeout())
				.build());
		if (StringUtils.hasText(s3.endpoint())) {
			builder.endpointOverride(URI.create(s3.endpoint()));
		}
		return new S3Store(builder.build(), s3.bucket(), s3.prefix());
	}

	/**
	 * {@inheritDoc}
	 * @throws UncheckedIOException when the store cannot be reached or refuses
	 */
	@Override
	public void put(String key, byte[] content) {
		try {
			this.client.putObject((request) -> request.bucket(this.bucket)
				.key(name(key))
				.contentLength((long) content.length)
				.contentType("application/octet-stream"), RequestBody.fromBytes(content));
		}
		catch (SdkException ex) {
			throw unavailable(ex);
		}
	}

	/**
	 * {@inheritDoc}
	 * @throws UncheckedIOException when the store cannot be reached or refuses
	 */
	@Override
	public Optional<byte[]> get(String key) {
		try {
			return Optional.of(this.client.getObjectAsBytes((request) -> request.bucket(this.bucket).key(name(key)))
				.asByteArray());
		}
		catch (NoSuchKeyException ex) {
			return Optional.empty();
		}
		catch (SdkException ex) {
			throw unavailable(ex);
		}
	}

	@Override
	public boolean read(String key, ContentReader reader) throws IOException {
		ResponseInputStream<GetObjectResponse> in;
		try {
			in = this.client.getObject((request) -> request.bucket(this.bucket).key(name(key)));
		}
		catch (NoSuchKeyException ex) {
			return false;
		}
		catch (SdkException ex) {
			throw unavailable(ex);
		}
		try (InputStream content = in) {
			reader.read(content);
		}
		return true;
	}

	/**
	 * {@inheritDoc}
	 * @throws UncheckedIOException when the store cannot be reached or refuses
	 */
	@Override
	public void delete(String key) {
		try {
			this.client.deleteObject((request) -> request.bucket(this.bucket).key(name(key)));
		}
		catch (SdkException ex) {
			throw unavailable(ex);
		}
	}

	@Override
	public boolean transactional() {
		return false;
	}

	@Override
	public void forEachKeyOlderThan(Instant before, int batchSize, Consumer<List<String>> batch) {
		ListObjectsV2Request list = ListObjectsV2Request.builder().bucket(this.bucket).prefix(this.prefix).build();
		KeyBatches keys = new KeyBatches(batchSize, batch);
		for (S3Object object : this.client.listObjectsV2Paginator(list).contents()) {
			String key = object.key().substring(this.prefix.length());
			if (object.lastModified().isBefore(before) && AttachmentStore.isKey(key)) {
				keys.add(key);
			}
		}
		keys.finish();
	}

	private static UncheckedIOException unavailable(SdkException ex) {
		return new UncheckedIOException(new IOException("The S3 store failed: " + ex.getMessage(), ex));
	}

	private String name(String key) {
		if (!AttachmentStore.isKey(key)) {
			throw new IllegalArgumentException("Not a storage key");
		}
		return this.prefix + key;
	}

}
