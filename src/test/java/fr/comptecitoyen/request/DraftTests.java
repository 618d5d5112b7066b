package fr.comptecitoyen.request;

import java.util.List;
import java.util.Map;

import fr.comptecitoyen.form.Answers;
import fr.comptecitoyen.household.MemberView;
import fr.comptecitoyen.request.internal.DraftService;
import fr.comptecitoyen.request.internal.Request;
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
 * Drafts: started prefilled from the profile and the household, saved as typed on every
 * step (even when invalid), resumed on the step where the citizen stopped, autosaved,
 * listed and deleted.
 */
@PortalTest
class DraftTests {

	@Autowired
	Citizens citizens;

	@Autowired
	Pages pages;

	@Autowired
	RequestRepository requests;

	DraftSteps steps;

	@BeforeEach
	void steps() {
		this.steps = new DraftSteps(this.pages, this.requests);
	}

	@Autowired
	Drafts drafts;

	@Autowired
	JsonMapper json;

	@Test
	void visitorIsSentToTheAccountNeededPageAndBackToTheStart() throws Exception {
		MvcResult result = this.pages.perform(
				org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/demarches/ENC/nouvelle"));
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/compte-requis?retour=/demarches/ENC/nouvelle");
		MvcResult pressed = this.pages.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/demarches/ENC/nouvelle")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()));
		assertThat(pressed.getResponse().getRedirectedUrl()).isEqualTo("/compte-requis?retour=/demarches/ENC/nouvelle");
	}

	@Test
	void unknownProcedureIsNotFound() throws Exception {
		Citizen camille = this.citizens.validated().named("Camille", "Martin").withAddress().create();
		assertThat(this.pages.perform(this.pages.getAs(camille, "/demarches/NOPE/nouvelle")).getResponse().getStatus())
			.isEqualTo(404);
		assertThat(this.pages.submit(camille, "/demarches/NOPE/nouvelle").getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void startPrefillsFromTheProfileAndPinsTheCurrentRevision() throws Exception {
		Citizen camille = this.citizens.validated().named("Camille", "Martin").withAddress().create();
		String id = this.steps.start(camille, "ENC");
		Request draft = this.steps.draft(id);
		assertThat(draft.getStatus()).isEqualTo(RequestStatus.DRAFT);
		assertThat(draft.getProcedureRevision()).isEqualTo(1);
		assertThat(draft.getAccountId()).isEqualTo(camille.getId());
		assertThat(id).matches("[23456789A-HJ-NP-Z]{16}");
		Answers answers = Answers.fromJson(draft.getAnswers(), this.json);
		assertThat(answers.get("address"))
			.isEqualTo(Map.of("line", Citizens.LINE, "postcode", "34200", "commune", "Sète"));
		assertThat(answers.text("phone")).isEqualTo(Citizens.PHONE);

		String html = this.pages.page(camille, DraftSteps.draftPath(id));
		assertThat(html).contains("Étape 1 sur 3 : Adresse d’enlèvement", "value=\"8 rue des Tamaris\"",
				"Enregistrer en brouillon", "/js/autosave.js");
	}

	@Test
	void memberPickerOffersTheHouseholdChildrenAndTheHolderWhereAdultsAreAccepted() throws Exception {
		Citizen camille = this.citizens.validated().named("Camille", "Martin").withAddress().create();
		MemberView lea = this.citizens.addChild(camille, "Léa", 7);
		this.citizens.addChild(camille, "Bébé", 0);
		String school = this.pages.page(camille, DraftSteps.draftPath(this.steps.start(camille, "SCO")));
		assertThat(school).contains("Léa Martin", "value=\"" + lea.publicId() + "\"")
			.doesNotContain("Bébé Martin")
			.doesNotContain("value=\"titulaire\"");

		String id = this.steps.start(camille, "SCO");
		this.pages.submit(camille, DraftSteps.draftPath(id), "_step", "0", "_action", "next", "child", lea.publicId());
		Request draft = this.steps.draft(id);
		assertThat(draft.getCurrentStep()).isEqualTo(1);
		assertThat(draft.getMemberPublicId()).isEqualTo(lea.publicId());
		assertThat(draft.getMemberName()).isEqualTo("Léa Martin");
		assertThat(this.drafts.of(camille.getId())).extracting(DraftView::memberName).contains("Léa Martin");
	}

	@Test
	void memberOfAnotherHouseholdIsRefusedAndNotKept() throws Exception {
		Citizen camille = this.citizens.validated().named("Camille", "Martin").withAddress().create();
		Citizen other = this.citizens.validated().named("Paul", "Durand").withAddress().create();
		MemberView stranger = this.citizens.addChild(other, "Jules", 6);
		String id = this.steps.start(camille, "SCO");
		String html = this.pages
			.submit(camille, DraftSteps.draftPath(id), "_step", "0", "_action", "next", "child", stranger.publicId())
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Choisissez une personne parmi celles proposées.").doesNotContain("Jules");
		assertThat(this.steps.draft(id).getCurrentStep()).isZero();
		assertThat(this.steps.draft(id).getMemberName()).isNull();
	}

	@Test
	void saveAsDraftKeepsInvalidTypingAndResumeLandsOnThatStep() throws Exception {
		Citizen camille = this.citizens.validated().named("Camille", "Martin").withAddress().create();
		String id = this.steps.start(camille, "ENC");
		this.pages.submit(camille, DraftSteps.draftPath(id), "_step", "0", "_action", "next", "address.line",
				"8 rue des Tamaris", "address.postcode", "34200", "address.commune", "Sète");
		MvcResult saved = this.pages.submit(camille, DraftSteps.draftPath(id), "_step", "1", "_action", "save",
				"items[0]._row", "", "items[0].kind", "Meuble", "items[0].quantity", "99");
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(DraftSteps.draftPath(id) + "?enregistre=1");
		String confirmation = this.pages.page(camille, saved.getResponse().getRedirectedUrl());
		assertThat(confirmation).contains("Brouillon enregistré le ").doesNotContain("error-summary");

		String resumed = this.pages.page(camille, DraftSteps.draftPath(id));
		assertThat(resumed).contains("Étape 2 sur 3 : Objets à enlever", "value=\"99\"")
			.containsPattern("<option[^>]*value=\"Meuble\"[^>]*selected");
		assertThat(this.drafts.of(camille.getId())).singleElement().satisfies((view) -> {
			assertThat(view.title()).isEqualTo("Enlèvement des encombrants");
			assertThat(view.resumeUrl()).isEqualTo(DraftSteps.draftPath(id));
			assertThat(view.lastSaved()).isEqualTo(this.steps.draft(id).getUpdatedAt());
		});
	}

	@Test
	void failedStepKeepsWhatWasTypedAndResumesThere() throws Exception {
		Citizen camille = this.citizens.validated().named("Camille", "Martin").withAddress().create();
		String id = this.steps.start(camille, "ENC");
		this.pages.submit(camille, DraftSteps.draftPath(id), "_step", "0", "_action", "next", "address.line",
				"8 rue des Tamaris", "address.postcode", "34200", "address.commune", "Sète");
		String failed = this.pages
			.submit(camille, DraftSteps.draftPath(id), "_step", "1", "_action", "next", "items[0]._row", "",
					"items[0].kind", "Autre", "items[0].quantity", "30")
			.getResponse()
			.getContentAsString();
		assertThat(failed).contains("error-summary", "Saisissez un nombre inférieur ou égal à 20.", "value=\"30\"");

		String resumed = this.pages.page(camille, DraftSteps.draftPath(id));
		assertThat(resumed).contains("Étape 2 sur 3", "value=\"30\"").doesNotContain("error-summary");
		assertThat(this.steps.draft(id).getCurrentStep()).isEqualTo(1);
	}

	@Test
	void rowsAreAddedAndRemovedWithoutJavaScriptAndKept() throws Exception {
		Citizen camille = this.citizens.validated().named("Camille", "Martin").withAddress().create();
		String id = this.steps.start(camille, "ENC");
		this.pages.submit(camille, DraftSteps.draftPath(id), "_step", "1", "_action", "add:items", "items[0]._row", "",
				"items[0].kind", "Meuble", "items[0].quantity", "2");
		assertThat(this.pages.page(camille, DraftSteps.draftPath(id))).contains("id=\"f-items-1-kind\"", "value=\"2\"");
		this.pages.submit(camille, DraftSteps.draftPath(id), "_step", "1", "_action", "remove:items:0", "items[0]._row",
				"", "items[0].kind", "Meuble", "items[0].quantity", "2", "items[1]._row", "", "items[1].kind",
				"Matelas");
		List<Map<String, Object>> rows = Answers.fromJson(this.steps.draft(id).getAnswers(), this.json).rows("items");
		assertThat(rows).singleElement().satisfies((row) -> assertThat(row).containsEntry("kind", "Matelas"));
	}

	@Test
	void autosaveStoresTheStepAsTypedAndAnswersNoContent() throws Exception {
		Citizen camille = this.citizens.validated().named("Camille", "Martin").withAddress().create();
		String id = this.steps.start(camille, "ENC");
		MvcResult result = this.pages.submit(camille, DraftSteps.draftPath(id) + "/enregistrement", "_step", "0",
				"address.line", "1 quai", "access", "Sonnez fort");
		assertThat(result.getResponse().getStatus()).isEqualTo(204);
		Answers answers = Answers.fromJson(this.steps.draft(id).getAnswers(), this.json);
		assertThat(answers.text("access")).isEqualTo("Sonnez fort");
		assertThat(answers.get("address")).isEqualTo(Map.of("line", "1 quai"));
	}

	@Test
	void draftIsDeletedThroughAConfirmationPage() throws Exception {
		Citizen camille = this.citizens.validated().named("Camille", "Martin").withAddress().create();
		String id = this.steps.start(camille, "ENC");
		assertThat(this.pages.page(camille, DraftSteps.draftPath(id) + "/supprimer")).contains("Supprimer le brouillon",
				"Enlèvement des encombrants");
		assertThat(this.requests.findByPublicIdAndAccountId(id, camille.getId())).isPresent();
		this.pages.submit(camille, DraftSteps.draftPath(id) + "/supprimer");
		assertThat(this.requests.findByPublicIdAndAccountId(id, camille.getId())).isEmpty();
		assertThat(this.drafts.of(camille.getId())).isEmpty();
	}

	@Test
	void secondStartWithinMomentsReusesTheUntouchedDraft() throws Exception {
		Citizen camille = this.citizens.validated().named("Camille", "Martin").withAddress().create();
		String first = this.steps.start(camille, "ENC");
		assertThat(this.steps.start(camille, "ENC")).isEqualTo(first);
		this.pages.submit(camille, DraftSteps.draftPath(first), "_step", "0", "_action", "save", "access", "x");
		assertThat(this.steps.start(camille, "ENC")).as("a draft already worked on is kept apart").isNotEqualTo(first);
	}

	@Test
	void someoneElsesDraftIsNotFound() throws Exception {
		Citizen camille = this.citizens.validated().named("Camille", "Martin").withAddress().create();
		Citizen paul = this.citizens.validated().named("Paul", "Durand").withAddress().create();
		String id = this.steps.start(camille, "ENC");
		assertThat(this.pages.perform(this.pages.getAs(paul, DraftSteps.draftPath(id))).getResponse().getStatus())
			.isEqualTo(404);
		assertThat(
				this.pages.submit(paul, DraftSteps.draftPath(id), "_step", "0", "_action", "save", "access", "pirate")
					.getResponse()
					.getStatus())
			.isEqualTo(404);
		assertThat(this.pages.submit(paul, DraftSteps.draftPath(id) + "/enregistrement", "_step", "0")
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(this.pages.perform(this.pages.getAs(paul, DraftSteps.draftPath(id) + "/supprimer"))
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(this.pages.submit(paul, DraftSteps.draftPath(id) + "/supprimer").getResponse().getStatus())
			.isEqualTo(404);
		assertThat(this.drafts.of(paul.getId())).isEmpty();
		assertThat(Answers.fromJson(this.steps.draft(id).getAnswers(), this.json).text("access")).isNull();
	}

	@Test
	void draftPagesNeedSigningIn() throws Exception {
		Citizen camille = this.citizens.validated().named("Camille", "Martin").withAddress().create();
		String id = this.steps.start(camille, "ENC");
		String location = this.pages
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(DraftSteps.draftPath(id)))
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).contains("/connexion");
	}

	@Test
	void refusedAccountGetsAnExplanationAndNoDraft() throws Exception {
		Citizen suspended = this.citizens.validated().named("Sam", "Suspendu").withAddress().create();
		this.citizens.suspend(suspended, "Usage abusif");
		MvcResult result = this.pages.submit(suspended, "/demarches/ENC/nouvelle");
		assertThat(result.getResponse().getStatus()).isEqualTo(403);
		assertThat(result.getResponse().getContentAsString()).contains("Votre Compte Citoyen est suspendu",
				"Aucune demande n’a été créée ni envoyée.");
		assertThat(this.drafts.of(suspended.getId())).isEmpty();
	}

	@Test
	void draftStepIsKeptWhenTheSummaryIsReachedAndResumesThere() throws Exception {
		Citizen camille = this.citizens.validated().named("Camille", "Martin").withAddress().create();
		String id = this.steps.start(camille, "ENC");
		this.steps.fillBulkyItems(camille, id);
		assertThat(this.steps.draft(id).getCurrentStep()).isEqualTo(DraftService.SUMMARY);
		assertThat(this.pages.page(camille, DraftSteps.draftPath(id))).contains("Récapitulatif", "Envoyer ma demande",
				"Modifier", "name=\"submissionKey\"");
	}

}
