package fr.comptecitoyen.request.visitor;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.comptecitoyen.shared.CitySettings;
import fr.comptecitoyen.support.BrowserTest;
import fr.comptecitoyen.support.Mailbox;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The visitor's journey for a birth certificate, shared by the runs with and without
 * JavaScript: an extract with filiation asked as a parent, without an account, the
 * captcha passed, the reference on screen, the acknowledgement read in the demo mailbox,
 * its tracking link followed to the request's status. Axe and the HTML checker run on
 * every page.
 */
@ActiveProfiles("demo")
abstract class CivilStatusJourney extends BrowserTest {

	private static final Pattern TRACKING = Pattern.compile("/suivi/[A-Za-z0-9_-]{43}");

	@Autowired
	CitySettings city;

	@Autowired
	Mailbox mailbox;

	/** Passes the captcha the way this browser can (proof of work or text question). */
	abstract void passTheCaptcha();

	void requestsABirthCertificateAndFollowsItFromTheEmail() {
		visit("/services/acte-de-naissance");
		press("Commencer sans compte");
		clickInPlace("input[name='document'][value='Extrait avec filiation']");
		clickInPlace("input[name='quality'][value='Son ascendant (parent, grand-parent…)']");
		type("f-event-date", "12/03/2020");
		type("f-event-place", this.city.name());
		type("f-copies", "2");
		press("Suivant");
		type("f-last-name", "Durand");
		type("f-first-names", "Léa");
		type("f-parent-1", "Paul Durand");
		type("f-parent-2", "Anne Morel");
		press("Suivant");
		type("f-requester-last-name", "Durand");
		type("f-requester-first-name", "Paul");
		clickInPlace("input[name='delivery'][value='En France']");
		type("f-address-line", "3 rue du Port");
		type("f-address-postcode", "34200");
		type("f-address-commune", "Sète");
		press("Suivant");
		assertThat(pageText()).contains("Récapitulatif", "Extrait avec filiation", "Paul Durand");
		String email = "visiteur-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		type("email", email);
		passTheCaptcha();
		press("Envoyer ma demande");
		assertThat(pageText()).as(pageText()).contains("Votre demande est envoyée", email);
		String reference = find(".reference strong").getText();
		assertThat(reference).matches("[0-9]{4}-NAISSANCE-[0-9A-Z]{6}");

		this.mailbox.drain();
		visit("/demo/courriels");
		clickAndWaitForTheNextPage(browser.findElement(By.partialLinkText(reference)));
		assertAccessible();
		Matcher link = TRACKING.matcher(browser.getPageSource());
		assertThat(link.find()).as("a tracking link in the email").isTrue();
		visit(link.group());
		assertThat(pageText()).contains(reference, "Envoyée", "Demande d’acte de naissance", "Extrait avec filiation");
	}

}
