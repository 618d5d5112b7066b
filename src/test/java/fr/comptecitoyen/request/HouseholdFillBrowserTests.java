package fr.comptecitoyen.request;

import java.time.LocalDate;

import fr.comptecitoyen.shared.CitySettings;
import fr.comptecitoyen.support.BrowserTest;
import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camille Martin asks for her daughter's birth certificate from her account: one press on
 * her daughter's name fills the date of birth, then the names on the next step; axe, the
 * HTML checker and the 320-pixel layout pass on both pages.
 */
class HouseholdFillBrowserTests extends BrowserTest {

	@Autowired
	Citizens citizens;

	@Autowired
	CitySettings city;

	@Test
	void camilleFillsHerDaughtersBirthCertificateRequestFromHerHousehold() {
		Citizen camille = this.citizens.validated().named("Camille", "Martin").withAddress().create();
		this.citizens.addChild(camille, "Léa", LocalDate.of(2019, 3, 8));
		signIn(camille);
		visit("/services/acte-de-naissance");
		press("Commencer");
		assertThat(pageText()).contains("Pour vous ou une personne de votre foyer", "Camille Martin (vous)");
		assertAccessible();

		clickInPlace("input[name='document'][value='Extrait avec filiation']");
		press("Léa Martin");
		assertThat(pageText()).contains("Les informations de Léa Martin ont été reprises");
		assertThat(find("#f-event-date").getAttribute("value")).isEqualTo("08/03/2019");
		assertThat(find("input[name='document'][value='Extrait avec filiation']").isSelected())
			.as("what was chosen before stays")
			.isTrue();
		assertAccessible();

		clickInPlace("input[name='quality'][value='Son ascendant (parent, grand-parent…)']");
		type("f-event-place", this.city.name());
		type("f-copies", "1");
		press("Suivant");
		assertThat(find("#f-last-name").getAttribute("value")).isEqualTo("Martin");
		assertThat(find("#f-first-names").getAttribute("value")).isEqualTo("Léa");
	}

}
