package fr.comptecitoyen.household;

import fr.comptecitoyen.household.internal.HouseholdService;
import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import fr.comptecitoyen.support.MutableClock;
import fr.comptecitoyen.support.Pages;
import fr.comptecitoyen.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The add / edit member forms of a validated account: French messages next to the fields
 * and in the summary, what was typed kept, the household rules applied, and a working add
 * / edit / remove.
 */
@PortalTest
class MemberFormTests {

	@Autowired
	Citizens citizens;

	@Autowired
	Pages pages;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	HouseholdService household;

	@Test
	void emptyChildFormExplainsEveryMissingFieldInFrench() throws Exception {
		Citizen camille = this.citizens.validated("Camille", Citizens.unique("Vide"));
		String html = this.mvc
			.perform(
					ChildForms.childForm(this.pages.postAs(camille, "/compte/foyer/enfants/ajouter"), "", "  ", "", ""))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Le formulaire contient des erreurs", "href=\"#lastName\"", "Indiquez le nom.",
				"href=\"#firstNames\"", "Indiquez au moins un prénom.", "href=\"#sex\"",
				"Choisissez le sexe de l’enfant.", "href=\"#birthDate\"", "Indiquez la date de naissance.",
				"aria-invalid=\"true\"", "aria-describedby=\"lastName-error\"");
		assertThat(ChildForms.memberCount(this.jdbc, camille)).isZero();
	}

	@Test
	void wrongChildFormKeepsWhatWasTyped() throws Exception {
		Citizen camille = this.citizens.validated("Camille", Citizens.unique("Garde"));
		String html = this.mvc
			.perform(ChildForms.childForm(this.pages.postAs(camille, "/compte/foyer/enfants/ajouter"), "Martin-Ödön",
					"Léa Zoé", "F", "31/2/2020"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html)
			.contains("Saisissez une date valide au format JJ/MM/AAAA", "value=\"Martin-Ödön\"", "value=\"Léa Zoé\"",
					"value=\"31/2/2020\"")
			.containsPattern("value=\"F\"\\s+checked");
		assertThat(ChildForms.memberCount(this.jdbc, camille)).isZero();
	}

	@Test
	void nameWithDigitsAndOverlongNamesAreRefused() throws Exception {
		Citizen camille = this.citizens.validated("Camille", Citizens.unique("Long"));
		String html = this.mvc
			.perform(ChildForms.childForm(this.pages.postAs(camille, "/compte/foyer/enfants/ajouter"), "R2D2",
					"a".repeat(151), "M", "1/1/2020"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Un nom ne peut contenir que des lettres",
				"Les prénoms ne doivent pas dépasser 150 caractères.");
	}

	@Test
	void childAgedEighteenIsRefusedWithTheReason() throws Exception {
		Citizen camille = this.citizens.validated("Camille", Citizens.unique("Age"));
		LocalDate born = this.clock.today().minusYears(18).minusDays(3);
		String html = this.mvc
			.perform(ChildForms.childForm(this.pages.postAs(camille, "/compte/foyer/enfants/ajouter"), "Martin", "Paul",
					"M", born.format(DateTimeFormatter.ofPattern("d/M/yyyy"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Un enfant du foyer doit avoir moins de 18 ans", "value=\"Paul\"");
		assertThat(ChildForms.memberCount(this.jdbc, camille)).isZero();
	}

	@Test
	void futureBirthDateIsRefused() throws Exception {
		Citizen camille = this.citizens.validated("Camille", Citizens.unique("Futur"));
		LocalDate born = this.clock.today().plusMonths(2);
		String html = this.mvc
			.perform(ChildForms.childForm(this.pages.postAs(camille, "/compte/foyer/enfants/ajouter"), "Martin", "Bébé",
					"M", born.format(DateTimeFormatter.ofPattern("d/M/yyyy"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("La date de naissance ne peut pas être dans le futur.");
		assertThat(ChildForms.memberCount(this.jdbc, camille)).isZero();
	}

	@Test
	void minorAddedAsAnAdultIsRefused() throws Exception {
		Citizen camille = this.citizens.validated("Camille", Citizens.unique("Mineur"));
		String html = this.mvc
			.perform(this.pages.postAs(camille, "/compte/foyer/adultes/ajouter")
				.param("relation", "OTHER_ADULT")
				.param("civility", "MONSIEUR")
				.param("lastName", "Martin")
				.param("firstNames", "Théo")
				.param("birthDate", "01/01/" + (this.clock.today().getYear() - 10)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Un adulte du foyer doit avoir au moins 18 ans", "value=\"Théo\"");
		assertThat(ChildForms.memberCount(this.jdbc, camille)).isZero();
	}

	@Test
	void emptyAdultFormAsksForRelationAndCivility() throws Exception {
		Citizen camille = this.citizens.validated("Camille", Citizens.unique("Adulte"));
		String html = this.mvc
			.perform(this.pages.postAs(camille, "/compte/foyer/adultes/ajouter").param("lastName", "Martin"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Choisissez le lien de cet adulte avec vous.",
				"Choisissez la civilité de cet adulte.", "value=\"Martin\"");
	}

	@Test
	void samePersonTwiceIsADuplicateEvenWithOtherAccentsAndCase() throws Exception {
		Citizen camille = this.citizens.validated("Camille", Citizens.unique("Double"));
		this.citizens.addChild(camille, "Léa", LocalDate.of(2017, 6, 1));
		String html = this.mvc
			.perform(ChildForms.childForm(this.pages.postAs(camille, "/compte/foyer/enfants/ajouter"),
					camille.getLastName().toUpperCase(), "LEA", "F", "01/06/2017"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Cette personne fait déjà partie de votre foyer");
		assertThat(ChildForms.memberCount(this.jdbc, camille)).isEqualTo(1);
	}

	@Test
	void doublePostOfTheSameChildMakesOneMemberAndNoError() throws Exception {
		Citizen camille = this.citizens.validated("Camille", Citizens.unique("Rafale"));
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> statuses = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				statuses.add(threads.submit(() -> this.mvc
					.perform(ChildForms.childForm(this.pages.postAs(camille, "/compte/foyer/enfants/ajouter"), "Martin",
							"Léa", "F", "1/6/2017"))
					.andReturn()
					.getResponse()
					.getStatus()));
			}
			for (Future<Integer> status : statuses) {
				assertThat(status.get(30, TimeUnit.SECONDS)).isIn(200, 302);
			}
		}
		finally {
			threads.shutdown();
		}
		assertThat(ChildForms.memberCount(this.jdbc, camille)).isEqualTo(1);
	}

	@Test
	void wrongEditKeepsWhatWasTypedAndChangesNothing() throws Exception {
		Citizen camille = this.citizens.validated("Camille", Citizens.unique("Retouche"));
		MemberView lea = this.citizens.addChild(camille, "Léa", LocalDate.of(2017, 6, 1));
		String html = this.mvc.perform(ChildForms.childForm(
				this.pages.postAs(camille, "/compte/foyer/membres/" + lea.publicId() + "/modifier"), "Durand", "", "F",
				"1/13/2017"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Indiquez au moins un prénom.", "Saisissez une date valide au format JJ/MM/AAAA",
				"value=\"Durand\"", "value=\"1/13/2017\"");
		MemberView unchanged = this.household.member(camille.getId(), lea.publicId()).orElseThrow();
		assertThat(unchanged.lastName()).isEqualTo(camille.getLastName());
		assertThat(unchanged.birthDate()).isEqualTo(LocalDate.of(2017, 6, 1));
	}

	@Test
	void ageIsShownInFrenchWithTheRightPlural() throws Exception {
		Citizen camille = this.citizens.validated("Camille", Citizens.unique("Bebe"));
		this.citizens.addChild(camille, "Nina", this.clock.today().minusYears(1).minusDays(2));
		this.citizens.addChild(camille, "Tom", this.clock.today().minusYears(7));
		assertThat(this.pages.page(camille, "/compte")).contains("(1 an)", "(7 ans)");
	}

	@Test
	void secondConjointIsRefused() throws Exception {
		Citizen camille = this.citizens.validated("Camille", Citizens.unique("Conjoint"));
		for (String first : new String[] { "Thomas", "Marc" }) {
			this.mvc.perform(this.pages.postAs(camille, "/compte/foyer/adultes/ajouter")
				.param("relation", "CONJOINT")
				.param("civility", "MONSIEUR")
				.param("lastName", "Martin")
				.param("firstNames", first)
				.param("birthDate", "24/09/1982"));
		}
		assertThat(ChildForms.memberCount(this.jdbc, camille)).isEqualTo(1);
		String html = this.mvc
			.perform(this.pages.postAs(camille, "/compte/foyer/adultes/ajouter")
				.param("relation", "CONJOINT")
				.param("civility", "MONSIEUR")
				.param("lastName", "Martin")
				.param("firstNames", "Marc")
				.param("birthDate", "24/09/1982"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Votre foyer compte déjà un conjoint ou une conjointe");
	}

	@Test
	void validChildIsAddedThenEditedThenRemovedAfterConfirmation() throws Exception {
		Citizen camille = this.citizens.validated("Camille", Citizens.unique("Cycle"));
		this.mvc
			.perform(ChildForms.childForm(this.pages.postAs(camille, "/compte/foyer/enfants/ajouter"), " Martin ",
					"Léa", "F", "1/6/2017"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/compte#foyer"))
			.andExpect(flash().attribute("noticeName", "Léa Martin"));
		MemberView lea = this.household.members(camille.getId(), MemberFilter.children()).get(0);
		assertThat(lea.birthDate()).isEqualTo(LocalDate.of(2017, 6, 1));
		assertThat(lea.publicId()).matches("[A-Za-z0-9_-]{16}");

		String edit = this.pages.page(camille, "/compte/foyer/membres/" + lea.publicId() + "/modifier");
		assertThat(edit).contains("value=\"Léa\"", "value=\"01/06/2017\"");
		this.mvc.perform(ChildForms.childForm(
				this.pages.postAs(camille, "/compte/foyer/membres/" + lea.publicId() + "/modifier"), "Martin",
				"Léa Rose", "F", "1/6/2017"))
			.andExpect(redirectedUrl("/compte#foyer"));
		assertThat(this.household.member(camille.getId(), lea.publicId()).orElseThrow().firstNames())
			.isEqualTo("Léa Rose");

		String confirm = this.pages.page(camille, "/compte/foyer/membres/" + lea.publicId() + "/retirer");
		assertThat(confirm).contains("Retirer Léa Rose Martin du foyer ?", "Oui, retirer du foyer");
		assertThat(ChildForms.memberCount(this.jdbc, camille)).isEqualTo(1);
		this.mvc.perform(this.pages.postAs(camille, "/compte/foyer/membres/" + lea.publicId() + "/retirer"))
			.andExpect(redirectedUrl("/compte#foyer"));
		assertThat(ChildForms.memberCount(this.jdbc, camille)).isZero();
	}

}
