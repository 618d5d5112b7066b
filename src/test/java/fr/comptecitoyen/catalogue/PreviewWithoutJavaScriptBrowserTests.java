package fr.comptecitoyen.catalogue;

import java.io.IOException;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import fr.comptecitoyen.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without JavaScript, "add a row" is a plain form POST that keeps what was typed, and a
 * field that depends on an answer of the same step is shown with when it is needed.
 */
class PreviewWithoutJavaScriptBrowserTests extends BrowserTest {

	@BeforeAll
	static void withoutJavaScript() throws IOException {
		startBrowser(false);
	}

	@Test
	void addingARowIsAPlainPost() {
		visit("/services/encombrants/apercu");
		assertThat(browser.findElements(By.tagName("script"))).as("the page has no script at all").isEmpty();
		press("Suivant");
		type("f-items-0-quantity", "3");
		press("Ajouter une ligne");
		assertThat(browser.findElements(By.cssSelector("input[name='items[1]._row']"))).hasSize(1);
		assertThat(find("#f-items-0-quantity").getAttribute("value")).isEqualTo("3");
		press("Supprimer la ligne n° 2");
		assertThat(browser.findElements(By.cssSelector("input[name='items[1]._row']"))).isEmpty();
	}

	@Test
	void aFieldNeededForSomeAnswersIsShownAndSaysWhen() {
		visit("/services/occupation-domaine-public/apercu");
		assertThat(find("#f-vehicle").isDisplayed()).isTrue();
		assertThat(pageText()).contains("Immatriculation du véhicule (obligatoire si « Motif » : Déménagement)");
		assertThat(find("#f-vehicle").getAttribute("aria-required")).isNull();
	}

}
