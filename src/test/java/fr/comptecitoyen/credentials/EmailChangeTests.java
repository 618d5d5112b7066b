package fr.comptecitoyen.credentials;

import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import fr.comptecitoyen.support.Client;
import fr.comptecitoyen.support.Mailbox;
import fr.comptecitoyen.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new email address changes nothing until confirmed from that address; the old one is
 * told. A pending account cannot change it.
 */
@PortalTest
class EmailChangeTests {

	@Autowired
	Mailbox mailbox;

	@Autowired
	Citizens citizens;

	@Test
	void aPendingAccountIsToldItCannotChangeItsAddressYet() throws Exception {
		Citizen account = this.citizens.pending().create();
		Client browser = this.citizens.signedIn(account);
		String page = browser
			.post("/compte/securite/courriel", "email", "nouvelle@example.test", "currentPassword", Citizens.PASSWORD)
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("en attente de validation", "nouvelle@example.test");
		assertThat(this.citizens.reload(account).getEmail()).isEqualTo(account.getEmail());
	}

	@Test
	void theChangeHappensWhenTheLinkSentToTheNewAddressIsOpened() throws Exception {
		Citizen account = this.citizens.validated().create();
		String newAddress = "nouvelle-" + System.nanoTime() + "@example.test";
		Client browser = this.citizens.signedIn(account);
		assertThat(browser
			.post("/compte/securite/courriel", "email", "pas-une-adresse", "currentPassword", Citizens.PASSWORD)
			.getResponse()
			.getContentAsString()).contains("Saisissez une adresse électronique valide");
		String refused = browser.post("/compte/securite/courriel", "email", newAddress, "currentPassword", "pas le bon")
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("Le mot de passe actuel est incorrect", "id=\"currentPassword-error\"",
				newAddress);
		assertThat(this.mailbox.mails(newAddress)).as("nothing sent without the password").isEmpty();
		assertThat(browser.post("/compte/securite/courriel", "email", newAddress, "currentPassword", Citizens.PASSWORD)
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/compte/securite?courriel-envoye");
		assertThat(this.citizens.reload(account).getEmail()).isEqualTo(account.getEmail());
		String mail = this.mailbox.mails(newAddress).get(0);
		assertThat(mail).contains("Confirmez votre nouvelle adresse", account.getUsername());
		String link = Mailbox.linkPath(mail, "/compte/securite/courriel/");
		Client intruder = this.citizens.signedIn(this.citizens.validated().create());
		assertThat(intruder.get(link).getResponse().getStatus()).isEqualTo(410);
		assertThat(browser.get(link).getResponse().getRedirectedUrl()).isEqualTo("/compte/securite?courriel-modifie");
		assertThat(this.citizens.reload(account).getEmail()).isEqualTo(newAddress);
		assertThat(browser.get(link).getResponse().getStatus()).isEqualTo(410);
		assertThat(this.mailbox.mails(account.getEmail()).get(0)).contains("a été modifiée", newAddress);
	}

}
