package fr.comptecitoyen.catalogue;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

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
		pressAndWait("Suivant");
		type("f-items-0-quantity", "3");
		pressAndWait("Ajouter une ligne");
		assertThat(browser.findElements(By.cssSelector("input[name='items[1]._row']"))).hasSize(1);
		assertThat(find("#f-items-0-quantity").getAttribute("value")).isEqualTo("3");
		pressAndWait("Supprimer la ligne n° 2");
		assertThat(browser.findElements(By.cssSelector("input[name='items[1]._row']"))).isEmpty();
	}

	@Test
	void aFieldNeededForSomeAnswersIsShownAndSaysWhen() {
		visit("/services/occupation-domaine-public/apercu");
		assertThat(find("#f-vehicle").isDisplayed()).isTrue();
		assertThat(pageText()).contains("Immatriculation du véhicule (obligatoire si « Motif » : Déménagement)");
		assertThat(find("#f-vehicle").getAttribute("aria-required")).isNull();
	}

	/** Without JavaScript nothing slows the test down: wait for the next page. */
	private void pressAndWait(String button) {
		WebElement page = find("html");
		press(button);
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
	}

}
