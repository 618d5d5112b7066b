package fr.comptecitoyen.household;

import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import fr.comptecitoyen.support.Pages;
import fr.comptecitoyen.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Declaring the household is part of creating the account: the confirmation leads to the
 * optional "Votre foyer" step, whose member forms come back to it, carrying the procedure
 * the account was created from; members declared there are "à vérifier".
 */
@PortalTest
class RegistrationHouseholdTests {

	@Autowired
	Citizens citizens;

	@Autowired
	Pages pages;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theConfirmationLeadsToTheHouseholdStepWhichKeepsTheProcedureToGoBackTo() throws Exception {
		Citizen jean = this.citizens.pending("Jean", Citizens.unique("Inscrit"));
		String confirmation = this.pages.page(jean,
				"/inscription/confirmation?retour=%2Fservices%2Finscription-scolaire");
		assertThat(confirmation).contains("Étape suivante : votre foyer (facultatif)", "Déclarer mon foyer",
				"href=\"/inscription/foyer?retour=%2Fservices%2Finscription-scolaire\"", "Continuer ma démarche");

		String step = this.pages.page(jean, "/inscription/foyer?retour=%2Fservices%2Finscription-scolaire");
		assertThat(step).contains("Votre foyer", "Création de mon compte – étape facultative", "Aucun adulte déclaré.",
				"Aucun enfant déclaré.", "C’est facultatif",
				"href=\"/compte/foyer/enfants/ajouter?retour=/inscription/foyer?retour%3D%252Fservices%252Finscription-scolaire\"",
				"href=\"/services/inscription-scolaire\"");

		String here = "/inscription/foyer?retour=%2Fservices%2Finscription-scolaire";
		String form = this.pages.page(jean,
				"/compte/foyer/enfants/ajouter?retour=/inscription/foyer?retour%3D%252Fservices%252Finscription-scolaire");
		assertThat(form).contains("name=\"retour\" value=\"" + here + "\"", "Retour à la page précédente");

		MvcResult refused = this.pages.perform(ChildForms
			.childForm(this.pages.postAs(jean, "/compte/foyer/enfants/ajouter"), "Dupont", "", "M", "3/3/2018")
			.param("retour", here));
		assertThat(refused.getResponse().getContentAsString()).as("a refused form keeps what was typed and retour")
			.contains("Indiquez au moins un prénom.", "value=\"Dupont\"", "name=\"retour\" value=\"" + here + "\"");

		MvcResult added = this.pages.perform(ChildForms
			.childForm(this.pages.postAs(jean, "/compte/foyer/enfants/ajouter"), "Dupont", "Léo", "M", "3/3/2018")
			.param("retour", here));
		assertThat(added.getResponse().getRedirectedUrl()).isEqualTo(here);
		MvcResult adult = this.pages.perform(this.pages.postAs(jean, "/compte/foyer/adultes/ajouter")
			.param("relation", "CONJOINT")
			.param("civility", "MADAME")
			.param("lastName", "Dupont")
			.param("firstNames", "Anne")
			.param("birthDate", "01/01/1980")
			.param("retour", here));
		assertThat(adult.getResponse().getRedirectedUrl()).isEqualTo(here);

		String after = this.pages.page(jean, here);
		assertThat(after).contains("Léo Dupont, né le 03/03/2018", "Anne Dupont, née le 01/01/1980", "à vérifier")
			.doesNotContain("Aucun enfant déclaré.");
		assertThat(ChildForms.memberCount(this.jdbc, jean)).isEqualTo(2);
	}

	@Test
	void aReturnToAnotherSiteIsIgnored() throws Exception {
		Citizen jean = this.citizens.pending("Jean", Citizens.unique("Ailleurs"));
		assertThat(this.pages.page(jean, "/inscription/foyer?retour=%2F%2Fevil.example%2F"))
			.doesNotContain("evil.example");
		MvcResult added = this.pages.perform(ChildForms
			.childForm(this.pages.postAs(jean, "/compte/foyer/enfants/ajouter"), "Dupont", "Léo", "M", "3/3/2018")
			.param("retour", "//evil.example/"));
		assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/compte#foyer");
	}

	@Test
	void theStepAsksToSignInFirst() throws Exception {
		assertThat(this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/inscription/foyer"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/connexion");
	}

}
