package fr.comptecitoyen.request;

import java.time.Duration;

import fr.comptecitoyen.request.internal.RequestRepository;
import fr.comptecitoyen.support.BrowserTest;
import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real procedures in a real browser, axe on every page: the school enrolment of a
 * household child, saved midway, resumed from its URL and sent; the bulky-item pickup
 * with the address prefilled, two rows of items, the autosave, and sending.
 */
class DraftBrowserTests extends BrowserTest {

	static final String REFERENCE = "\\d{4}-[A-Z]+-[23456789A-HJ-NP-Z]{6}";

	@Autowired
	Citizens citizens;

	@Autowired
	RequestRepository requests;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Test
	void schoolEnrolmentOfAChildIsSavedMidwayResumedFromItsUrlAndSent() {
		Citizen camille = this.citizens.validated().named("Camille", "Martin").withAddress().create();
		this.citizens.addChild(camille, "Léa", 7);
		signIn(camille);

		visit("/services/inscription-scolaire");
		press("Commencer");
		assertThat(pageText()).contains("Inscription scolaire", "Étape 1 sur 5 : Enfant à inscrire", "Léa Martin");
		clickInPlace(browser.findElement(By.xpath("//label[contains(., 'Léa Martin')]")));
		press("Suivant");

		assertThat(pageText()).contains("Étape 2 sur 5 : Scolarité souhaitée");
		clickInPlace("#f-school-year-0");
		new Select(find("#f-level")).selectByVisibleText("Cours préparatoire (CP)");
		press("Enregistrer en brouillon");
		assertThat(pageText()).contains("Brouillon enregistré le ");
		String draftUrl = browser.getCurrentUrl().replaceAll("\\?.*$", "");

		visit("/services");
		browser.get(draftUrl);
		assertAccessible();
		assertThat(pageText()).contains("Étape 2 sur 5 : Scolarité souhaitée");
		assertThat(find("#f-school-year-0").isSelected()).isTrue();
		assertThat(new Select(find("#f-level")).getFirstSelectedOption().getText())
			.isEqualTo("Cours préparatoire (CP)");
		new Select(find("#f-school")).selectByVisibleText("École élémentaire Jules-Ferry");
		press("Suivant");

		assertThat(pageText()).contains("Étape 3 sur 5 : Responsable légal");
		assertThat(find("#f-parent-last-name").getAttribute("readonly")).isNotNull();
		assertThat(find("#f-parent-phone").getAttribute("value")).isEqualTo(Citizens.PHONE);
		press("Suivant");

		clickInPlace("#f-pai-1");
		clickInPlace("#f-certify");
		press("Suivant");
		assertThat(pageText()).as("supporting documents may all wait for the counter")
			.contains("Pièces justificatives");
		press("Suivant");
		assertThat(pageText()).contains("Récapitulatif", "Léa Martin, date de naissance :", "Cours préparatoire (CP)",
				"École élémentaire Jules-Ferry", "Livret de famille");
		press("Envoyer ma demande");

		assertThat(browser.getCurrentUrl()).contains("/demarches/envoyee/");
		assertThat(pageText()).contains("Votre demande est envoyée", "Numéro de demande", "15 jours")
			.containsPattern(REFERENCE.replace("[A-Z]+", "SCO"));

		browser.navigate().back();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until((driver) -> driver.findElement(By.tagName("body")).getText().contains("déjà été envoyée"));
		assertAccessible();
		assertThat(pageText()).doesNotContain("Envoyer ma demande");
		follow("Voir la demande");
		assertThat(browser.getCurrentUrl()).contains("/demandes/");
	}

	@Test
	void bulkyItemPickupWithTheAddressPrefilledTwoRowsAndAutosaveIsSent() {
		Citizen camille = this.citizens.validated().named("Camille", "Martin").withAddress().create();
		signIn(camille);
		visit("/services/encombrants");
		press("Commencer");
		assertThat(find("#f-address-line").getAttribute("value")).isEqualTo(Citizens.LINE);
		assertThat(find("#f-address-postcode").getAttribute("value")).isEqualTo("34200");

		type("f-access", "Portail vert");
		hideThePage();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until((driver) -> find("#autosave-status").getText().contains("Brouillon enregistré automatiquement"));
		assertThat(this.requests.findAll()
			.stream()
			.filter((r) -> camille.getId().equals(r.getAccountId()))
			.findFirst()
			.orElseThrow()
			.getAnswers()).contains("Portail vert");
		press("Suivant");

		new Select(find("#f-items-0-kind")).selectByVisibleText("Meuble");
		type("f-items-0-quantity", "2");
		press("Ajouter une ligne");
		new Select(find("#f-items-1-kind")).selectByVisibleText("Matelas");
		type("f-items-1-quantity", "1");
		press("Suivant");

		assertThat(find("#f-phone").getAttribute("value")).isEqualTo(Citizens.PHONE);
		clickInPlace("#f-commitment");
		press("Suivant");
		assertThat(pageText()).contains("Récapitulatif", Citizens.LINE, "Portail vert", "Type d’objet : Meuble",
				"Type d’objet : Matelas");
		press("Envoyer ma demande");
		assertThat(pageText()).contains("Votre demande est envoyée")
			.containsPattern(REFERENCE.replace("[A-Z]+", "ENC"));
	}

	@Test
	void draftIsDeletedThroughItsConfirmationPageAndASuspendedAccountIsToldWhy() {
		Citizen camille = this.citizens.validated().named("Camille", "Martin").withAddress().create();
		signIn(camille);
		visit("/demarches/ENC/nouvelle");
		press("Commencer");
		follow("Supprimer ce brouillon");
		assertThat(pageText()).contains("Supprimer le brouillon", "Enlèvement des encombrants",
				"Ce que vous avez saisi sera effacé définitivement.");
		press("Supprimer le brouillon");
		assertThat(browser.getCurrentUrl()).contains("/demandes");
		assertThat(this.requests.findAll().stream().filter((r) -> camille.getId().equals(r.getAccountId()))).isEmpty();

		this.citizens.suspend(camille, "Vérification");
		visit("/services/encombrants");
		press("Commencer");
		assertThat(pageText()).contains("Vous ne pouvez pas envoyer de demande pour le moment",
				"Votre Compte Citoyen est suspendu", "Aucune demande n’a été créée ni envoyée.");
	}

	@Test
	void autosaveSaysTheSessionExpiredAndTheAnswersComeBackAfterSignIn() {
		Citizen camille = this.citizens.validated().named("Camille", "Martin").withAddress().create();
		signIn(camille);
		visit("/services/encombrants");
		press("Commencer");
		type("f-access", "Code 4521B");
		this.jdbc.update("delete from spring_session_attributes where session_primary_id in "
				+ "(select primary_id from spring_session where principal_name = ?)", camille.getUsername());
		this.jdbc.update("delete from spring_session where principal_name = ?", camille.getUsername());
		hideThePage();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until((driver) -> find("#autosave-status").getText().contains("votre session a expiré"));
		assertThat(find("#autosave-status").getAttribute("aria-live")).isEqualTo("polite");
		assertAccessible();

		press("Enregistrer en brouillon");
		assertThat(pageText()).contains("Votre session avait expiré ; vos réponses ont été conservées");
		type("username", camille.getUsername());
		type("password", Citizens.PASSWORD);
		press("Connexion");
		assertThat(pageText()).contains("Votre session avait expiré ; vos réponses ont été conservées",
				"Étape 1 sur 3");
		assertThat(find("#f-access").getAttribute("value")).isEqualTo("Code 4521B");
		press("Suivant");
		assertThat(pageText()).contains("Étape 2 sur 3");
	}

	/** What the browser does when the citizen switches tab: the autosave fires. */
	private void hideThePage() {
		script("Object.defineProperty(document, 'visibilityState', {configurable: true, get: () => 'hidden'});"
				+ "document.dispatchEvent(new Event('visibilitychange'));");
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
