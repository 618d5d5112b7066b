package fr.comptecitoyen.catalogue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import fr.comptecitoyen.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The form preview in a real browser, axe on every page: the bulky-item pickup with rows
 * added by plain POSTs, and the school enrolment with validation errors that keep what
 * was typed, both walked to the "Récapitulatif"; and the public-space occupation, whose
 * vehicle field is shown and hidden as the reason changes and whose end may not come
 * before its start.
 */
class PreviewBrowserTests extends BrowserTest {

	private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	@Test
	void bulkyItemPickupPreviewAddsRowsAndReachesTheSummary() {
		visit("/services");
		follow("Enlèvement des encombrants");
		assertThat(pageText()).contains("Pièces à préparer", "10 jours ouvrés");
		follow("Voir l’aperçu du formulaire");
		assertThat(pageText()).contains("Aperçu du formulaire (rien n’est envoyé).", "Étape 1 sur 3 : Adresse");
		assertThat(find("#f-address-line").getAttribute("value")).isEqualTo("12 rue des Mimosas");
		type("f-access", "Portail bleu, sonner deux fois.");
		press("Suivant");

		assertThat(pageText()).contains("Étape 2 sur 3 : Objets à enlever");
		new Select(find("#f-items-0-kind")).selectByVisibleText("Meuble");
		type("f-items-0-quantity", "2");
		press("Ajouter une ligne");
		assertThat(browser.getCurrentUrl()).endsWith("/services/encombrants/apercu");
		assertThat(new Select(find("#f-items-0-kind")).getFirstSelectedOption().getText()).isEqualTo("Meuble");
		assertThat(find("#f-items-0-quantity").getAttribute("value")).isEqualTo("2");
		new Select(find("#f-items-1-kind")).selectByVisibleText("Autre");
		type("f-items-1-quantity", "30");
		press("Suivant");

		assertThat(pageText()).contains("Le formulaire contient des erreurs",
				"Quantité (ligne 2) : Saisissez un nombre inférieur ou égal à 20.",
				"Précisez l’objet (ligne 2) : Renseignez ce champ.");
		assertThat(find("#f-items-1-quantity").getAttribute("value")).isEqualTo("30");
		assertThat(find("#f-items-1-quantity").getAttribute("aria-invalid")).isEqualTo("true");
		clickAndWaitForTheNextPage(find(".error-summary a[href='#f-items-1-quantity']"));
		assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("f-items-1-quantity");
		type("f-items-1-quantity", "1");
		type("f-items-1-other", "Vélo d’appartement");
		press("Suivant");

		assertThat(pageText()).contains("Étape 3 sur 3 : Contact");
		assertThat(find("#f-phone").getAttribute("value")).isEqualTo("06 12 34 56 78");
		clickInPlace("#f-commitment");
		press("Suivant");

		assertThat(pageText()).contains("Récapitulatif", "12 rue des Mimosas", "Portail bleu, sonner deux fois.",
				"Type d’objet : Meuble", "Quantité : 2", "Précisez l’objet : Vélo d’appartement",
				"Toutes les réponses sont complètes.", "Rien n’a été envoyé.");
	}

	@Test
	void schoolEnrolmentPreviewShowsErrorsKeepsTypingAndReachesTheSummary() {
		visit("/services/inscription-scolaire/apercu");
		press("Suivant");
		assertThat(pageText()).contains("Enfant à inscrire : Choisissez une réponse.");
		assertThat(find(".error-summary a").getAttribute("href")).endsWith("#f-child-0");
		assertThat(pageText()).contains("Léa Exemple", "Hugo Exemple").doesNotContain("Jules Exemple, né");
		clickInPlace(browser.findElement(By.xpath("//label[contains(., 'Léa Exemple')]")));
		press("Suivant");

		clickInPlace("#f-school-year-0");
		new Select(find("#f-level")).selectByVisibleText("Cours préparatoire (CP)");
		new Select(find("#f-school")).selectByVisibleText("École élémentaire Jules-Ferry");
		type("f-previous-school", "École maternelle Les Coquelicots");
		press("Suivant");

		assertThat(pageText()).contains("Étape 3 sur 4 : Responsable légal");
		assertThat(find("#f-parent-last-name").getAttribute("readonly")).isNotNull();
		assertThat(find("#f-parent-last-name").getAttribute("value")).isEqualTo("Exemple");
		type("f-parent-phone", "12");
		press("Suivant");
		assertThat(pageText()).contains("Téléphone : Saisissez un numéro de téléphone valide");
		assertThat(find("#f-parent-phone").getAttribute("value")).isEqualTo("12");
		assertThat(find("#f-parent-phone").getAttribute("aria-describedby")).isEqualTo("f-parent-phone-error");
		type("f-parent-phone", "06 11 22 33 44");
		press("Suivant");

		clickInPlace("#f-pai-0");
		clickInPlace("#f-certify");
		press("Suivant");
		assertThat(pageText()).contains("Précisez le besoin : Renseignez ce champ.");
		assertThat(find("#f-pai-0").isSelected()).isTrue();
		assertThat(find("#f-certify").isSelected()).isTrue();
		type("f-pai-details", "Allergie aux arachides.");
		press("Suivant");

		assertThat(pageText()).contains("Récapitulatif", "Léa Exemple, date de naissance :", "Cours préparatoire (CP)",
				"École élémentaire Jules-Ferry", "06 11 22 33 44", "Allergie aux arachides.",
				"Toutes les réponses sont complètes.");
		press("Modifier « Scolarité souhaitée »");
		assertThat(new Select(find("#f-level")).getFirstSelectedOption().getText())
			.isEqualTo("Cours préparatoire (CP)");
		press("Suivant");
		press("Précédent");
		assertThat(pageText()).contains("Étape 2 sur 4 : Scolarité souhaitée");
	}

	@Test
	void occupationPreviewShowsTheVehicleOnlyForAMoveAndRefusesAnEndBeforeTheStart() {
		visit("/services/occupation-domaine-public/apercu");
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(5));
		wait.until((driver) -> !find("#f-vehicle").isDisplayed());
		assertThat(pageText()).doesNotContain("Immatriculation du véhicule");
		find("#f-kind-0").click();
		wait.until((driver) -> find("#f-vehicle").isDisplayed());
		assertThat(pageText()).contains("Immatriculation du véhicule (obligatoire si « Motif » : Déménagement)");
		find("#f-kind-1").click();
		wait.until((driver) -> !find("#f-vehicle").isDisplayed());
		find("#f-kind-0").click();
		wait.until((driver) -> find("#f-vehicle").isDisplayed());
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
		String start = FRENCH.format(today.plusDays(20));
		type("f-start", start);
		type("f-end", FRENCH.format(today.plusDays(5)));
		type("f-vehicle", "AB-123-CD");
		press("Suivant");
		assertThat(pageText())
			.contains("Date de fin : Saisissez une date identique ou postérieure à « Date de début » (" + start + ").");
		assertThat(find("#f-vehicle").isDisplayed()).as("still shown: a move was chosen").isTrue();
	}

}
