package fr.comptecitoyen.account.web;

import java.time.Duration;
import java.util.UUID;

import fr.comptecitoyen.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Creating an account in a real browser, the captcha solved by our script, with axe on
 * every page; and a visitor sent from a procedure to create an account, coming back with
 * what they typed.
 */
@Import(ResumeTestPage.class)
class RegistrationBrowserTests extends BrowserTest {

	static final String PASSWORD = "cheval agrafe pile correcte";

	@Test
	void createsAnAccountWithTheCaptchaSeesTheIdentifierAndSignsOut() {
		visit("/");
		follow("Créer mon compte");
		String email = fillTheForm("Jean-François", "D’Arc");
		solveTheCaptcha();
		press("Créer mon compte");
		assertThat(browser.getCurrentUrl()).endsWith("/inscription/confirmation");
		assertThat(find("#identifiant").getText()).matches("jean-francois\\.d-arc\\d*");
		assertThat(pageText()).contains("Votre compte est créé", "Votre identifiant :", "en attente de validation");
		assertThat(email).isNotBlank();
		press("Déconnexion");
		assertThat(pageText()).contains("Connexion").doesNotContain("Compte connecté");
	}

	@Test
	void visitorSentFromAProcedureCreatesAnAccountAndFindsWhatTheyTyped() {
		visit(ResumeTestPage.PATH);
		type("message", "Un canapé et deux chaises");
		press("Envoyer la demande");
		assertThat(browser.getCurrentUrl()).contains("/compte-requis");
		assertThat(pageText()).contains("Cette démarche demande un Compte Citoyen");
		clickAndWaitForTheNextPage(find("a.button[href^='/inscription']"));
		assertAccessible();
		fillTheForm("Zoë", "Lefèvre");
		solveTheCaptcha();
		press("Créer mon compte");
		assertThat(find("#identifiant").getText()).startsWith("zoe.lefevre");
		follow("Continuer ma démarche");
		assertThat(browser.getCurrentUrl()).contains(ResumeTestPage.PATH + "?reprise=");
		assertThat(find("#message").getAttribute("value")).isEqualTo("Un canapé et deux chaises");
	}

	@Test
	void badInputIsShownWithASummaryThatPassesTheAccessibilityCheck() {
		visit("/inscription");
		type("lastName", "Martin");
		type("email", "pas-une-adresse");
		press("Créer mon compte");
		assertThat(pageText()).contains("Le formulaire contient des erreurs", "Indiquez votre civilité.",
				"L’adresse électronique doit être de la forme");
		assertThat(find("#lastName").getAttribute("value")).isEqualTo("Martin");
		assertThat(find("#email").getAttribute("aria-invalid")).isEqualTo("true");
	}

	@Test
	void aCheckDoneAfterARefusalTakesItsMessageAwayAndKeepsTheKeyboardFocus() {
		visit("/inscription");
		fillTheForm("Inès", "Keller");
		press("Créer mon compte");
		assertThat(find("#captcha-error").getText()).contains("La vérification anti-robot n’a pas été faite");
		assertThat(browser.getTitle()).startsWith("Erreur");
		script("document.getElementById('captchaCheck').focus()");
		script("document.getElementById('captchaCheck').click()");
		new WebDriverWait(browser, Duration.ofSeconds(90)).until(
				(driver) -> !String.valueOf(script("return document.querySelector('input[name=captchaPayload]').value"))
					.isEmpty());
		assertThat(find("[data-captcha-status]").getText()).contains("Vérification réussie");
		assertThat(find("#captcha-error").isDisplayed()).as("the refusal no longer holds").isFalse();
		assertThat(String
			.valueOf(script("return document.querySelectorAll('.error-summary a[href=\"#captcha\"]').length")))
			.as("nor its line in the summary")
			.isEqualTo("0");
		assertThat(String
			.valueOf(script("return document.querySelectorAll('.error-summary a[href=\"#password\"]').length")))
			.as("the password, never shown again, is still to type: its line stays, and so does « Erreur »")
			.isEqualTo("1");
		assertThat(browser.getTitle()).startsWith("Erreur");
		assertThat(script("return document.activeElement.id")).as("the focus stays on the box")
			.isEqualTo("captchaCheck");
		script("document.getElementById('captchaCheck').click()");
		assertThat(find("#captchaCheck").isSelected()).as("a check done cannot be unticked").isTrue();
		assertAccessible();
	}

	private String fillTheForm(String firstName, String lastName) {
		String email = "navigateur-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		script("document.querySelector(\"input[name='civility'][value='MONSIEUR']\").click()");
		type("lastName", lastName);
		type("firstName", firstName);
		type("birthDate", "01/07/1990");
		type("email", email);
		type("phone", "06 12 34 56 78");
		type("password", PASSWORD);
		type("passwordConfirmation", PASSWORD);
		script("document.getElementById('terms').click()");
		return email;
	}

	private void solveTheCaptcha() {
		assertThat(find("[data-captcha-question]").isDisplayed()).as("the script hides the question").isFalse();
		// The box may sit under other markup: tick it from script, as a click would.
		script("document.getElementById('captchaCheck').click()");
		new WebDriverWait(browser, Duration.ofSeconds(90)).until(
				(driver) -> !String.valueOf(script("return document.querySelector('input[name=captchaPayload]').value"))
					.isEmpty());
		assertThat(find("[data-captcha-status]").getText()).contains("Vérification réussie");
		assertAccessible();
	}

}
