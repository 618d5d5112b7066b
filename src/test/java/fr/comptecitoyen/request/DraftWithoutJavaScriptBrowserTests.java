package fr.comptecitoyen.request;

import java.io.IOException;

import fr.comptecitoyen.support.BrowserTest;
import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bulky-item pickup without JavaScript: plain form posts add rows, save the draft and
 * send the request.
 */
class DraftWithoutJavaScriptBrowserTests extends BrowserTest {

	@Autowired
	Citizens citizens;

	@BeforeAll
	static void withoutJavaScript() throws IOException {
		startBrowser(false);
	}

	@Test
	void bulkyItemPickupIsSentWithoutJavaScript() {
		Citizen camille = this.citizens.validated().named("Camille", "Martin").withAddress().create();
		visit("/connexion");
		type("username", camille.getUsername());
		type("password", Citizens.PASSWORD);
		press("Connexion");

		visit("/services/encombrants");
		press("Commencer");
		assertThat(find("#f-address-line").getAttribute("value")).isEqualTo(Citizens.LINE);
		press("Suivant");
		new Select(find("#f-items-0-kind")).selectByVisibleText("Meuble");
		type("f-items-0-quantity", "2");
		press("Ajouter une ligne");
		assertThat(find("#f-items-0-quantity").getAttribute("value")).isEqualTo("2");
		new Select(find("#f-items-1-kind")).selectByVisibleText("Électroménager");
		type("f-items-1-quantity", "1");
		press("Enregistrer en brouillon");
		assertThat(pageText()).contains("Brouillon enregistré le ");
		assertThat(find("#f-items-1-quantity").getAttribute("value")).isEqualTo("1");
		press("Suivant");

		clickInPlace("#f-commitment");
		press("Suivant");
		assertThat(pageText()).contains("Récapitulatif", "Type d’objet : Électroménager");
		press("Envoyer ma demande");
		assertThat(pageText()).contains("Votre demande est envoyée")
			.containsPattern(DraftBrowserTests.REFERENCE.replace("[A-Z]+", "ENC"));
	}

	@Test
	void enterInAFieldOfAStepWithRowButtonsMeansNext() {
		Citizen camille = this.citizens.validated().named("Camille", "Martin").withAddress().create();
		signIn(camille);
		visit("/services/encombrants");
		press("Commencer");
		press("Suivant");
		assertThat(pageText()).contains("Objets à enlever", "Ajouter une ligne", "Précédent");
		new Select(find("#f-items-0-kind")).selectByVisibleText("Meuble");
		type("f-items-0-quantity", "2");
		pressEnterIn("#f-items-0-quantity");
		assertThat(pageText()).as("ENTER pressed Suivant, not Précédent nor Ajouter une ligne")
			.contains("Étape 3 sur 3 : Contact");
	}

}
