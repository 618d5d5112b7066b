package fr.comptecitoyen.catalogue;

import fr.comptecitoyen.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The "Les Services" tab as a visitor sees it: procedures by category, a server-side
 * search that ignores accents, a page per procedure and the form preview.
 */
@PortalTest
class ServicesPageTests {

	@Autowired
	MockMvc mvc;

	@Test
	void catalogueListsTheProceduresByCategory() throws Exception {
		String page = page("/services");
		assertThat(page).contains(">Scolaire<", ">Citoyenneté<", ">Services techniques<", ">État civil<",
				"Inscription scolaire", "Enlèvement des encombrants", "Recensement citoyen obligatoire",
				"href=\"/services/encombrants\"", "Demande d’acte de naissance");
		assertThat(page.indexOf("Inscription scolaire")).isLessThan(page.indexOf("Recensement citoyen"));
		assertThat(page.indexOf("Recensement citoyen")).isLessThan(page.indexOf("Enlèvement des encombrants"));
	}

	@Test
	void searchIgnoresAccentsAndCase() throws Exception {
		String page = page("/services?q=ECOLE");
		assertThat(page).contains("Inscription scolaire", "Demande de dérogation de secteur scolaire")
			.doesNotContain("Enlèvement des encombrants");
		assertThat(page("/services?q=encombrants")).contains("Une démarche trouvée pour « encombrants »",
				"Enlèvement des encombrants");
		assertThat(page("/services?q=demenagement")).contains("Demande d’occupation temporaire du domaine public");
		assertThat(page("/services?q=piscine")).contains("Aucune démarche ne correspond à « piscine »");
	}

	@Test
	void procedurePageTellsWhatWhoDocumentsAndTime() throws Exception {
		String page = page("/services/inscription-scolaire");
		assertThat(page).contains("<h1>Inscription scolaire</h1>", "Qui peut faire cette démarche ?",
				"Cette démarche se fait avec un Compte Citoyen", "Livret de famille",
				"Justificatif de domicile de moins de trois mois", "Carnet de santé",
				"(vous pouvez aussi l’apporter au guichet)", "Délai de traitement", "15 jours",
				"action=\"/demarches/SCO/nouvelle\"", ">Commencer<", "href=\"/services/inscription-scolaire/apercu\"");
	}

	@Test
	void procedurePageAnswersToItsCodeToo() throws Exception {
		assertThat(page("/services/enc")).contains("<h1>Enlèvement des encombrants</h1>");
		this.mvc.perform(get("/services/nulle-part")).andExpect(status().isNotFound());
	}

	@Test
	void everyProcedurePreviewOpensOnItsFirstStep() throws Exception {
		for (String slug : new String[] { "inscription-scolaire", "restauration-periscolaire",
				"derogation-secteur-scolaire", "recensement-citoyen", "attestation-accueil", "encombrants",
				"signalement-voie-publique", "occupation-domaine-public" }) {
			assertThat(page("/services/" + slug + "/apercu")).as(slug)
				.contains("Aperçu du formulaire (rien n’est envoyé).", "Étape 1 sur");
		}
	}

	@Test
	void previewStepWithErrorsKeepsWhatWasTyped() throws Exception {
		String page = this.mvc
			.perform(post("/services/encombrants/apercu").with(csrf())
				.param("_step", "0")
				.param("_answers", "{}")
				.param("_action", "next")
				.param("address.line", "3 impasse des Lilas")
				.param("address.postcode", "3499")
				.param("address.commune", "Val"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Le formulaire contient des erreurs", "href=\"#f-address-postcode\"",
				"Saisissez un code postal de 5 chiffres.", "value=\"3 impasse des Lilas\"", "value=\"3499\"",
				"aria-invalid=\"true\"");
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
