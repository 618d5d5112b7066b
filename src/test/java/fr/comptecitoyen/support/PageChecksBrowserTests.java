package fr.comptecitoyen.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The browser journeys' page check itself: axe runs the WCAG 2.1 A and AA rules (a
 * contrast fault is caught) and only those (a best-practice rule is not applied).
 */
class PageChecksBrowserTests extends BrowserTest {

	private static final String PAGE = """
			<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Essai</title></head>
			<body>%s</body></html>""";

	@Test
	void aContrastFaultFailsTheCheck() {
		open("<main><h1>Essai</h1><p style=\"color:#bbbbbb;background:#ffffff\">Texte trop pâle</p></main>");
		assertThatThrownBy(this::assertAccessible).isInstanceOf(AssertionError.class)
			.hasMessageContaining("color-contrast");
	}

	@Test
	void bestPracticeRulesAreNotPartOfTheCheck() {
		// Content outside any landmark breaks axe's best-practice "region" rule only.
		open("<p>Hors repère</p><main><h1>Essai</h1><p>Dans le contenu principal</p></main>");
		assertThatCode(this::assertAccessible).doesNotThrowAnyException();
	}

	private static void open(String body) {
		browser.get("data:text/html;charset=utf-8,"
				+ URLEncoder.encode(PAGE.formatted(body), StandardCharsets.UTF_8).replace("+", "%20"));
	}

}
