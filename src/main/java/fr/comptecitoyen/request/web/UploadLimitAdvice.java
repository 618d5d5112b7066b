package fr.comptecitoyen.request.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A post larger than the multipart limit is refused by Tomcat before its body is read
 * past the limit, so no handler runs: back to the page it came from, which shows the
 * French message next to its file field (what the draft had saved is still there).
 * Without selectors on purpose: the exception arrives before any handler is chosen.
 */
@ControllerAdvice
class UploadLimitAdvice {

	private static final Pattern PAGES = Pattern
		.compile("(/demarches/brouillons/[A-Za-z0-9]{1,24}(?:/pieces)?|/demandes/[A-Za-z0-9-]{1,40})(?:/pieces)?");

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Matcher matcher = PAGES.matcher(path);
		if (!matcher.matches()) {
			return "redirect:/";
		}
		String page = path.startsWith("/demandes/") ? matcher.group(1) : path;
		return "redirect:" + page + "?trop-volumineux=1";
	}

}
