package fr.comptecitoyen.request.internal;

import java.io.IOException;
import java.io.InputStream;

/**
 * A file as it arrived in a form post, before any check.
 *
 * @param slot what it answers: a file field's key or {@code document:<key>}
 * @param name the name the browser sent
 * @param content opens the bytes (read once, at most up to the limit)
 */
public record IncomingFile(String slot, String name, Content content) {

	/** Opens the bytes of a file. */
	@FunctionalInterface
	public interface Content {

		/** A fresh stream over the bytes. */
		InputStream open() throws IOException;

	}

}
