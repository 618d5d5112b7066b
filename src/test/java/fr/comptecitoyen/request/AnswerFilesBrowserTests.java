package fr.comptecitoyen.request;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import fr.comptecitoyen.request.internal.Request;
import fr.comptecitoyen.request.tracking.TrackingData;
import fr.comptecitoyen.support.BrowserTest;
import fr.comptecitoyen.support.Citizen;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camille Martin answers the department's question with a text and a photo, first with a
 * file of the wrong kind (refused next to the file input, her text kept), then with the
 * right one; axe, the HTML checker and the 320-pixel layout pass on every page.
 */
class AnswerFilesBrowserTests extends BrowserTest {

	@Autowired
	TrackingData data;

	@Autowired
	RequestLifecycle lifecycle;

	@Test
	void camilleAnswersTheDepartmentWithAPhoto() throws IOException {
		Citizen camille = this.data.citizen("Camille", "Martin");
		Request request = this.data.submitted(camille, "ENC", "{}");
		this.lifecycle.askCitizen(request.getReference(), "Agent", "Envoyez une photo des objets.");
		Path photo = Files.createTempFile("objets-", ".jpg");
		Files.write(photo, SampleFiles.jpeg());
		Path fake = Files.createTempFile("objets-", ".png");
		Files.write(fake, SampleFiles.html());

		signIn(camille);
		visit("/demandes/" + request.getReference());
		assertThat(pageText()).contains("Envoyez une photo des objets.", "Joindre des fichiers (facultatif)");
		type("message", "Voici la photo des objets.");
		find("#answer-files").sendKeys(fake.toString());
		press("Envoyer ma réponse");
		assertThat(pageText()).contains("n’est pas dans un format accepté");
		assertThat(find("#message").getAttribute("value")).isEqualTo("Voici la photo des objets.");

		find("#answer-files").sendKeys(photo.toString());
		press("Envoyer ma réponse");
		assertThat(pageText()).contains("Réponse envoyée", "Voici la photo des objets.");
	}

}
