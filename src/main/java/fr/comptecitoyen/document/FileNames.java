package fr.comptecitoyen.document;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * File names as citizens give them, made safe to show, store and send back: no path, no
 * control character (CR, LF, NUL…), no invisible formatting character (the bidirectional
 * overrides that make {@code facture‮fdp.exe} read as {@code facture.pdf}), no character
 * that Windows or a shell would take specially; accents and spaces are kept.
 */
public final class FileNames {

	private static final int MAX_LENGTH = 150;

	private static final String FALLBACK = "document";

	private static final String HEX = "0123456789ABCDEF";

	private FileNames() {
	}

	/**
	 * The name to keep.
	 * @param given the name the browser sent, possibly {@code null} or a whole path
	 * @return a non-empty name of at most 150 characters
	 */
	public static String sanitise(String given) {
		if (given == null) {
			return FALLBACK;
		}
		// Browsers send a name's double quotes and line breaks as %22, %0D and %0A
		// (WHATWG
		// HTML, "multipart/form-data encoding algorithm"): read back, they are replaced
		// or dropped below like any other.
		String name = Normalizer.normalize(given.replace("%22", "\"").replace("%0D", "\r").replace("%0A", "\n"),
				Normalizer.Form.NFC);
		StringBuilder kept = new StringBuilder();
		name.codePoints().forEach((c) -> {
			int type = Character.getType(c);
			if (c == '/' || c == '\\') {
				kept.setLength(0); // keep the last segment of a path only
			}
			else if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
					|| type == Character.PRIVATE_USE || type == Character.UNASSIGNED || type == Character.LINE_SEPARATOR
					|| type == Character.PARAGRAPH_SEPARATOR) {
				// dropped: invisible, or would break a header or a line
			}
			else if (":*?\"<>|".indexOf(c) >= 0) {
				kept.append('_');
			}
			else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				kept.append(' ');
			}
			else {
				kept.appendCodePoint(c);
			}
		});
		String result = kept.toString().replaceAll(" {2,}", " ").strip();
		result = result.replaceAll("^[. ]+", "").replaceAll("[. ]+$", "");
		if (result.length() > MAX_LENGTH) {
			int dot = result.lastIndexOf('.');
			String extension = (dot > 0 && result.length() - dot <= 10) ? result.substring(dot) : "";
			result = result.substring(0, MAX_LENGTH - extension.length()).strip() + extension;
		}
		return result.isEmpty() ? FALLBACK : result;
	}

	/** The lower-case extension without the dot, or an empty text. */
	public static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return (dot >= 0) ? name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT) : "";
	}

	/**
	 * The {@code Content-Disposition} header of a download (RFC 6266):
	 * {@code attachment}, an ASCII {@code filename} for old clients and the exact name as
	 * {@code filename*=UTF-8''…} (RFC 5987).
	 * @param name a sanitised name
	 */
	public static String attachmentHeader(String name) {
		String safe = sanitise(name);
		String ascii = Normalizer.normalize(safe, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replaceAll("[^\\x20-\\x7E]", "_")
			.replace("\"", "_")
			.replace("\\", "_");
		return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + percentEncode(safe);
	}

	private static String percentEncode(String text) {
		StringBuilder out = new StringBuilder();
		for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xFF;
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
					|| "!#$&+-.^_`|~".indexOf(c) >= 0) {
				out.append((char) c);
			}
			else {
				out.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
			}
		}
		return out.toString();
	}

}
