package fr.comptecitoyen.request;

import java.util.List;
import java.util.Map;

import fr.comptecitoyen.account.internal.Account;
import fr.comptecitoyen.form.Answers;
import fr.comptecitoyen.household.MemberView;
import fr.comptecitoyen.request.internal.DraftService;
import fr.comptecitoyen.request.internal.Request;
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
class DraftTests extends RequestWebTest {

	@Autowired
	Drafts drafts;

	@Autowired
	JsonMapper json;

	@Test
	void visitorIsSentToTheAccountNeededPageAndBackToTheStart() throws Exception {
		MvcResult result = perform(
				org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/demarches/ENC/nouvelle"));
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/compte-requis?retour=/demarches/ENC/nouvelle");
	}

	@Test
	void unknownProcedureIsNotFound() throws Exception {
		Account camille = this.citizens.validated("Camille", "Martin");
		assertThat(perform(getAs(camille, "/demarches/NOPE/nouvelle")).getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void startPrefillsFromTheProfileAndPinsTheCurrentRevision() throws Exception {
		Account camille = this.citizens.validated("Camille", "Martin");
		String id = start(camille, "ENC");
		Request draft = draft(id);
		assertThat(draft.getStatus()).isEqualTo(RequestStatus.DRAFT);
		assertThat(draft.getProcedureRevision()).isEqualTo(1);
		assertThat(draft.getAccountId()).isEqualTo(camille.getId());
		assertThat(id).matches("[23456789A-HJ-NP-Z]{16}");
		Answers answers = Answers.fromJson(draft.getAnswers(), this.json);
		assertThat(answers.get("address"))
			.isEqualTo(Map.of("line", RequestCitizens.LINE, "postcode", "34200", "commune", "Sète"));
		assertThat(answers.text("phone")).isEqualTo(RequestCitizens.PHONE);

		String html = page(camille, draftPath(id));
		assertThat(html).contains("Étape 1 sur 3 : Adresse d’enlèvement", "value=\"8 rue des Tamaris\"",
				"Enregistrer en brouillon", "/js/autosave.js");
	}

	@Test
	void memberPickerOffersTheHouseholdChildrenAndTheHolderWhereAdultsAreAccepted() throws Exception {
		Account camille = this.citizens.validated("Camille", "Martin");
		MemberView lea = this.citizens.child(camille, "Léa", 7);
		this.citizens.child(camille, "Bébé", 0);
		String school = page(camille, draftPath(start(camille, "SCO")));
		assertThat(school).contains("Léa Martin", "value=\"" + lea.publicId() + "\"")
			.doesNotContain("Bébé Martin")
			.doesNotContain("value=\"titulaire\"");

		String id = start(camille, "SCO");
		postAs(camille, draftPath(id), "_step", "0", "_action", "next", "child", lea.publicId());
		Request draft = draft(id);
		assertThat(draft.getCurrentStep()).isEqualTo(1);
		assertThat(draft.getMemberPublicId()).isEqualTo(lea.publicId());
		assertThat(draft.getMemberName()).isEqualTo("Léa Martin");
		assertThat(this.drafts.of(camille.getId())).extracting(DraftView::memberName).contains("Léa Martin");
	}

	@Test
	void memberOfAnotherHouseholdIsRefusedAndNotKept() throws Exception {
		Account camille = this.citizens.validated("Camille", "Martin");
		Account other = this.citizens.validated("Paul", "Durand");
		MemberView stranger = this.citizens.child(other, "Jules", 6);
		String id = start(camille, "SCO");
		String html = postAs(camille, draftPath(id), "_step", "0", "_action", "next", "child", stranger.publicId())
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Choisissez une personne parmi celles proposées.").doesNotContain("Jules");
		assertThat(draft(id).getCurrentStep()).isZero();
		assertThat(draft(id).getMemberName()).isNull();
	}

	@Test
	void saveAsDraftKeepsInvalidTypingAndResumeLandsOnThatStep() throws Exception {
		Account camille = this.citizens.validated("Camille", "Martin");
		String id = start(camille, "ENC");
		postAs(camille, draftPath(id), "_step", "0", "_action", "next", "address.line", "8 rue des Tamaris",
				"address.postcode", "34200", "address.commune", "Sète");
		MvcResult saved = postAs(camille, draftPath(id), "_step", "1", "_action", "save", "items[0]._row", "",
				"items[0].kind", "Meuble", "items[0].quantity", "99");
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(draftPath(id) + "?enregistre=1");
		String confirmation = page(camille, saved.getResponse().getRedirectedUrl());
		assertThat(confirmation).contains("Brouillon enregistré le ").doesNotContain("error-summary");

		String resumed = page(camille, draftPath(id));
		assertThat(resumed).contains("Étape 2 sur 3 : Objets à enlever", "value=\"99\"")
			.containsPattern("<option[^>]*value=\"Meuble\"[^>]*selected");
		assertThat(this.drafts.of(camille.getId())).singleElement().satisfies((view) -> {
			assertThat(view.title()).isEqualTo("Enlèvement des encombrants");
			assertThat(view.resumeUrl()).isEqualTo(draftPath(id));
			assertThat(view.lastSaved()).isEqualTo(draft(id).getUpdatedAt());
		});
	}

	@Test
	void failedStepKeepsWhatWasTypedAndResumesThere() throws Exception {
		Account camille = this.citizens.validated("Camille", "Martin");
		String id = start(camille, "ENC");
		postAs(camille, draftPath(id), "_step", "0", "_action", "next", "address.line", "8 rue des Tamaris",
				"address.postcode", "34200", "address.commune", "Sète");
		String failed = postAs(camille, draftPath(id), "_step", "1", "_action", "next", "items[0]._row", "",
				"items[0].kind", "Autre", "items[0].quantity", "30")
			.getResponse()
			.getContentAsString();
		assertThat(failed).contains("error-summary", "Saisissez un nombre inférieur ou égal à 20.", "value=\"30\"");

		String resumed = page(camille, draftPath(id));
		assertThat(resumed).contains("Étape 2 sur 3", "value=\"30\"").doesNotContain("error-summary");
		assertThat(draft(id).getCurrentStep()).isEqualTo(1);
	}

	@Test
	void rowsAreAddedAndRemovedWithoutJavaScriptAndKept() throws Exception {
		Account camille = this.citizens.validated("Camille", "Martin");
		String id = start(camille, "ENC");
		postAs(camille, draftPath(id), "_step", "1", "_action", "add:items", "items[0]._row", "", "items[0].kind",
				"Meuble", "items[0].quantity", "2");
		assertThat(page(camille, draftPath(id))).contains("id=\"f-items-1-kind\"", "value=\"2\"");
		postAs(camille, draftPath(id), "_step", "1", "_action", "remove:items:0", "items[0]._row", "", "items[0].kind",
				"Meuble", "items[0].quantity", "2", "items[1]._row", "", "items[1].kind", "Matelas");
		List<Map<String, Object>> rows = Answers.fromJson(draft(id).getAnswers(), this.json).rows("items");
		assertThat(rows).singleElement().satisfies((row) -> assertThat(row).containsEntry("kind", "Matelas"));
	}

	@Test
	void autosaveStoresTheStepAsTypedAndAnswersNoContent() throws Exception {
		Account camille = this.citizens.validated("Camille", "Martin");
		String id = start(camille, "ENC");
		MvcResult result = postAs(camille, draftPath(id) + "/enregistrement", "_step", "0", "address.line", "1 quai",
				"access", "Sonnez fort");
		assertThat(result.getResponse().getStatus()).isEqualTo(204);
		Answers answers = Answers.fromJson(draft(id).getAnswers(), this.json);
		assertThat(answers.text("access")).isEqualTo("Sonnez fort");
		assertThat(answers.get("address")).isEqualTo(Map.of("line", "1 quai"));
	}

	@Test
	void draftIsDeletedThroughAConfirmationPage() throws Exception {
		Account camille = this.citizens.validated("Camille", "Martin");
		String id = start(camille, "ENC");
		assertThat(page(camille, draftPath(id) + "/supprimer")).contains("Supprimer le brouillon",
				"Enlèvement des encombrants");
		assertThat(this.requests.findByPublicIdAndAccountId(id, camille.getId())).isPresent();
		postAs(camille, draftPath(id) + "/supprimer");
		assertThat(this.requests.findByPublicIdAndAccountId(id, camille.getId())).isEmpty();
		assertThat(this.drafts.of(camille.getId())).isEmpty();
	}

	@Test
	void secondStartWithinMomentsReusesTheUntouchedDraft() throws Exception {
		Account camille = this.citizens.validated("Camille", "Martin");
		String first = start(camille, "ENC");
		assertThat(start(camille, "ENC")).isEqualTo(first);
		postAs(camille, draftPath(first), "_step", "0", "_action", "save", "access", "x");
		assertThat(start(camille, "ENC")).as("a draft already worked on is kept apart").isNotEqualTo(first);
	}

	@Test
	void someoneElsesDraftIsNotFound() throws Exception {
		Account camille = this.citizens.validated("Camille", "Martin");
		Account paul = this.citizens.validated("Paul", "Durand");
		String id = start(camille, "ENC");
		assertThat(perform(getAs(paul, draftPath(id))).getResponse().getStatus()).isEqualTo(404);
		assertThat(postAs(paul, draftPath(id), "_step", "0", "_action", "save", "access", "pirate").getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(postAs(paul, draftPath(id) + "/enregistrement", "_step", "0").getResponse().getStatus())
			.isEqualTo(404);
		assertThat(perform(getAs(paul, draftPath(id) + "/supprimer")).getResponse().getStatus()).isEqualTo(404);
		assertThat(postAs(paul, draftPath(id) + "/supprimer").getResponse().getStatus()).isEqualTo(404);
		assertThat(this.drafts.of(paul.getId())).isEmpty();
		assertThat(Answers.fromJson(draft(id).getAnswers(), this.json).text("access")).isNull();
	}

	@Test
	void draftPagesNeedSigningIn() throws Exception {
		Account camille = this.citizens.validated("Camille", "Martin");
		String id = start(camille, "ENC");
		String location = perform(
				org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(draftPath(id)))
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).contains("/connexion");
	}

	@Test
	void refusedAccountGetsAnExplanationAndNoDraft() throws Exception {
		Account suspended = this.citizens.validated("Sam", "Suspendu");
		suspended.suspend("Mairie", "Usage abusif", this.clock.instant());
		this.citizens.save(suspended);
		MvcResult result = perform(getAs(suspended, "/demarches/ENC/nouvelle"));
		assertThat(result.getResponse().getStatus()).isEqualTo(403);
		assertThat(result.getResponse().getContentAsString()).contains("Votre Compte Citoyen est suspendu",
				"Aucune demande n’a été créée ni envoyée.");
		assertThat(this.drafts.of(suspended.getId())).isEmpty();
	}

	@Test
	void draftStepIsKeptWhenTheSummaryIsReachedAndResumesThere() throws Exception {
		Account camille = this.citizens.validated("Camille", "Martin");
		String id = start(camille, "ENC");
		fillBulkyItems(camille, id);
		assertThat(draft(id).getCurrentStep()).isEqualTo(DraftService.SUMMARY);
		assertThat(page(camille, draftPath(id))).contains("Récapitulatif", "Envoyer ma demande", "Modifier",
				"name=\"submissionKey\"");
	}

}
