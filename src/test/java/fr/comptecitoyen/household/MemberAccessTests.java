package fr.comptecitoyen.household;

import java.time.LocalDate;

import fr.comptecitoyen.account.AccountNotEditableException;
import fr.comptecitoyen.account.Accounts;
import fr.comptecitoyen.household.internal.HouseholdService;
import fr.comptecitoyen.household.internal.MemberDetails;
import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import fr.comptecitoyen.support.Pages;
import fr.comptecitoyen.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may change a household: only its owner (anyone else gets 404, as for an unknown
 * member); a pending account may add members ("à vérifier" until the account is
 * validated) but changing or removing one waits for the validation (a pending, rejected
 * or suspended account is told why, and nothing is written).
 */
@PortalTest
class MemberAccessTests {

	@Autowired
	Citizens citizens;

	@Autowired
	Pages pages;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	HouseholdService household;

	@Autowired
	Accounts accounts;

	@Test
	void anotherCitizensMemberIsNotFoundForEditAndRemoval() throws Exception {
		Citizen owner = this.citizens.validated("Camille", Citizens.unique("Proprio"));
		Citizen intruder = this.citizens.validated("Max", Citizens.unique("Intrus"));
		MemberView lea = this.citizens.addChild(owner, "Léa", LocalDate.of(2017, 6, 1));
		String base = "/compte/foyer/membres/" + lea.publicId();

		this.mvc.perform(this.pages.getAs(intruder, base + "/modifier")).andExpect(status().isNotFound());
		this.mvc.perform(this.pages.getAs(intruder, base + "/retirer")).andExpect(status().isNotFound());
		this.mvc
			.perform(ChildForms.childForm(this.pages.postAs(intruder, base + "/modifier"), "Pirate", "Pirate", "M",
					"1/1/2015"))
			.andExpect(status().isNotFound());
		this.mvc.perform(this.pages.postAs(intruder, base + "/retirer")).andExpect(status().isNotFound());

		MemberView unchanged = this.household.member(owner.getId(), lea.publicId()).orElseThrow();
		assertThat(unchanged.firstNames()).isEqualTo("Léa");
		assertThat(this.household.member(intruder.getId(), lea.publicId())).isEmpty();
		this.mvc.perform(this.pages.getAs(owner, base + "/modifier")).andExpect(status().isOk());
	}

	@Test
	void unknownMemberIdIsNotFound() throws Exception {
		Citizen owner = this.citizens.validated("Camille", Citizens.unique("Inconnu"));
		this.mvc.perform(this.pages.getAs(owner, "/compte/foyer/membres/AAAAAAAAAAAAAAAA/modifier"))
			.andExpect(status().isNotFound());
		this.mvc.perform(this.pages.postAs(owner, "/compte/foyer/membres/AAAAAAAAAAAAAAAA/retirer"))
			.andExpect(status().isNotFound());
	}

	@Test
	void pendingAccountCanAddAChildButNotChangeOrRemoveOne() throws Exception {
		Citizen jean = this.citizens.pending("Jean", Citizens.unique("Attente"));
		String form = this.pages.page(jean, "/compte/foyer/enfants/ajouter");
		assertThat(form).contains("name=\"firstNames\"",
				"la personne ajoutée sera vérifiée par la mairie avec votre compte");

		MvcResult added = this.mvc
			.perform(ChildForms.childForm(this.pages.postAs(jean, "/compte/foyer/enfants/ajouter"), "Dupont", "Léo",
					"M", "3/3/2018"))
			.andReturn();
		assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/compte#foyer");
		MemberView leo = this.household.members(jean.getId(), MemberFilter.children()).get(0);
		assertThat(leo.toCheck()).as("added while pending: à vérifier").isTrue();
		String account = this.pages.page(jean, "/compte");
		assertThat(account).contains("Léo Dupont", "à vérifier", "Modifiable après la validation")
			.doesNotContain("/compte/foyer/membres/" + leo.publicId() + "/modifier");

		String base = "/compte/foyer/membres/" + leo.publicId();
		String edit = this.mvc
			.perform(ChildForms.childForm(this.pages.postAs(jean, base + "/modifier"), "Dupont", "Autre", "M",
					"3/3/2018"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(edit).contains("Modification du foyer impossible",
				"vous pouvez ajouter au foyer une personne qui manque, mais pas encore modifier ni retirer une personne déjà déclarée",
				"Rien n’a été enregistré.");
		assertThat(this.pages.page(jean, base + "/modifier")).contains("Modification du foyer impossible")
			.doesNotContain("name=\"firstNames\"");
		this.mvc.perform(this.pages.postAs(jean, base + "/retirer")).andExpect(status().isOk());
		assertThat(this.pages.page(jean, base + "/retirer")).contains("pas encore modifier ni retirer")
			.doesNotContain("Oui, retirer du foyer");
		assertThatThrownBy(() -> this.household.remove(jean.getId(), leo.publicId()))
			.isInstanceOf(AccountNotEditableException.class);

		assertThat(ChildForms.memberCount(this.jdbc, jean)).isEqualTo(1);
		assertThat(this.household.member(jean.getId(), leo.publicId()).orElseThrow().firstNames()).isEqualTo("Léo");
	}

	@Test
	void validatingTheAccountClearsTheToCheckMarkAndOpensChanges() throws Exception {
		Citizen jean = this.citizens.pending("Jean", Citizens.unique("Verifie"));
		MemberView leo = this.household.add(jean.getId(),
				MemberDetails.child(Sex.M, jean.lastName(), "Léo", LocalDate.of(2018, 3, 3)));
		assertThat(leo.toCheck()).isTrue();

		this.accounts.validate(jean.getId(), "Agent");

		assertThat(this.household.member(jean.getId(), leo.publicId()).orElseThrow().toCheck()).isFalse();
		assertThat(this.pages.page(jean, "/compte")).doesNotContain("à vérifier")
			.contains("/compte/foyer/membres/" + leo.publicId() + "/modifier");
		MemberView lea = this.household.add(jean.getId(),
				MemberDetails.child(Sex.F, jean.lastName(), "Léa", LocalDate.of(2019, 5, 5)));
		assertThat(lea.toCheck()).as("added once validated: nothing to check").isFalse();
		assertThat(this.household.remove(jean.getId(), leo.publicId())).isTrue();
	}

	@Test
	void rejectedAccountCannotAddAMemberAndIsToldWhy() throws Exception {
		Citizen jean = this.citizens.pending("Jean", Citizens.unique("Rejete"));
		this.accounts.reject(jean.getId(), "Agent", "Identité non vérifiable");
		assertThat(this.pages.page(jean, "/compte/foyer/enfants/ajouter")).contains("Modification du foyer impossible")
			.doesNotContain("name=\"firstNames\"");
		this.mvc
			.perform(ChildForms.childForm(this.pages.postAs(jean, "/compte/foyer/enfants/ajouter"), "Dupont", "Léo",
					"M", "3/3/2018"))
			.andExpect(status().isOk());
		assertThat(ChildForms.memberCount(this.jdbc, jean)).isZero();
	}

	@Test
	void suspendedAccountCannotEditOrRemoveItsMembers() throws Exception {
		Citizen camille = this.citizens.validated("Camille", Citizens.unique("Suspendu"));
		MemberView lea = this.citizens.addChild(camille, "Léa", LocalDate.of(2017, 6, 1));
		this.accounts.suspend(camille.getId(), "Agent", "Justificatif de domicile à fournir");
		String base = "/compte/foyer/membres/" + lea.publicId();

		String edit = this.mvc
			.perform(ChildForms.childForm(this.pages.postAs(camille, base + "/modifier"), "Martin", "Autre", "F",
					"1/6/2017"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(edit).contains("Votre compte est suspendu : votre foyer ne peut pas être modifié",
				"Justificatif de domicile à fournir");
		this.mvc.perform(this.pages.postAs(camille, base + "/retirer")).andExpect(status().isOk());
		assertThat(this.pages.page(camille, base + "/retirer")).contains("Votre compte est suspendu")
			.doesNotContain("Oui, retirer du foyer");

		assertThat(ChildForms.memberCount(this.jdbc, camille)).isEqualTo(1);
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
