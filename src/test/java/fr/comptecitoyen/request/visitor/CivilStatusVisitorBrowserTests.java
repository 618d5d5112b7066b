package fr.comptecitoyen.request.visitor;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A birth certificate requested without an account, with JavaScript: the captcha is the
 * proof of work of "Je ne suis pas un robot".
 */
class CivilStatusVisitorBrowserTests extends CivilStatusJourney {

	@Override
	void passTheCaptcha() {
		// Sent once without the check: its refusal is the page's only problem.
		press("Envoyer ma demande");
		assertThat(browser.getTitle()).startsWith("Erreur");
		assertThat(find("[data-captcha-question]").isDisplayed()).as("the script hides the question").isFalse();
		// The box may sit under other markup: tick it from script, as a click would.
		script("document.getElementById('captchaCheck').click()");
		new WebDriverWait(browser, Duration.ofSeconds(90)).until(
				(driver) -> !String.valueOf(script("return document.querySelector('input[name=captchaPayload]').value"))
					.isEmpty());
		assertThat(browser.getTitle()).as("the only problem settled, the title no longer says « Erreur »")
			.doesNotContain("Erreur");
		assertAccessible();
	}

	@Test
	void aParentRequestsAnExtractWithFiliationAndFollowsItByTheEmailedLink() {
		requestsABirthCertificateAndFollowsItFromTheEmail();
	}

}
