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

	@Test
	void aTableSqueezedIntoTheScreenIsFoundWhileOneInItsScrollRegionNeitherCutsWordsNorWidensThePage() {
		browser.get(url("/faq"));
		script("const table = (id) => { const t = document.createElement('table'); t.id = id;"
				+ "const row = t.insertRow(); for (const text of ['Demande', 'Statut', 'Demandeur', 'Déposée le',"
				+ "'2026-NAISSANCE-6X25SY', 'xss.mariage@example.org']) { row.insertCell().textContent = text; }"
				+ "return t; };" + "const squeezed = table('squeezed'); squeezed.style.tableLayout = 'fixed';"
				+ "squeezed.style.overflowWrap = 'anywhere'; document.querySelector('main').append(squeezed);"
				+ "const region = document.createElement('div'); region.className = 'table-scroll';"
				+ "region.append(table('scrolled')); document.querySelector('main').append(region);");
		try {
			PageChecks.viewport(browser, PageChecks.NARROW);
			assertThat(PageChecks.brokenWords(browser)).contains("Statut", "Demandeur");
			assertThat(PageChecks.overflowing(browser)).as("the region scrolls, not the page").isEmpty();
			script("document.getElementById('squeezed').remove();");
			assertThat(PageChecks.brokenWords(browser)).as("the table in its region").isEmpty();
			assertThat(script("return document.getElementById('scrolled').getBoundingClientRect().right > 320;"))
				.as("the table is wider than the screen")
				.isEqualTo(true);
			script("const wide = document.createElement('div'); wide.id = 'large'; wide.style.width = '600px';"
					+ "wide.style.height = '10px'; document.body.append(wide);");
			assertThat(PageChecks.overflowing(browser)).as("a real overflow is still found, the table is not")
				.anySatisfy((found) -> assertThat(found).contains("div#large"))
				.noneSatisfy((found) -> assertThat(found).contains("table"));
		}
		finally {
			PageChecks.viewport(browser, 0);
		}
	}

}
