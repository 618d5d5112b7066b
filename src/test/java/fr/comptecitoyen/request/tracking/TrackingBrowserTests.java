package fr.comptecitoyen.request.tracking;

import fr.comptecitoyen.request.RequestLifecycle;
import fr.comptecitoyen.request.internal.Request;
import fr.comptecitoyen.support.BrowserTest;
import fr.comptecitoyen.support.Citizen;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen follows a sent request in a real browser, every page checked with axe: sees
 * it on Accueil, filters Mes Demandes by status, opens it and its timeline, reads the
 * acknowledgement in Mes messages, which then shows as read.
 */
class TrackingBrowserTests extends BrowserTest {

	@Autowired
	RequestLifecycle lifecycle;

	@Autowired
	TrackingData data;

	@Autowired
	fr.comptecitoyen.support.Mailbox mailbox;

	@Test
	void aCitizenFollowsASentRequestFromAccueilToItsAcknowledgement() {
		Citizen camille = this.data.citizen("Camille", "Martin");
		Request sent = this.data.submitted(camille, "ENC", RequestPageTests.ENC_ANSWERS);
		Request other = this.data.submitted(camille, "VOIRIE", "{}");
		this.lifecycle.accept(other.getReference(), "Agent", null);
		this.mailbox.drain();

		signIn(camille);
		visit("/");
		assertThat(pageText()).contains("Bonjour Camille", "Mes dernières demandes", "Enlèvement des encombrants",
				"Envoyée", "Acceptée", "3 messages non lus.");

		follow("Voir toutes mes demandes");
		assertThat(pageText()).contains("2 demandes", sent.getReference(), other.getReference());
		clickInPlace("label[for='statut-SUBMITTED']");
		press("Filtrer");
		assertThat(browser.getCurrentUrl()).contains("statut=SUBMITTED");
		assertThat(pageText()).contains("1 demande correspond aux filtres", sent.getReference())
			.doesNotContain(other.getReference());

		follow(sent.getReference());
		assertThat(pageText()).contains("Enlèvement des encombrants", "12 rue des Lilas", "Historique de la demande",
				"Demande envoyée", "par vous", "Retirer ma demande");
		follow("Retirer ma demande");
		assertThat(pageText()).contains("Voulez-vous retirer votre demande");
		follow("Non, revenir à ma demande");
		assertThat(pageText()).contains("Envoyée", "Historique de la demande");

		visit("/messages");
		assertThat(pageText()).contains("Accusé de réception de votre demande " + sent.getReference(), "Non lu");
		follow("Accusé de réception de votre demande " + sent.getReference());
		assertThat(pageText()).contains("Nous avons bien reçu votre demande", "Voir la demande");
		follow("Retour à mes messages");
		String readLine = browser
			.findElement(By
				.xpath("//li[a[contains(., 'Accusé de réception de votre demande " + sent.getReference() + "')]]"))
			.getText();
		assertThat(readLine).startsWith("Lu");
		visit("/");
		assertThat(pageText()).contains("2 messages non lus.");
	}

}
