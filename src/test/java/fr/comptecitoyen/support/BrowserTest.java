package fr.comptecitoyen.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.Keys;

import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the browser journeys: the portal on a random port, driven by Debian's headless
 * Chromium. Every page visited through {@link #visit(String)} or checked with
 * {@link #assertAccessible()} must pass axe's WCAG 2.1 A and AA rules.
 *
 * <p>
 * Where Chromium is not installed the tests are skipped with the reason printed, unless
 * {@code CC_REQUIRE_BROWSER=1}, in which case they fail.
 *
 * <p>
 * The captcha's proof of work is made 50 times easier than in production (the same script
 * solves it, in a few milliseconds), so that a journey's time is the portal's and every
 * journey shares one context.
 */
@PortalTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "cc.captcha.max-number=20000")
public abstract class BrowserTest {

	private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CC_CHROMIUM", "/usr/bin/chromium"));

	private static final Path CHROMEDRIVER = Path
		.of(System.getenv().getOrDefault("CC_CHROMEDRIVER", "/usr/bin/chromedriver"));

	private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	/** axe-core's script, put once into each page checked (not once per check). */
	private static final String AXE_SOURCE = axeSource();

	/**
	 * Runs axe on the document with the given tags; answers the violations as lines, or
	 * the error as a text.
	 */
	private static final String AXE_RUN = """
			const tags = arguments[0];
			const done = arguments[arguments.length - 1];
			axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
				.then((results) => done(results.violations.map((rule) => '- ' + rule.id + ': ' + rule.help + ' → '
					+ rule.nodes.map((node) => JSON.stringify(node.target)).join(', '))))
				.catch((error) => done(String(error)));
			""";

	protected static WebDriver browser;

	private static boolean javascript = true;

	/**
	 * The pages that passed {@link #assertAccessible()} in this test run, by
	 * {@link PageChecks#markup}: a page shown again with the same markup (a sign-in page,
	 * a list revisited) is not checked twice.
	 */
	private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();

	@LocalServerPort
	protected int port;

	/** Starts the browser (JavaScript on); see {@link #startBrowser(boolean)}. */
	@BeforeAll
	static void startBrowser() throws IOException {
		startBrowser(true);
	}

	/**
	 * Starts a fresh browser.
	 * @param withJavaScript false to check that a journey works without JavaScript
	 */
	protected static void startBrowser(boolean withJavaScript) throws IOException {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!installed) {
			String reason = "Chromium or ChromeDriver not found (" + CHROMIUM + ", " + CHROMEDRIVER
					+ "): browser tests skipped. Install them with: apt-get install -y chromium chromium-driver";
			if ("1".equals(System.getenv("CC_REQUIRE_BROWSER"))) {
				throw new IllegalStateException(reason + " (CC_REQUIRE_BROWSER=1 forbids skipping)");
			}
			System.out.println("[browser tests] " + reason);
			Assumptions.abort(reason);
		}
		stopBrowser();
		javascript = withJavaScript;
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1280,900", "--lang=fr-FR",
				"--user-data-dir=" + Files.createTempDirectory("cc-chrome"));
		if (!withJavaScript) {
			options.addArguments("--blink-settings=scriptEnabled=false");
		}
		browser = new ChromeDriver(options);
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
	}

	/** Whether the current browser runs scripts ({@link #startBrowser(boolean)}). */
	protected static boolean javascriptOn() {
		return javascript;
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
			browser = null;
		}
	}

	@BeforeEach
	void freshCookies() {
		if (browser != null) {
			browser.manage().deleteAllCookies();
		}
	}

	/** The absolute URL of a portal path. */
	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/** Opens a page and checks it with axe. */
	protected void visit(String path) {
		browser.get(url(path));
		assertAccessible();
	}

	/**
	 * Checks the current page: valid HTML (Nu HTML Checker, 0 errors), and, at 1280 and
	 * at 320 CSS pixels wide, no horizontal scrolling, no word of a table cut across two
	 * lines and no WCAG 2.1 A/AA violation found by axe.
	 */
	protected void assertAccessible() {
		String page = browser.getCurrentUrl();
		String source = browser.getPageSource();
		String markup = PageChecks.markup(source, javascript);
		if (CHECKED.contains(markup)) {
			return; // the same markup, styles and scripts passed every check already
		}
		assertThat(PageChecks.htmlErrors(source)).as("HTML errors on %s", page).isEmpty();
		if (!javascript) {
			CHECKED.add(markup);
			return; // axe and the layout check are scripts: checked in the JavaScript
					// journeys
		}
		try {
			for (int width : new int[] { PageChecks.NARROW, 0 }) {
				PageChecks.viewport(browser, width);
				String where = page + ((width == 0) ? " at 1280 px" : " at " + width + " px");
				assertThat(PageChecks.overflowing(browser)).as("horizontal scrolling on %s", where).isEmpty();
				assertThat(PageChecks.brokenWords(browser)).as("words cut in table cells on %s", where).isEmpty();
				List<String> violations = axeViolations();
				assertThat(violations).as("accessibility violations on %s:%n%s", where, String.join("\n", violations))
					.isEmpty();
			}
			CHECKED.add(markup);
		}
		finally {
			PageChecks.viewport(browser, 0);
		}
	}

	/**
	 * The WCAG 2.1 A and AA violations axe finds on the current page (the portal has no
	 * frames), its script put into the page once for both widths. axe is run directly
	 * rather than through the Selenium wrapper's {@code AxeBuilder.analyze}: the wrapper
	 * returns and parses the full results of every rule, about 400 ms per call on top of
	 * axe's own 60 to 120, which made these checks half the time of the browser tests.
	 * @return one line per rule violated: its id, its help text and the elements at fault
	 */
	@SuppressWarnings("unchecked")
	private static List<String> axeViolations() {
		JavascriptExecutor page = (JavascriptExecutor) browser;
		if (!Boolean.TRUE.equals(page.executeScript("return typeof window.axe === 'object'"))) {
			page.executeScript(AXE_SOURCE);
		}
		Object found = page.executeAsyncScript(AXE_RUN, WCAG_TAGS);
		if (found instanceof String error) {
			throw new IllegalStateException("axe failed on " + browser.getCurrentUrl() + ": " + error);
		}
		return (List<String>) found;
	}

	private static String axeSource() {
		try {
			return new AxeBuilder().getAxeScriptProvider().getScript();
		}
		catch (Exception ex) {
			throw new IllegalStateException("axe-core's script cannot be read", ex);
		}
	}

	/** The element found by CSS selector. */
	protected WebElement find(String css) {
		return browser.findElement(By.cssSelector(css));
	}

	/** Types into a field found by its id, replacing what was there. */
	protected void type(String id, String text) {
		WebElement field = browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	/**
	 * Clicks the submit button whose text contains the given words, then checks the new
	 * page.
	 */
	protected void press(String buttonText) {
		// Never the out-of-sight default button that ENTER presses (aria-hidden).
		WebElement button = browser.findElement(By
			.xpath("//button[not(@aria-hidden='true') and contains(normalize-space(.), \"" + buttonText + "\")]"));
		clickAndWaitForTheNextPage(button);
		assertAccessible();
	}

	/**
	 * Presses ENTER in the field found by CSS selector (implicit submission: the form's
	 * default button), then checks the new page.
	 */
	protected void pressEnterIn(String css) {
		WebElement field = find(css);
		WebElement page = browser.findElement(By.tagName("html"));
		field.sendKeys(Keys.ENTER);
		new WebDriverWait(browser, Duration.ofSeconds(10)).until((driver) -> isStale(page));
		assertAccessible();
	}

	/** Clicks the link whose text contains the given words, then checks the new page. */
	protected void follow(String linkText) {
		clickAndWaitForTheNextPage(browser.findElement(By.partialLinkText(linkText)));
		assertAccessible();
	}

	/**
	 * Clicks, then waits until the current page has been replaced (or, for a link to an
	 * anchor, until the address shows it): without JavaScript nothing else (such as the
	 * accessibility check) would wait for the navigation to finish. Fails when the click
	 * leaves the page where it was: a click meant to stay goes through
	 * {@link #clickInPlace(WebElement)}.
	 */
	protected void clickAndWaitForTheNextPage(WebElement element) {
		WebElement page = browser.findElement(By.tagName("html"));
		String before = browser.getCurrentUrl();
		element.click();
		try {
			new WebDriverWait(browser, Duration.ofSeconds(10))
				.until((driver) -> isStale(page) || hashChangedOnly(before, driver.getCurrentUrl()));
		}
		catch (TimeoutException stayed) {
			throw new AssertionError("The click was expected to open another page but " + before
					+ " stayed; use clickInPlace(…) for a click that changes the page in place", stayed);
		}
	}

	/**
	 * Clicks something that must not navigate (a checkbox, a radio button, a disclosure),
	 * and fails if the page is replaced.
	 */
	protected void clickInPlace(WebElement element) {
		WebElement page = browser.findElement(By.tagName("html"));
		String before = browser.getCurrentUrl();
		element.click();
		assertThat(isStale(page) || !before.equals(browser.getCurrentUrl()))
			.as("the click on %s was expected to stay on %s", element, before)
			.isFalse();
	}

	/** Clicks the element found by CSS selector, staying on the page. */
	protected void clickInPlace(String css) {
		clickInPlace(find(css));
	}

	/** Signs in through the sign-in page with a password (no second factor). */
	protected void signIn(String username, String password) {
		visit("/connexion");
		type("username", username);
		type("password", password);
		press("Connexion");
	}

	/** Signs in as that test citizen (password {@link Citizens#PASSWORD}). */
	protected void signIn(Citizen citizen) {
		signIn(citizen.username(), Citizens.PASSWORD);
	}

	private static boolean isStale(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException gone) {
			return true;
		}
		catch (WebDriverException replaced) {
			// Chromium may report the old document's node as foreign rather than stale
			return String.valueOf(replaced.getMessage()).contains("does not belong to the document");
		}
	}

	private static boolean hashChangedOnly(String before, String after) {
		return after.contains("#") && after.startsWith(before.split("#")[0]) && !after.equals(before);
	}

	/** The visible text of the page's main content. */
	protected String pageText() {
		return browser.findElement(By.tagName("body")).getText();
	}

	/**
	 * Runs a script in the page (tests only: e.g. to tick the captcha box drawn over an
	 * SVG).
	 */
	protected Object script(String script, Object... args) {
		return ((JavascriptExecutor) browser).executeScript(script, args);
	}

}
