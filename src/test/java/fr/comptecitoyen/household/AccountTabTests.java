package fr.comptecitoyen.household;

import java.time.LocalDate;

import fr.comptecitoyen.account.Accounts;
import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import fr.comptecitoyen.support.Pages;
import fr.comptecitoyen.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Compte tab: the account's state first, its general information, then the household,
 * with the links to every account page.
 */
@PortalTest
class AccountTabTests {

	@Autowired
	Citizens citizens;

	@Autowired
	Pages pages;

	@Autowired
	Accounts accounts;

	@Test
	void pendingAccountShowsTheBannerAndWhatIsNotGivenYet() throws Exception {
		Citizen jean = this.citizens.pending("Jean", Citizens.unique("Banniere"));
		String html = this.pages.page(jean, "/compte");
		assertThat(html).contains(
				"Votre compte est en attente de validation par la mairie : vous pouvez faire vos démarches et ajouter à votre foyer une personne qui manque (elle sera vérifiée avec votre compte), mais pas encore modifier votre compte ni les personnes déjà déclarées. Seul le mot de passe peut être changé.",
				"Informations générales", jean.getUsername(), "Madame", "02/04/1985", jean.getEmail(), "non renseigné",
				"pourront être complétées dès que votre compte sera validé", "Courriel", "Aucun adulte déclaré.",
				"Aucun enfant déclaré.");
		assertThat(html).contains("href=\"/compte/modifier\"", "href=\"/compte/mot-de-passe\"",
				"href=\"/compte/securite\"", "href=\"/compte/donnees\"", "href=\"/compte/foyer/adultes/ajouter\"",
				"href=\"/compte/foyer/enfants/ajouter\"");
		assertThat(html.indexOf("en attente de validation")).isLessThan(html.indexOf("Informations générales"));
	}

	@Test
	void validatedAccountListsAdultsAndChildrenWithTheirLinks() throws Exception {
		Citizen camille = this.citizens.validated("Camille", Citizens.unique("Foyer"));
		MemberView lea = this.citizens.addChild(camille, "Léa", LocalDate.of(2017, 6, 1));
		String html = this.pages.page(camille, "/compte");
		assertThat(html).doesNotContain("en attente de validation par la mairie")
			.contains("Validé", "Léa " + camille.getLastName(), "01/06/2017", "Féminin",
					"/compte/foyer/membres/" + lea.publicId() + "/modifier",
					"/compte/foyer/membres/" + lea.publicId() + "/retirer", "Aucun adulte déclaré.");
	}

	@Test
	void rejectedAccountShowsTheReason() throws Exception {
		Citizen jean = this.citizens.pending("Jean", Citizens.unique("Rejet"));
		this.accounts.reject(jean.getId(), "Agent", "Adresse hors de la commune");
		assertThat(this.pages.page(jean, "/compte")).contains("Compte non validé", "Adresse hors de la commune");
	}

	@Test
	void anotherCitizensMembersAreNotListed() throws Exception {
		Citizen camille = this.citizens.validated("Camille", Citizens.unique("Voisine"));
		Citizen max = this.citizens.validated("Max", Citizens.unique("Voisin"));
		this.citizens.addChild(camille, "Secret", LocalDate.of(2016, 2, 2));
		assertThat(this.pages.page(max, "/compte")).doesNotContain("Secret");
	}

}
