package fr.comptecitoyen.request;

import java.util.Map;

import fr.comptecitoyen.catalogue.Catalogue;
import fr.comptecitoyen.catalogue.CatalogueChanges;
import fr.comptecitoyen.request.internal.Request;
import fr.comptecitoyen.request.internal.RequestRepository;
import fr.comptecitoyen.request.internal.Submission;
import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import fr.comptecitoyen.support.Pages;
import fr.comptecitoyen.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A procedure file changes while a draft is open: the draft stays on the revision it
 * started on, resumes and is sent with it; new drafts take the new revision.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@PortalTest
class RevisionPinningTests {

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

	private static final String FILE = "encombrants.yml";

	@Autowired
	Catalogue catalogue;

	@Autowired
	Submission submission;

	@AfterEach
	void restoreTheShippedFile() {
		CatalogueChanges.reload(this.catalogue, Map.of());
	}

	@Test
	void draftStartedOnRevisionOneResumesAndIsSentOnItAfterTheFileChanged() throws Exception {
		Citizen camille = this.citizens.validated().named("Camille", "Martin").withAddress().create();
		String id = this.steps.start(camille, "ENC");
		int before = this.catalogue.find("ENC").orElseThrow().revision();
		this.pages.submit(camille, DraftSteps.draftPath(id), "_step", "0", "_action", "next", "address.line",
				Citizens.LINE, "address.postcode", "34200", "address.commune", "Sète", "access", "Portail bleu");

		String changed = CatalogueChanges.shipped(FILE)
			.replace("title: Enlèvement des encombrants", "title: Collecte des encombrants")
			.replace("      - {key: phone, type: phone,",
					"      - {key: floor, type: short-text, label: Étage du logement}\n      - {key: phone, type: phone,");
		CatalogueChanges.reload(this.catalogue, Map.of(FILE, changed));
		assertThat(this.catalogue.find("ENC").orElseThrow().revision()).isEqualTo(before + 1);

		String resumed = this.pages.page(camille, DraftSteps.draftPath(id));
		assertThat(resumed).contains("Enlèvement des encombrants", "Étape 2 sur 3 : Objets à enlever")
			.doesNotContain("Collecte des encombrants");
		this.pages.submit(camille, DraftSteps.draftPath(id), "_step", "1", "_action", "next", "items[0]._row", "",
				"items[0].kind", "Meuble", "items[0].quantity", "2");
		assertThat(this.pages.page(camille, DraftSteps.draftPath(id))).contains("Étape 3 sur 3 : Contact")
			.doesNotContain("Étage");
		this.pages.submit(camille, DraftSteps.draftPath(id), "_step", "2", "_action", "next", "phone", Citizens.PHONE,
				"commitment", "true");
		assertThat(this.steps.send(camille, id, this.submission.newKey())).startsWith("/demarches/envoyee/");

		Request sent = this.steps.draft(id);
		assertThat(sent.getStatus()).isEqualTo(RequestStatus.SUBMITTED);
		assertThat(sent.getProcedureRevision()).isEqualTo(before);
		assertThat(sent.getAnswers()).doesNotContain("floor");
		assertThat(this.pages.page(camille, "/demarches/envoyee/" + sent.getReference()))
			.contains("Enlèvement des encombrants");
		assertThat(this.pages.perform(this.pages.getAs(camille, "/demandes/" + sent.getReference() + "/recu.pdf"))
			.getResponse()
			.getStatus()).isEqualTo(200);

		String fresh = this.steps.start(camille, "ENC");
		assertThat(this.steps.draft(fresh).getProcedureRevision()).isEqualTo(before + 1);
		this.pages.submit(camille, DraftSteps.draftPath(fresh), "_step", "2", "_action", "save");
		assertThat(this.pages.page(camille, DraftSteps.draftPath(fresh))).contains("Collecte des encombrants",
				"Étage du logement");
	}

}
