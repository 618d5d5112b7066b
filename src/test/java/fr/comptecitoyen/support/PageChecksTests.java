package fr.comptecitoyen.support;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page checks every browser journey runs find what they are meant to find.
 */
class PageChecksTests extends BrowserTest {

	private static final String PAGE = """
			<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Essai</title></head>
			<body><main><p>%s</p></main></body></html>""";

	@Test
	void htmlCheckerAcceptsAValidPageAndReportsInvalidTimes() {
		assertThat(PageChecks.htmlErrors(PAGE.formatted("<time datetime=\"2026-11-30T10:15:00Z\">hier</time>")))
			.isEmpty();
		assertThat(PageChecks.htmlErrors(PAGE.formatted("<time datetime=\"2026-11-30T10:15:00.123456789Z\">x</time>")))
			.singleElement()
			.asString()
			.contains("datetime");
		assertThat(PageChecks.htmlErrors(PAGE.formatted("<div id=\"a\"></div><span id=\"a\"></span>"))).isNotEmpty();
		assertThat(PageChecks.htmlErrors(PAGE.formatted("valide")))
			.as("the reused checker forgets the errors of the page before")
			.isEmpty();
	}

	@Test
	void pagesAreTheSameForTheChecksOnlyWhenOnlyTokensAndDigitsDiffer() {
		String form = "<form><input type=\"hidden\" name=\"_csrf\" value=\"%s\"><p>Demande %s</p></form>";
		String one = PAGE.formatted(form.formatted("Qx7-3f_kLm9ZpR2sTuVw8yA1", "2026-ENC-4F8K2Q"));
		String two = PAGE.formatted(form.formatted("Ab1-9c_dEf0GhI3jKlMn4oP5", "2027-ENC-5F3K7Q"));
		assertThat(PageChecks.markup(one, true)).isEqualTo(PageChecks.markup(two, true));
		assertThat(PageChecks.markup(one, true)).as("with and without scripts")
			.isNotEqualTo(PageChecks.markup(one, false));
		assertThat(PageChecks.markup(PAGE.formatted("Bonjour"), true))
			.isNotEqualTo(PageChecks.markup(PAGE.formatted("Bonjour Madame Camille Durand-Lefebvre"), true));
	}

	@Test
	void aPageWiderThan320PixelsIsFoundOnlyWhenLaidOutNarrow() {
		browser.get(url("/faq"));
		script("const wide = document.createElement('div'); wide.id = 'large'; wide.style.width = '600px';"
				+ "wide.style.height = '10px'; document.body.append(wide);");
		try {
			PageChecks.viewport(browser, PageChecks.NARROW);
			assertThat(PageChecks.overflowing(browser)).anySatisfy((found) -> assertThat(found).contains("div#large"));
		}
		finally {
			PageChecks.viewport(browser, 0);
		}
		assertThat(PageChecks.overflowing(browser)).isEmpty();
	}

}
