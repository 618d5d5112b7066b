package fr.comptecitoyen.shared;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import fr.comptecitoyen.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public pages in a real browser: each passes axe, and the portal can be used from
 * the keyboard alone.
 */
class PortalPagesBrowserTests extends BrowserTest {

	@Test
	void publicPagesPassTheAccessibilityCheck() {
		for (String path : new String[] { "/", "/faq", "/mentions-legales", "/donnees-personnelles", "/accessibilite",
				"/services", "/connexion", "/page-introuvable", "/?lang=en", "/faq?lang=en" }) {
			visit(path);
		}
	}

	@Test
	void keyboardAloneReachesContentAndTheSignInBox() {
		visit("/?lang=fr");
		Actions keys = new Actions(browser);
		keys.sendKeys(Keys.TAB).perform();
		WebElement skip = browser.switchTo().activeElement();
		assertThat(skip.getText()).isEqualTo("Aller au contenu");
		assertThat(skip.getCssValue("outline-style")).isEqualTo("solid");
		keys.sendKeys(Keys.ENTER).perform();
		keys.sendKeys(Keys.TAB).perform();
		assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("username");
	}

	@Test
	void faqLinksFromTheFooterAndJumpsToAnAnswer() {
		visit("/");
		follow("Questions fréquentes (FAQ)");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Foire aux questions (FAQ)");
		follow("Que faire si j’ai perdu mon mot de passe ?");
		assertThat(browser.getCurrentUrl()).endsWith("#mot-de-passe-perdu");
	}

	@Test
	void visitorIsSentToSignInWhenOpeningTheAccountTab() {
		visit("/");
		clickAndWaitForTheNextPage(browser.findElement(By.linkText("Compte")));
		assertAccessible();
		assertThat(browser.getCurrentUrl()).contains("/connexion");
		assertThat(pageText()).contains("Cette page demande une connexion");
	}

}
