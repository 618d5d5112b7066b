package fr.comptecitoyen.request;

import java.time.LocalDate;

import fr.comptecitoyen.form.Answers;
import fr.comptecitoyen.household.MemberView;
import fr.comptecitoyen.request.internal.RequestRepository;
import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import fr.comptecitoyen.support.Pages;
import fr.comptecitoyen.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signed-in citizen asking for a birth certificate picks the person among themselves
 * and their household ("Pour vous ou une personne de votre foyer"): the person's names
 * and date of birth fill the form's fields bound to {@code member.*}, on every step,
 * without losing what was typed; the offer appears only where such fields are.
 */
@PortalTest
class HouseholdFillTests {

	@Autowired
	Citizens citizens;

	@Autowired
	Pages pages;

	@Autowired
	RequestRepository requests;

	@Autowired
	JsonMapper json;

	DraftSteps steps;

	@BeforeEach
	void steps() {
		this.steps = new DraftSteps(this.pages, this.requests);
	}

	@Test
	void aChildOfTheHouseholdFillsTheBirthCertificateRequestAndWhatWasTypedStays() throws Exception {
		Citizen camille = this.citizens.validated().named("Camille", "Martin").born(LocalDate.of(1988, 4, 12)).create();
		MemberView lea = this.citizens.addChild(camille, "Léa Rose", LocalDate.of(2019, 3, 8));
		String id = this.steps.start(camille, "NAISSANCE");
		String path = DraftSteps.draftPath(id);

		String first = this.pages.page(camille, path);
		assertThat(first)
			.contains("Pour vous ou une personne de votre foyer", "Camille Martin (vous)", "Léa Rose Martin")
			.contains("value=\"fill:" + lea.publicId() + "\"");

		MvcResult filled = this.pages.submit(camille, path, "_step", "0", "_action", "fill:" + lea.publicId(),
				"document", "Copie intégrale", "copies", "2");
		String location = filled.getResponse().getRedirectedUrl();
		assertThat(location).startsWith(path + "?repris=").endsWith("#member-filled");
		String page = this.pages.page(camille, location.substring(0, location.indexOf('#')));
		assertThat(page)
			.contains("id=\"member-filled\"", "Les informations de Léa Rose Martin ont été reprises : vérifiez-les")
			.contains("value=\"08/03/2019\"");

		Answers answers = Answers.fromJson(this.steps.draft(id).getAnswers(), this.json);
		assertThat(answers.text("event-date")).isEqualTo("2019-03-08");
		assertThat(answers.text("last-name")).isEqualTo("Martin");
		assertThat(answers.text("first-names")).isEqualTo("Léa Rose");
		assertThat(answers.text("document")).as("typed before the choice").isEqualTo("Copie intégrale");
		assertThat(answers.text("copies")).isEqualTo("2");

		this.pages.submit(camille, path, "_step", "0", "_action", "fill:titulaire", "document", "Copie intégrale");
		answers = Answers.fromJson(this.steps.draft(id).getAnswers(), this.json);
		assertThat(answers.text("event-date")).isEqualTo("1988-04-12");
		assertThat(answers.text("first-names")).isEqualTo("Camille");
	}

	@Test
	void someoneOutsideTheHouseholdFillsNothingAndFormsWithoutSuchFieldsOfferNothing() throws Exception {
		Citizen camille = this.citizens.validated("Camille", "Martin");
		Citizen other = this.citizens.validated("Paul", "Durand");
		MemberView notHers = this.citizens.addChild(other, "Hugo", 6);
		String id = this.steps.start(camille, "NAISSANCE");
		String path = DraftSteps.draftPath(id);
		MvcResult result = this.pages.submit(camille, path, "_step", "0", "_action", "fill:" + notHers.publicId(),
				"document", "Extrait sans filiation");
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(path);
		Answers answers = Answers.fromJson(this.steps.draft(id).getAnswers(), this.json);
		assertThat(answers.text("first-names")).isNull();
		assertThat(answers.text("document")).isEqualTo("Extrait sans filiation");

		assertThat(this.pages.page(camille, "/services/acte-de-naissance"))
			.as("a signed-in citizen does it from the account")
			.contains("Depuis votre compte, vos informations sont reprises")
			.doesNotContain("Une courte vérification anti-robot");
		assertThat(this.citizens.client().get("/services/acte-de-naissance").getResponse().getContentAsString())
			.contains("ouverte à tous, sans compte. Une courte vérification anti-robot");

		String bulky = this.steps.start(camille, "ENC");
		assertThat(this.pages.page(camille, DraftSteps.draftPath(bulky)))
			.doesNotContain("Pour vous ou une personne de votre foyer");
	}

}
