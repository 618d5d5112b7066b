package fr.comptecitoyen.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A folder (shared by every instance, e.g. a network volume): one file per attachment,
 * named by its random key, written to a temporary name then moved, so that no half file
 * is ever read. The purge job removes what a rolled-back transaction leaves behind.
 */
class DirectoryStore implements AttachmentStore {

	private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{16,64}");

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

	private Path path(String key) {
		if (!KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("Not a storage key");
		}
		return this.root.resolve(key);
	}

}
