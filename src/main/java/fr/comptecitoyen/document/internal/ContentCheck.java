package fr.comptecitoyen.document.internal;

import java.util.Locale;
import java.util.Set;

import org.apache.tika.Tika;

/**
 * Decides a file's type from its content (Apache Tika's magic bytes), never from what the
 * browser claims, and checks that the name's extension says the same (a ZIP archive or a
 * web page renamed {@code .pdf} is refused). Only the media types of the field's
 * allow-list pass: archives, HTML, SVG and programs never do.
 */
final class ContentCheck {

	private static final Tika TIKA = new Tika();

	private ContentCheck() {
	}

	/** What the check found. */
	enum Result {

		ACCEPTED, WRONG_TYPE, NAME_MISMATCH

	}

	/**
	 * The media type the content shows ({@code application/octet-stream} when unknown).
	 */
	static String sniff(byte[] content) {
		return TIKA.detect(content);
	}

	/**
	 * @param content the bytes
	 * @param fileName the sanitised name
	 * @param accepted the field's media types
	 * @return whether the file passes, and why not
	 */
	static Result check(byte[] content, String fileName, Set<String> accepted) {
		String sniffed = sniff(content);
		if (!accepted.contains(sniffed)) {
			return Result.WRONG_TYPE;
		}
		String byName = TIKA.detect(fileName.toLowerCase(Locale.ROOT));
		return sniffed.equals(byName) ? Result.ACCEPTED : Result.NAME_MISMATCH;
	}

}
