package fr.comptecitoyen.request.visitor;

import java.io.IOException;

import fr.comptecitoyen.security.CaptchaSolver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A birth certificate requested without an account and without JavaScript: the captcha is
 * the text question.
 */
class CivilStatusVisitorWithoutJavaScriptBrowserTests extends CivilStatusJourney {

	@BeforeAll
	static void withoutJavaScript() throws IOException {
		startBrowser(false);
	}

	@Override
	void passTheCaptcha() {
		type("captchaAnswer", CaptchaSolver.answer(find("label[for=captchaAnswer]").getText()));
	}

	@Test
	void aParentRequestsAnExtractWithFiliationAndFollowsItByTheEmailedLink() {
		requestsABirthCertificateAndFollowsItFromTheEmail();
	}

}
