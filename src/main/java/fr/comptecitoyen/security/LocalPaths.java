package fr.comptecitoyen.security;

/**
 * Which {@code retour} values the portal may send a visitor back to: paths of the portal
 * itself, never another site.
 */
public final class LocalPaths {

	private static final int MAX_LENGTH = 1000;

	private LocalPaths() {
	}

	/**
	 * Whether the value is a path of this portal ({@code /services?x=1}), and not a URL
	 * to another host ({@code //evil.example}, {@code /\evil.example},
	 * {@code https://…}), nor a text that cannot go in a {@code Location} header as it
	 * is: printable ASCII only, no space, no backslash (a line break would split the
	 * header, a character beyond ASCII is dropped from it; RFC 3986 §2, RFC 9110
	 * §10.2.2).
	 * @param path what the visitor sent
	 * @return true if it is safe to redirect to
	 */
	public static boolean isLocal(String path) {
		if (path == null || path.isEmpty() || path.length() > MAX_LENGTH || !path.startsWith("/")) {
			return false;
		}
		if (path.startsWith("//") || path.startsWith("/\\")) {
			return false;
		}
		return path.chars().allMatch((c) -> c > 0x20 && c < 0x7f && c != '\\');
	}

	/**
	 * The value if it is local, else null.
	 * @param path what the visitor sent
	 * @return the path, or null
	 */
	public static String localOrNull(String path) {
		return isLocal(path) ? path : null;
	}

}
