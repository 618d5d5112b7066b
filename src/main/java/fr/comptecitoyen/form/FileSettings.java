package fr.comptecitoyen.form;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The settings of a {@code file} field, as written in the procedure's YAML: a note
 * ({@code text}), what it accepts ({@code accept: [pdf, jpeg, png]}) and the size limit
 * of one file ({@code max-size: 5MB}).
 *
 * <p>
 * Only the names below may be accepted; archives, HTML, SVG and programs are never
 * offered, whatever a YAML file says (SECURITY.md: an allow-list of types).
 *
 * @param text the note shown with the field, or {@code null}
 * @param accept the accepted kinds ({@code pdf}, {@code jpeg}, {@code png}), in order
 * @param maxBytes the largest file, in bytes
 */
public record FileSettings(String text, List<String> accept, long maxBytes) implements FieldSettings {

	/** The kinds a YAML file may accept, with their media type. */
	public static final Map<String, String> KINDS;

	static {
		Map<String, String> kinds = new LinkedHashMap<>();
		kinds.put("pdf", "application/pdf");
		kinds.put("jpeg", "image/jpeg");
		kinds.put("png", "image/png");
		KINDS = java.util.Collections.unmodifiableMap(kinds);
	}

	/** The default size limit of one file: 10 MB. */
	public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

	/** Every accepted kind, 10 MB: what a field without settings takes. */
	public static final FileSettings DEFAULT = new FileSettings(null, List.copyOf(KINDS.keySet()), DEFAULT_MAX_BYTES);

	private static final Pattern SIZE = Pattern.compile("([0-9]{1,4})\\s*(KB|MB|Ko|Mo)", Pattern.CASE_INSENSITIVE);

	public FileSettings {
		accept = List.copyOf(accept);
		for (String kind : accept) {
			if (!KINDS.containsKey(kind)) {
				throw new IllegalArgumentException(
						"file kind '" + kind + "' cannot be accepted (accepted kinds: " + KINDS.keySet() + ")");
			}
		}
		if (accept.isEmpty()) {
			throw new IllegalArgumentException("accept must name at least one kind");
		}
		if (maxBytes <= 0) {
			throw new IllegalArgumentException("max-size must be positive");
		}
	}

	/**
	 * Reads the YAML attributes.
	 * @param text the note, or {@code null}
	 * @param accept the {@code accept} list, or {@code null} for every kind
	 * @param maxSize the {@code max-size} text ({@code 500KB}, {@code 5MB}), or
	 * {@code null} for 10 MB
	 * @throws IllegalArgumentException naming the wrong value
	 */
	public static FileSettings read(String text, List<String> accept, String maxSize) {
		long bytes = DEFAULT_MAX_BYTES;
		if (maxSize != null) {
			Matcher matcher = SIZE.matcher(maxSize.strip());
			if (!matcher.matches()) {
				throw new IllegalArgumentException("max-size '" + maxSize + "' is not a size such as 500KB or 5MB");
			}
			long unit = matcher.group(2).toUpperCase().startsWith("K") ? 1024 : 1024 * 1024;
			bytes = Long.parseLong(matcher.group(1)) * unit;
		}
		return new FileSettings(text, (accept != null) ? accept.stream().map(String::strip).toList() : DEFAULT.accept(),
				bytes);
	}

	/** The paragraphs of the note (separated by blank lines). */
	public List<String> paragraphs() {
		return (this.text != null)
				? java.util.Arrays.stream(this.text.strip().split("\\n\\s*\\n")).map(String::strip).toList()
				: List.of();
	}

	/** The accepted media types ({@code application/pdf}…). */
	public Set<String> mediaTypes() {
		return Set.copyOf(this.accept.stream().map(KINDS::get).toList());
	}

	/** The {@code accept} attribute of the file input. */
	public String acceptAttribute() {
		return String.join(",", this.accept.stream().map(KINDS::get).toList());
	}

	/** The accepted kinds as people read them ({@code PDF, JPEG, PNG}). */
	public String kindsText() {
		return String.join(", ", this.accept.stream().map(String::toUpperCase).toList());
	}

	/**
	 * The size limit in whole megabytes, or kilobytes below one megabyte, for messages.
	 */
	public String maxSizeText() {
		return (this.maxBytes >= 1024 * 1024) ? (this.maxBytes / (1024 * 1024)) + " Mo"
				: (this.maxBytes / 1024) + " Ko";
	}

}
