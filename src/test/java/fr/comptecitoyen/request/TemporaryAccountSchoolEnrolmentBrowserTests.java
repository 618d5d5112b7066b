package fr.comptecitoyen.request;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.comptecitoyen.support.BrowserTest;
import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Jean's account was just created and waits for validation; his household is empty. He
 * enrols his son at school: the "pour qui ?" step lets him declare Léo, brings him back
 * to the same step with Léo to choose, and the request is sent. The Compte tab then shows
 * Léo "à vérifier". Every page is checked (HTML, axe, 320 px).
 */
class TemporaryAccountSchoolEnrolmentBrowserTests extends BrowserTest {

	private static final Pattern REFERENCE = Pattern.compile("2026-SCO-[A-Z0-9]{6}");

	@Autowired
	Citizens citizens;

	@Test
	void aTemporaryAccountDeclaresTheChildFromThePourQuiStepAndSendsTheEnrolment() {
		Citizen jean = this.citizens.pending().named("Jean", Citizens.unique("Temporaire")).withAddress().create();

		signIn(jean);
		visit("/services/inscription-scolaire");
		press("Commencer");
		assertThat(pageText()).contains("Aucun membre de votre foyer ne correspond à cette démarche");
		String step = browser.getCurrentUrl();
		press("Déclarer un enfant de mon foyer");
		assertThat(pageText()).contains("Ajouter un enfant",
				"la personne ajoutée sera vérifiée par la mairie avec votre compte");
		type("lastName", jean.lastName());
		type("firstNames", "Léo");
		clickInPlace("input[name='sex'][value='M']");
		type("birthDate", "03/03/2019");
		press("Ajouter cet enfant");

		assertThat(browser.getCurrentUrl()).isEqualTo(step);
		assertThat(pageText()).contains("Enfant à inscrire", "Léo " + jean.lastName())
			.doesNotContain("Aucun membre de votre foyer ne correspond");
		clickInPlace("input[name='child']");
		press("Suivant");
		clickInPlace("input[name='school-year'][value='2026-2027']");
		new Select(find("#f-level")).selectByVisibleText("Cours préparatoire (CP)");
		new Select(find("#f-school")).selectByVisibleText("École élémentaire Jules-Ferry");
		press("Suivant");
		press("Suivant");
		clickInPlace("input[name='pai'][value='false']");
		clickInPlace("#f-certify");
		press("Suivant");
		assertThat(pageText()).contains("Pièces justificatives");
		press("Suivant");
		assertThat(pageText()).contains("Récapitulatif", "Léo " + jean.lastName());
		press("Envoyer ma demande");
		Matcher reference = REFERENCE.matcher(pageText());
		assertThat(reference.find()).isTrue();

		visit("/compte");
		assertThat(pageText()).contains("Léo " + jean.lastName(), "à vérifier", "Modifiable après la validation");
	}

}
