package fr.comptecitoyen.request;

import fr.comptecitoyen.household.Household;
import fr.comptecitoyen.household.MemberFilter;
import fr.comptecitoyen.household.MemberView;
import fr.comptecitoyen.request.internal.RequestRepository;
import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import fr.comptecitoyen.support.Pages;
import fr.comptecitoyen.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A brand-new temporary account finishes an inscription scolaire (FAQ: "un compte
 * temporaire … vous permettra de finaliser votre demande"): its household is empty, so
 * the "pour qui ?" step offers to declare the child there, keeps what the step held, and
 * comes back to the same step of the same draft with the child to choose.
 */
@PortalTest
class TemporaryAccountSchoolEnrolmentTests {

	@Autowired
	Citizens citizens;

	@Autowired
	Pages pages;

	@Autowired
	RequestRepository requests;

	@Autowired
	Household household;

	DraftSteps steps;

	@BeforeEach
	void steps() {
		this.steps = new DraftSteps(this.pages, this.requests);
	}

	@Test
	void aPendingAccountDeclaresTheMissingChildFromThePourQuiStepAndSendsTheEnrolment() throws Exception {
		Citizen jean = this.citizens.pending().named("Jean", Citizens.unique("Nouveau")).withAddress().create();
		String id = this.steps.start(jean, "SCO");
		String path = DraftSteps.draftPath(id);

		String step = this.pages.page(jean, path);
		assertThat(step).contains("Aucun membre de votre foyer ne correspond à cette démarche",
				"Déclarer un enfant de mon foyer", "value=\"member:CHILD\"");

		MvcResult declare = this.pages.submit(jean, path, "_step", "0", "_action", "member:CHILD");
		String addPath = declare.getResponse().getRedirectedUrl();
		assertThat(addPath).isEqualTo("/compte/foyer/enfants/ajouter?retour=%2Fdemarches%2Fbrouillons%2F" + id);
		assertThat(this.pages.page(jean, addPath)).contains("Ajouter un enfant",
				"name=\"retour\" value=\"" + path + "\"", "sera vérifiée par la mairie avec votre compte");

		MvcResult added = this.pages.submit(jean, "/compte/foyer/enfants/ajouter", "lastName", jean.lastName(),
				"firstNames", "Léo", "sex", "M", "birthDate", "03/03/2019", "retour", path);
		assertThat(added.getResponse().getRedirectedUrl()).isEqualTo(path);
		MemberView leo = this.household.members(jean.id(), MemberFilter.children()).get(0);
		assertThat(leo.toCheck()).isTrue();

		String back = this.pages.page(jean, path);
		assertThat(back).as("the same step of the same draft, the child to choose")
			.contains("Enfant à inscrire", "value=\"" + leo.publicId() + "\"", "Léo " + jean.lastName())
			.doesNotContain("Aucun membre de votre foyer ne correspond");

		this.pages.submit(jean, path, "_step", "0", "_action", "next", "child", leo.publicId());
		this.pages.submit(jean, path, "_step", "1", "_action", "next", "school-year", "2026-2027", "level",
				"Cours préparatoire (CP)", "school", "École élémentaire Jules-Ferry");
		this.pages.submit(jean, path, "_step", "2", "_action", "next", "parent-email", jean.email(), "parent-phone",
				Citizens.PHONE, "parent-address.line", Citizens.LINE, "parent-address.postcode", "34200",
				"parent-address.commune", "Sète");
		this.pages.submit(jean, path, "_step", "3", "_action", "next", "pai", "false", "certify", "true");
		assertThat(this.pages.submit(jean, path + "/pieces", "_action", "next").getResponse().getRedirectedUrl())
			.isEqualTo(path);
		assertThat(this.pages.page(jean, path)).contains("Récapitulatif", "Léo " + jean.lastName());

		String sent = this.steps.send(jean, id, "cle-temporaire-0123456789");
		assertThat(sent).startsWith("/demarches/envoyee/2026-SCO-");
		String reference = sent.substring("/demarches/envoyee/".length());
		assertThat(this.pages.page(jean, "/demandes/" + reference)).contains("Inscription scolaire",
				"Léo " + jean.lastName());
	}

	@Test
	void anAdultsOnlyFieldOffersToDeclareAnAdultAndAStepWithoutMemberFieldNone() throws Exception {
		Citizen jean = this.citizens.pending().named("Jean", Citizens.unique("Sans")).withAddress().create();
		String id = this.steps.start(jean, "SCO");
		this.pages.submit(jean, DraftSteps.draftPath(id), "_step", "0", "_action", "member:ADULT");
		assertThat(this.steps.draft(id).getCurrentStep()).isZero();
		String page = this.pages.page(jean, DraftSteps.draftPath(id));
		assertThat(page).contains("Enfant à inscrire");
	}

}
