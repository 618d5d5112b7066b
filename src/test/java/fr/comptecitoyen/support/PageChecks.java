package fr.comptecitoyen.support;

import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import nu.validator.validation.SimpleDocumentValidator;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Checks of a page beyond axe: valid HTML by the Nu HTML Checker (run in-process on the
 * page source), and no horizontal scrolling at 320 CSS pixels (WCAG 2.1 success criterion
 * 1.4.10, reflow).
 */
public final class PageChecks {

	/** The narrowest width a page must fit without scrolling sideways, in CSS pixels. */
	public static final int NARROW = 320;

	private static final String OVERFLOWING = """
			const width = document.documentElement.clientWidth;
			if (document.documentElement.scrollWidth <= width) { return []; }
			const found = [];
			const scrolls = (element) => ['auto', 'scroll'].includes(getComputedStyle(element).overflowX);
			const inScrollRegion = (element) => {
			  for (let up = element.parentElement; up && up !== document.body; up = up.parentElement) {
			    if (scrolls(up)) { return true; }
			  }
			  return false;
			};
			for (const element of document.body.querySelectorAll('*')) {
			  if (inScrollRegion(element)) { continue; }
			  const box = element.getBoundingClientRect();
			  if (box.width > 0 && box.right > width + 1) {
			    const parent = element.parentElement;
			    if (!parent || parent.getBoundingClientRect().right <= width + 1) {
			      found.push(element.tagName.toLowerCase() + (element.id ? '#' + element.id : '')
			        + (element.className && typeof element.className === 'string' ? '.' + element.className.trim().replace(/\\s+/g, '.') : '')
			        + ' (right edge ' + Math.round(box.right) + ' px)');
			    }
			  }
			}
			return found.length ? found : ['the page is ' + document.documentElement.scrollWidth + ' px wide'];
			""";

	private static final String BROKEN_WORDS = """
			const found = [];
			const word = /[^\\s\\-\u2010\u2013\u2014]+[\\-\u2010\u2013\u2014]?/g;
			for (const cell of document.querySelectorAll('th, td')) {
			  if (cell.getClientRects().length === 0) { continue; }
			  const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
			  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			    for (const match of node.data.matchAll(word)) {
			      const range = document.createRange();
			      range.setStart(node, match.index);
			      range.setEnd(node, match.index + match[0].length);
			      const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
			      if (lines.size > 1) { found.push(match[0]); }
			    }
			  }
			}
			return found;
			""";

	private PageChecks() {
	}

	/**
	 * The Nu HTML Checker's errors on a page (warnings and information are left out). One
	 * checker is set up for the whole run and reused page after page, as its own command
	 * line does for many files: setting it up again for each page costs ten times the
	 * check.
	 * @param html the page source
	 * @return one line per error, with its place; empty when the page is valid
	 */
	public static synchronized List<String> htmlErrors(String html) {
		String source = html.regionMatches(true, 0, "<!DOCTYPE", 0, 9) ? html : "<!DOCTYPE html>\n" + html;
		try {
			if (checker == null) {
				SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
				validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", FOUND);
				validator.setUpValidatorAndParsers(FOUND, true, false);
				checker = validator;
			}
			FOUND.errors.clear();
			checker.checkHtmlInputSource(new InputSource(new StringReader(source)));
			return List.copyOf(FOUND.errors);
		}
		catch (Exception ex) {
			throw new IllegalStateException("The HTML checker could not run", ex);
		}
	}

	/** The checker, set up on first use ({@link #htmlErrors}). */
	private static SimpleDocumentValidator checker;

	private static final Found FOUND = new Found();

	/** Keeps the errors and fatal errors of the page being checked. */
	private static final class Found implements ErrorHandler {

		final List<String> errors = new ArrayList<>();

		@Override
		public void warning(SAXParseException warning) {
			// Warnings are advice, not errors.
		}

		@Override
		public void error(SAXParseException error) {
			this.errors.add(place(error) + ": error: " + error.getMessage());
		}

		@Override
		public void fatalError(SAXParseException error) {
			this.errors.add(place(error) + ": fatal: " + error.getMessage());
		}

		private static String place(SAXParseException error) {
			return error.getLineNumber() + "." + error.getColumnNumber();
		}

	}

	/**
	 * What makes two pages the same for these checks: the page's markup with what changes
	 * at every display and cannot change a check taken out (long random tokens such as
	 * the CSRF token or a captcha's signed question, and digits of references, dates and
	 * counts), each character replaced by one placeholder so that lengths, and thus the
	 * layout at 320 px, stay as they were. Styles and scripts are the portal's own files,
	 * the same for every page of a run.
	 * @param html the page source as the browser holds it
	 * @param javascript whether scripts run in the browser that shows it
	 * @return a key, equal for pages that pass or fail the checks alike
	 */
	public static String markup(String html, boolean javascript) {
		String withoutTokens = RANDOM_TOKEN.matcher(html).replaceAll((token) -> "~".repeat(token.group().length()));
		return (javascript ? "js " : "nojs ") + DIGIT.matcher(withoutTokens).replaceAll("0");
	}

	private static final Pattern RANDOM_TOKEN = Pattern.compile("[A-Za-z0-9_+/=-]{20,}");

	private static final Pattern DIGIT = Pattern.compile("[0-9]");

	/**
	 * Lays the page out at the given width in CSS pixels (an emulated viewport), or back
	 * at the window's width.
	 * @param browser a Chromium driver
	 * @param width the viewport width, or 0 to go back to the window's own
	 */
	public static void viewport(WebDriver browser, int width) {
		HasCdp cdp = (HasCdp) browser;
		if (width == 0) {
			cdp.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
		else {
			cdp.executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", false));
		}
		// The page takes the new width a moment later on a busy machine: checks wait for
		// it.
		new WebDriverWait(browser, Duration.ofSeconds(5)).until((driver) -> {
			Number inner = (Number) ((JavascriptExecutor) driver).executeScript("return window.innerWidth");
			return (width == 0) ? inner.intValue() > NARROW : inner.intValue() == width;
		});
	}

	/**
	 * The words of table cells cut across two lines (a table squeezed into a narrow
	 * screen breaks "Statut" into "Statu / t"); a line may still end after a space or a
	 * hyphen.
	 * @return the words cut, empty when every word of every cell is on one line
	 */
	@SuppressWarnings("unchecked")
	public static List<String> brokenWords(WebDriver browser) {
		return (List<String>) ((JavascriptExecutor) browser).executeScript(BROKEN_WORDS);
	}

	/**
	 * What sticks out of the viewport sideways (what is inside a region that scrolls
	 * sideways on its own, such as a wide table, does not count).
	 * @return the outermost elements past the right edge; empty when nothing scrolls
	 */
	@SuppressWarnings("unchecked")
	public static List<String> overflowing(WebDriver browser) {
		return (List<String>) ((JavascriptExecutor) browser).executeScript(OVERFLOWING);
	}

}
