package fr.comptecitoyen.request;

import java.time.Clock;
import java.time.Duration;

import fr.comptecitoyen.account.internal.Account;
import fr.comptecitoyen.account.internal.AccountRepository;
import fr.comptecitoyen.household.internal.HouseholdService;
import fr.comptecitoyen.request.internal.RequestRepository;
import fr.comptecitoyen.support.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real procedures in a real browser, axe on every page: the school enrolment of a
 * household child, saved midway, resumed from its URL and sent; the bulky-item pickup
 * with the address prefilled, two rows of items, the autosave, and sending.
 */
class DraftBrowserTests extends BrowserTest {

	static final String REFERENCE = "\\d{4}-[A-Z]+-[23456789A-HJ-NP-Z]{6}";

	@Autowired
	AccountRepository accountRepository;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	HouseholdService household;

	@Autowired
	RequestRepository requests;

	@Autowired
	Clock clock;

	RequestCitizens citizens;

	@BeforeEach
	void citizens() {
		this.citizens = new RequestCitizens(this.accountRepository, this.encoder, this.household, this.clock);
	}

	@Test
	void schoolEnrolmentOfAChildIsSavedMidwayResumedFromItsUrlAndSent() {
		Account camille = this.citizens.validated("Camille", "Martin");
		this.citizens.child(camille, "Léa", 7);
		signIn(camille);

		visit("/services/inscription-scolaire");
		follow("Commencer");
		assertThat(pageText()).contains("Inscription scolaire", "Étape 1 sur 4 : Enfant à inscrire", "Léa Martin");
		browser.findElement(By.xpath("//label[contains(., 'Léa Martin')]")).click();
		press("Suivant");

		assertThat(pageText()).contains("Étape 2 sur 4 : Scolarité souhaitée");
		find("#f-school-year-0").click();
		new Select(find("#f-level")).selectByVisibleText("Cours préparatoire (CP)");
		press("Enregistrer en brouillon");
		assertThat(pageText()).contains("Brouillon enregistré le ");
		String draftUrl = browser.getCurrentUrl().replaceAll("\\?.*$", "");

		visit("/services");
		browser.get(draftUrl);
		assertAccessible();
		assertThat(pageText()).contains("Étape 2 sur 4 : Scolarité souhaitée");
		assertThat(find("#f-school-year-0").isSelected()).isTrue();
		assertThat(new Select(find("#f-level")).getFirstSelectedOption().getText())
			.isEqualTo("Cours préparatoire (CP)");
		new Select(find("#f-school")).selectByVisibleText("École élémentaire Jules-Ferry");
		press("Suivant");

		assertThat(pageText()).contains("Étape 3 sur 4 : Responsable légal");
		assertThat(find("#f-parent-last-name").getAttribute("readonly")).isNotNull();
		assertThat(find("#f-parent-phone").getAttribute("value")).isEqualTo(RequestCitizens.PHONE);
		press("Suivant");

		find("#f-pai-1").click();
		find("#f-certify").click();
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
		Account camille = this.citizens.validated("Camille", "Martin");
		signIn(camille);
		visit("/services/encombrants");
		follow("Commencer");
		assertThat(find("#f-address-line").getAttribute("value")).isEqualTo(RequestCitizens.LINE);
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

		assertThat(find("#f-phone").getAttribute("value")).isEqualTo(RequestCitizens.PHONE);
		find("#f-commitment").click();
		press("Suivant");
		assertThat(pageText()).contains("Récapitulatif", RequestCitizens.LINE, "Portail vert", "Type d’objet : Meuble",
				"Type d’objet : Matelas");
		press("Envoyer ma demande");
		assertThat(pageText()).contains("Votre demande est envoyée")
			.containsPattern(REFERENCE.replace("[A-Z]+", "ENC"));
	}

	@Test
	void draftIsDeletedThroughItsConfirmationPageAndASuspendedAccountIsToldWhy() {
		Account camille = this.citizens.validated("Camille", "Martin");
		signIn(camille);
		visit("/demarches/ENC/nouvelle");
		follow("Supprimer ce brouillon");
		assertThat(pageText()).contains("Supprimer le brouillon", "Enlèvement des encombrants",
				"Ce que vous avez saisi sera effacé définitivement.");
		press("Supprimer le brouillon");
		assertThat(browser.getCurrentUrl()).contains("/demandes");
		assertThat(this.requests.findAll().stream().filter((r) -> camille.getId().equals(r.getAccountId()))).isEmpty();

		Account reloaded = this.citizens.reload(camille);
		reloaded.suspend("Vérification", this.clock.instant());
		this.citizens.save(reloaded);
		visit("/demarches/ENC/nouvelle");
		assertThat(pageText()).contains("Vous ne pouvez pas envoyer de demande pour le moment",
				"Votre Compte Citoyen est suspendu", "Aucune demande n’a été créée ni envoyée.");
	}

	/** What the browser does when the citizen switches tab: the autosave fires. */
	private void hideThePage() {
		script("Object.defineProperty(document, 'visibilityState', {configurable: true, get: () => 'hidden'});"
				+ "document.dispatchEvent(new Event('visibilitychange'));");
	}

	private void signIn(Account account) {
		visit("/connexion");
		type("username", account.getUsername());
		type("password", RequestCitizens.PASSWORD);
		press("Connexion");
	}

}
