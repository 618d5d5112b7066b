package fr.comptecitoyen.security;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import fr.comptecitoyen.shared.CitySettings;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The error page Tomcat shows for errors raised before the application runs
 * ({@link PortalErrorReportValve}): the texts and stylesheet of the portal's own error
 * pages ({@code error.*} messages, {@code templates/error/*.html}), built without a
 * request since none reached the application, and the headers the filter chain sets on
 * every other page.
 */
@Component
class ContainerErrorPages {

	/** The filter chain's headers (SecurityConfiguration), for pages it never saw. */
	static final Map<String, String> HEADERS = headers();

	/**
	 * The back office's home (instruction's {@code StaffPaths.HOME}, a module this one
	 * cannot see).
	 */
	private static final String STAFF_HOME = SecuredPaths.STAFF;

	private final MessageSource messages;

	private final CitySettings city;

	/** French: these pages are made before any request could choose a language. */
	private final Locale locale = Locale.FRENCH;

	ContainerErrorPages(MessageSource messages, CitySettings city) {
		this.messages = messages;
		this.city = city;
	}

	/**
	 * Makes a response ready for one of these pages: the headers of {@link #HEADERS},
	 * HSTS when the request came over TLS (as the filter chain sets it), HTML in UTF-8.
	 * @param request the request answered (a servlet request or Tomcat's own)
	 * @param response its response, not committed
	 */
	static void prepare(HttpServletRequest request, HttpServletResponse response) {
		HEADERS.forEach(response::setHeader);
		if (request.isSecure()) {
			response.setHeader("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains");
		}
		response.setContentType("text/html");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
	}

	private static Map<String, String> headers() {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY);
		headers.put("X-Content-Type-Options", "nosniff");
		headers.put("X-Frame-Options", "DENY");
		headers.put("Referrer-Policy", "same-origin");
		headers.put("Permissions-Policy", SecurityConfiguration.PERMISSIONS_POLICY);
		headers.put("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
		headers.put("Pragma", "no-cache");
		headers.put("Expires", "0");
		return headers;
	}

	/**
	 * The page for a status.
	 * @param status the HTTP status, 400 or more
	 * @param request the request answered: under {@code /agent}, the page leads to the
	 * back office and to an administrator rather than to the citizens' help address
	 * @return a complete HTML document
	 */
	String page(int status, HttpServletRequest request) {
		return page(text(status, "title", (status >= 500) ? "error.500.title" : "error.title"),
				text(status, "text", (status >= 500) ? "error.500.text" : "error.generic.text"), staff(request));
	}

	/**
	 * The page shown while the database cannot be reached (HTTP 503).
	 * @param request the request answered, as for {@link #page(int, HttpServletRequest)}
	 */
	String databaseUnavailable(HttpServletRequest request) {
		return page(this.messages.getMessage("error.database.title", null, this.locale),
				this.messages.getMessage("error.database.text", null, this.locale), staff(request));
	}

	private static boolean staff(HttpServletRequest request) {
		String uri = request.getRequestURI();
		return uri != null && (uri.equals(STAFF_HOME) || uri.startsWith(STAFF_HOME + "/"));
	}

	private String page(String title, String body, boolean staff) {
		String help = staff ? this.messages.getMessage("agent.error.help", null, this.locale)
				: this.messages.getMessage("error.help", new Object[] { this.city.helpEmail() }, this.locale);
		return "<!DOCTYPE html>\n<html lang=\"" + this.locale.getLanguage() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + escape(title)
				+ " – " + escape(this.city.name()) + "</title>\n"
				+ "<link rel=\"stylesheet\" href=\"/css/portal.css\">\n</head>\n<body>\n<main class=\"prose\">\n<h1>"
				+ escape(title) + "</h1>\n<p>" + escape(body) + "</p>\n<p><a class=\"button\" href=\""
				+ (staff ? STAFF_HOME : "/") + "\">" + escape(this.messages.getMessage("error.home", null, this.locale))
				+ "</a></p>\n<p>" + escape(help) + "</p>\n</main>\n</body>\n</html>\n";
	}

	private String text(int status, String part, String fallback) {
		String specific = this.messages.getMessage("error." + status + "." + part, null, null, this.locale);
		return (specific != null) ? specific : this.messages.getMessage(fallback, null, this.locale);
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
