package fr.comptecitoyen.account.web;

import java.io.IOException;
import java.util.UUID;

import fr.comptecitoyen.security.CaptchaSolver;
import fr.comptecitoyen.support.BrowserTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Creating an account without JavaScript: the captcha is the text question. */
class RegistrationWithoutJavaScriptBrowserTests extends BrowserTest {

	@BeforeAll
	static void withoutJavaScript() throws IOException {
		startBrowser(false);
	}

	@Test
	void createsAnAccountAnsweringTheTextQuestion() {
		visit("/inscription");
		assertThat(find("#captchaCheck").isDisplayed()).as("no script, no box to tick").isFalse();
		clickInPlace("#civility");
		type("lastName", "Le Goff");
		type("firstName", "Yann");
		type("birthDate", "02/03/1975");
		type("email", "sans-js-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org");
		type("password", "marée haute sur la digue");
		type("passwordConfirmation", "marée haute sur la digue");
		clickInPlace("#terms");
		String question = find("label[for=captchaAnswer]").getText();
		type("captchaAnswer", CaptchaSolver.answer(question));
		press("Créer mon compte");
		assertThat(browser.getCurrentUrl()).as("question %s, page: %s", question, pageText())
			.endsWith("/inscription/confirmation");
		assertThat(find("#identifiant").getText()).startsWith("yann.le-goff");
		assertThat(pageText()).contains("Votre compte est créé");
	}

}
