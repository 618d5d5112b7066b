package fr.comptecitoyen.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A folder (shared by every instance, e.g. a network volume): one file per attachment,
 * named by its random key, written to a temporary name then moved, so that no half file
 * is ever read. The folder does not take part in the database's transaction:
 * {@link StoreTransactions} removes what a rolled-back transaction wrote and deletes only
 * once the deletion has committed, and the daily sweep removes what a crash left behind
 * (files and half-written temporary files).
 */
class DirectoryStore implements AttachmentStore {

	private final Path root;

	DirectoryStore(Path root) {
		this.root = root;
		try {
			Files.createDirectories(root);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the documents folder " + root, ex);
		}
	}

	@Override
	public void put(String key, byte[] content) {
		try {
			Path temporary = Files.createTempFile(this.root, "upload-", ".part");
			Files.write(temporary, content);
			Files.move(temporary, path(key), StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public Optional<byte[]> get(String key) {
		Path path = path(key);
		try {
			return Files.exists(path) ? Optional.of(Files.readAllBytes(path)) : Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public boolean read(String key, ContentReader reader) throws IOException {
		Path path = path(key);
		if (!Files.exists(path)) {
			return false;
		}
		try (InputStream in = Files.newInputStream(path)) {
			reader.read(in);
		}
		return true;
	}

	@Override
	public void delete(String key) {
		try {
			Files.deleteIfExists(path(key));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public boolean transactional() {
		return false;
	}

	@Override
	public void forEachKeyOlderThan(Instant before, int batchSize, Consumer<List<String>> batch) {
		KeyBatches keys = new KeyBatches(batchSize, batch);
		try (DirectoryStream<Path> files = Files.newDirectoryStream(this.root)) {
			for (Path file : files) {
				String name = file.getFileName().toString();
				boolean key = AttachmentStore.isKey(name);
				if ((!key && !name.endsWith(".part"))
						|| !Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
					continue;
				}
				if (key) {
					keys.add(name);
				}
				else {
					Files.deleteIfExists(file); // a temporary file a crash left half
												// written
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		keys.finish();
	}

	private Path path(String key) {
		if (!AttachmentStore.isKey(key)) {
			throw new IllegalArgumentException("Not a storage key");
		}
		return this.root.resolve(key);
	}

}
