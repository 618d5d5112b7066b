package fr.comptecitoyen.shared.web;

import org.springframework.web.util.UriComponentsBuilder;

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
	 * to another host ({@code //evil.example}, {@code /\evil.example}, {@code https://…})
	 * even once its dot segments are removed ({@code /.//evil.example}), nor a text that
	 * cannot go in a {@code Location} header as it is: printable ASCII only, no space, no
	 * backslash (a line break would split the header, a character beyond ASCII is dropped
	 * from it; RFC 3986 §2, RFC 9110 §10.2.2).
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
		return path.chars().allMatch((c) -> c > 0x20 && c < 0x7f && c != '\\') && !hasDotSegment(path);
	}

	/**
	 * Whether the path part has a {@code .} or {@code ..} segment, also written
	 * {@code %2e}: a browser removes them (RFC 3986 §5.2.4), so that {@code /.//host}
	 * becomes {@code //host}, which names another host when it is read again.
	 */
	private static boolean hasDotSegment(String path) {
		int end = path.length();
		for (char stop : new char[] { '?', '#' }) {
			int at = path.indexOf(stop);
			if (at >= 0 && at < end) {
				end = at;
			}
		}
		for (String segment : path.substring(0, end).split("/", -1)) {
			String decoded = segment.replace("%2e", ".").replace("%2E", ".");
			if (decoded.equals(".") || decoded.equals("..")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The value if it is local, else null.
	 * @param path what the visitor sent
	 * @return the path, or null
	 */
	public static String localOrNull(String path) {
		return isLocal(path) ? path : null;
	}

	/**
	 * A portal path carrying the page to go back to afterwards.
	 * @param path a path of the portal, such as {@code /connexion}, with a query or not
	 * @param retour the page to go back to, or null
	 * @return {@code path?retour=…} (encoded) when the page is local, else the path alone
	 */
	public static String withRetour(String path, String retour) {
		if (!isLocal(retour)) {
			return path;
		}
		return UriComponentsBuilder.fromUriString(path)
			.queryParam("retour", "{retour}")
			.encode()
			.buildAndExpand(retour)
			.toUriString();
	}

}
