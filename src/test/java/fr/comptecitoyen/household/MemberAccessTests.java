package fr.comptecitoyen.household;

import java.time.LocalDate;

import fr.comptecitoyen.account.Accounts;
import fr.comptecitoyen.account.internal.Account;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may change a household: only its owner (anyone else gets 404, as for an unknown
 * member), and only once the account is validated (a pending or suspended account is told
 * why, and nothing is written).
 */
class MemberAccessTests extends HouseholdWebTest {

	@Autowired
	Accounts accounts;

	@Test
	void anotherCitizensMemberIsNotFoundForEditAndRemoval() throws Exception {
		Account owner = this.citizens.validated("Camille", surname("Proprio"));
		Account intruder = this.citizens.validated("Max", surname("Intrus"));
		MemberView lea = addChild(owner, "Léa", LocalDate.of(2017, 6, 1));
		String base = "/compte/foyer/membres/" + lea.publicId();

		this.mvc.perform(getAs(intruder, base + "/modifier")).andExpect(status().isNotFound());
		this.mvc.perform(getAs(intruder, base + "/retirer")).andExpect(status().isNotFound());
		this.mvc.perform(childForm(postAs(intruder, base + "/modifier"), "Pirate", "Pirate", "M", "1", "1", "2015"))
			.andExpect(status().isNotFound());
		this.mvc.perform(postAs(intruder, base + "/retirer")).andExpect(status().isNotFound());

		MemberView unchanged = this.household.member(owner.getId(), lea.publicId()).orElseThrow();
		assertThat(unchanged.firstNames()).isEqualTo("Léa");
		assertThat(this.household.member(intruder.getId(), lea.publicId())).isEmpty();
		this.mvc.perform(getAs(owner, base + "/modifier")).andExpect(status().isOk());
	}

	@Test
	void unknownMemberIdIsNotFound() throws Exception {
		Account owner = this.citizens.validated("Camille", surname("Inconnu"));
		this.mvc.perform(getAs(owner, "/compte/foyer/membres/AAAAAAAAAAAAAAAA/modifier"))
			.andExpect(status().isNotFound());
		this.mvc.perform(postAs(owner, "/compte/foyer/membres/AAAAAAAAAAAAAAAA/retirer"))
			.andExpect(status().isNotFound());
	}

	@Test
	void pendingAccountCannotAddAMemberAndIsToldWhy() throws Exception {
		Account jean = this.citizens.pending("Jean", surname("Attente"));
		String form = page(jean, "/compte/foyer/enfants/ajouter");
		assertThat(form).contains("Modification du foyer impossible",
				"Votre compte est en attente de validation par la mairie : vous ne pouvez pas encore modifier votre foyer.")
			.doesNotContain("name=\"firstNames\"");

		String refused = this.mvc
			.perform(childForm(postAs(jean, "/compte/foyer/enfants/ajouter"), "Dupont", "Léo", "M", "3", "3", "2018"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("vous ne pouvez pas encore modifier votre foyer", "Rien n’a été enregistré.");
		this.mvc
			.perform(postAs(jean, "/compte/foyer/adultes/ajouter").param("relation", "CONJOINT")
				.param("civility", "MADAME")
				.param("lastName", "Dupont")
				.param("firstNames", "Anne")
				.param("birthDay", "1")
				.param("birthMonth", "1")
				.param("birthYear", "1980"))
			.andExpect(status().isOk());
		assertThat(memberCount(jean)).isZero();
	}

	@Test
	void suspendedAccountCannotEditOrRemoveItsMembers() throws Exception {
		Account camille = this.citizens.validated("Camille", surname("Suspendu"));
		MemberView lea = addChild(camille, "Léa", LocalDate.of(2017, 6, 1));
		this.accounts.suspend(camille.getId(), "Agent", "Justificatif de domicile à fournir");
		String base = "/compte/foyer/membres/" + lea.publicId();

		String edit = this.mvc
			.perform(childForm(postAs(camille, base + "/modifier"), "Martin", "Autre", "F", "1", "6", "2017"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(edit).contains("Votre compte est suspendu : votre foyer ne peut pas être modifié",
				"Justificatif de domicile à fournir");
		this.mvc.perform(postAs(camille, base + "/retirer")).andExpect(status().isOk());
		assertThat(page(camille, base + "/retirer")).contains("Votre compte est suspendu")
			.doesNotContain("Oui, retirer du foyer");

		assertThat(memberCount(camille)).isEqualTo(1);
		assertThat(this.household.member(camille.getId(), lea.publicId()).orElseThrow().firstNames()).isEqualTo("Léa");
	}

	@Test
	void visitorIsSentToSignIn() throws Exception {
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.get("/compte/foyer/enfants/ajouter"))
			.andExpect(status().isFound());
	}

}
