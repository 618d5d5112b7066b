package fr.comptecitoyen.household;

import java.time.LocalDate;

import fr.comptecitoyen.account.Accounts;
import fr.comptecitoyen.account.internal.Account;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Compte tab: the account's state first, its general information, then the household,
 * with the links to every account page.
 */
class AccountTabTests extends HouseholdWebTest {

	@Autowired
	Accounts accounts;

	@Test
	void pendingAccountShowsTheBannerAndWhatIsNotGivenYet() throws Exception {
		Account jean = this.citizens.pending("Jean", surname("Banniere"));
		String html = page(jean, "/compte");
		assertThat(html).contains(
				"Votre compte est en attente de validation par la mairie : vous pouvez faire vos démarches, mais pas encore modifier votre compte ni votre foyer. Seul le mot de passe peut être changé.",
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
		Account camille = this.citizens.validated("Camille", surname("Foyer"));
		MemberView lea = addChild(camille, "Léa", LocalDate.of(2017, 6, 1));
		String html = page(camille, "/compte");
		assertThat(html).doesNotContain("en attente de validation par la mairie")
			.contains("Validé", "Léa " + camille.getLastName(), "01/06/2017", "Féminin",
					"/compte/foyer/membres/" + lea.publicId() + "/modifier",
					"/compte/foyer/membres/" + lea.publicId() + "/retirer", "Aucun adulte déclaré.");
	}

	@Test
	void rejectedAccountShowsTheReason() throws Exception {
		Account jean = this.citizens.pending("Jean", surname("Rejet"));
		this.accounts.reject(jean.getId(), "Agent", "Adresse hors de la commune");
		assertThat(page(jean, "/compte")).contains("Compte non validé", "Adresse hors de la commune");
	}

	@Test
	void anotherCitizensMembersAreNotListed() throws Exception {
		Account camille = this.citizens.validated("Camille", surname("Voisine"));
		Account max = this.citizens.validated("Max", surname("Voisin"));
		addChild(camille, "Secret", LocalDate.of(2016, 2, 2));
		assertThat(page(max, "/compte")).doesNotContain("Secret");
	}

}
