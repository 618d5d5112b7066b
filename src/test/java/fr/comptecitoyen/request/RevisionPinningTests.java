package fr.comptecitoyen.request;

import java.util.Map;

import fr.comptecitoyen.account.internal.Account;
import fr.comptecitoyen.catalogue.Catalogue;
import fr.comptecitoyen.catalogue.CatalogueChanges;
import fr.comptecitoyen.request.internal.Request;
import fr.comptecitoyen.request.internal.Submission;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A procedure file changes while a draft is open: the draft stays on the revision it
 * started on, resumes and is sent with it; new drafts take the new revision.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RevisionPinningTests extends RequestWebTest {

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
		Account camille = this.citizens.validated("Camille", "Martin");
		String id = start(camille, "ENC");
		int before = this.catalogue.find("ENC").orElseThrow().revision();
		postAs(camille, draftPath(id), "_step", "0", "_action", "next", "address.line", RequestCitizens.LINE,
				"address.postcode", "34200", "address.commune", "Sète", "access", "Portail bleu");

		String changed = CatalogueChanges.shipped(FILE)
			.replace("title: Enlèvement des encombrants", "title: Collecte des encombrants")
			.replace("      - {key: phone, type: phone,",
					"      - {key: floor, type: short-text, label: Étage du logement}\n      - {key: phone, type: phone,");
		CatalogueChanges.reload(this.catalogue, Map.of(FILE, changed));
		assertThat(this.catalogue.find("ENC").orElseThrow().revision()).isEqualTo(before + 1);

		String resumed = page(camille, draftPath(id));
		assertThat(resumed).contains("Enlèvement des encombrants", "Étape 2 sur 3 : Objets à enlever")
			.doesNotContain("Collecte des encombrants");
		postAs(camille, draftPath(id), "_step", "1", "_action", "next", "items[0]._row", "", "items[0].kind", "Meuble",
				"items[0].quantity", "2");
		assertThat(page(camille, draftPath(id))).contains("Étape 3 sur 3 : Contact").doesNotContain("Étage");
		postAs(camille, draftPath(id), "_step", "2", "_action", "next", "phone", RequestCitizens.PHONE, "commitment",
				"true");
		assertThat(send(camille, id, this.submission.newKey())).startsWith("/demarches/envoyee/");

		Request sent = draft(id);
		assertThat(sent.getStatus()).isEqualTo(RequestStatus.SUBMITTED);
		assertThat(sent.getProcedureRevision()).isEqualTo(before);
		assertThat(sent.getAnswers()).doesNotContain("floor");
		assertThat(page(camille, "/demarches/envoyee/" + sent.getReference())).contains("Enlèvement des encombrants");
		assertThat(perform(getAs(camille, "/demandes/" + sent.getReference() + "/recu.pdf")).getResponse().getStatus())
			.isEqualTo(200);

		String fresh = start(camille, "ENC");
		assertThat(draft(fresh).getProcedureRevision()).isEqualTo(before + 1);
		postAs(camille, draftPath(fresh), "_step", "2", "_action", "save");
		assertThat(page(camille, draftPath(fresh))).contains("Collecte des encombrants", "Étage du logement");
	}

}
