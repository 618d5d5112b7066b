package fr.comptecitoyen.household;

import fr.comptecitoyen.account.Accounts;
import fr.comptecitoyen.support.BrowserTest;
import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pending citizen meets the Compte tab and the household in a real browser, every page
 * checked with axe: refused while pending, then, once the town hall validated the
 * account, a child is added with the keyboard alone, edited, and removed through the
 * confirmation page.
 */
class HouseholdBrowserTests extends BrowserTest {

	@Autowired
	Citizens citizens;

	@Autowired
	Accounts accounts;

	@Test
	void pendingCitizenMayOnlyAddThenAddsEditsAndRemovesAChildOnceValidated() {
		Citizen jean = this.citizens.pending("Jean", "Dupont");

		visit("/compte");
		assertThat(browser.getCurrentUrl()).contains("/connexion");
		type("username", jean.getUsername());
		type("password", Citizens.PASSWORD);
		press("Connexion");
		assertThat(browser.getCurrentUrl()).endsWith("/compte");
		assertThat(find("#account-state").getText()).contains(
				"Votre compte est en attente de validation par la mairie : vous pouvez faire vos démarches et ajouter à votre foyer une personne qui manque (elle sera vérifiée avec votre compte), mais pas encore modifier votre compte ni les personnes déjà déclarées. Seul le mot de passe peut être changé.");
		assertThat(pageText()).contains("Informations générales", jean.getUsername(), "non renseigné");

		follow("Ajouter un enfant");
		assertThat(pageText()).as("a pending account may add a missing member, checked with the account")
			.contains("la personne ajoutée sera vérifiée par la mairie avec votre compte");
		assertThat(browser.findElements(By.id("firstNames"))).hasSize(1);
		follow("Annuler");

		this.accounts.validate(jean.getId(), "Agent");

		visit("/compte");
		assertThat(pageText()).doesNotContain("en attente de validation par la mairie");
		follow("Ajouter un enfant");
		fillChildFormWithTheKeyboardOnly();
		assertAccessible();
		assertThat(browser.getCurrentUrl()).contains("/compte");
		assertThat(pageText()).contains("Léa Dupont a été ajoutée aux enfants de votre foyer.", "Léa Dupont",
				"01/06/2017", "Féminin");

		clickAndWaitForTheNextPage(find("a[href$='/modifier'][href*='/compte/foyer/membres/']"));
		assertAccessible();
		assertThat(browser.findElement(By.id("firstNames")).getAttribute("value")).isEqualTo("Léa");
		type("firstNames", "Léa Rose");
		press("Enregistrer les modifications");
		assertThat(pageText()).contains("Les informations de Léa Rose Dupont ont été enregistrées.", "Léa Rose Dupont");

		clickAndWaitForTheNextPage(find("a[href$='/retirer']"));
		assertAccessible();
		assertThat(pageText()).contains("Retirer Léa Rose Dupont du foyer ?");
		press("Oui, retirer du foyer");
		assertThat(pageText()).contains("Léa Rose Dupont a été retirée de votre foyer.", "Aucun enfant déclaré.");
	}

	@Test
	void wrongChildFormShowsTheSummaryAndKeepsWhatWasTyped() {
		Citizen camille = this.citizens.validated("Camille", "Martin");
		visit("/connexion");
		type("username", camille.getUsername());
		type("password", Citizens.PASSWORD);
		press("Connexion");
		visit("/compte/foyer/enfants/ajouter");
		type("lastName", "Martin");
		type("birthDate", "31/02/2020");
		press("Ajouter cet enfant");
		assertThat(find(".error-summary").getText()).contains("Le formulaire contient des erreurs",
				"Indiquez au moins un prénom.", "Choisissez le sexe de l’enfant.",
				"Saisissez une date valide au format JJ/MM/AAAA");
		assertThat(browser.findElement(By.id("lastName")).getAttribute("value")).isEqualTo("Martin");
		assertThat(browser.findElement(By.id("birthDate")).getAttribute("value")).isEqualTo("31/02/2020");
		clickAndWaitForTheNextPage(browser.findElement(By.linkText("Indiquez au moins un prénom.")));
		assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("firstNames");
	}

	/** Tab to each field, type, Space on the radio button, Enter to send. */
	private void fillChildFormWithTheKeyboardOnly() {
		Actions keys = new Actions(browser);
		for (int i = 0; i < 40 && !"lastName".equals(active().getAttribute("id")); i++) {
			keys.sendKeys(Keys.TAB).perform();
		}
		assertThat(active().getAttribute("id")).isEqualTo("lastName");
		keys.sendKeys("Dupont").sendKeys(Keys.TAB).perform();
		assertThat(active().getAttribute("id")).isEqualTo("firstNames");
		keys.sendKeys("Léa").sendKeys(Keys.TAB).perform();
		assertThat(active().getAttribute("name")).isEqualTo("sex");
		keys.sendKeys(Keys.SPACE).perform();
		assertThat(browser.findElement(By.id("sex")).isSelected()).isTrue();
		keys.sendKeys(Keys.TAB).perform();
		assertThat(active().getAttribute("id")).isEqualTo("birthDate");
		keys.sendKeys("01/06/2017").perform();
		keys.sendKeys(Keys.ENTER).perform();
	}

	private static WebElement active() {
		return browser.switchTo().activeElement();
	}

}
