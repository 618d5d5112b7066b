package fr.comptecitoyen.household;

import java.time.LocalDate;

import fr.comptecitoyen.account.AccountEvents.AccountClosed;
import fr.comptecitoyen.account.AccountNotEditableException;
import fr.comptecitoyen.account.Civility;
import fr.comptecitoyen.household.internal.HouseholdService;
import fr.comptecitoyen.household.internal.MemberDetails;
import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import fr.comptecitoyen.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The household module's API as procedures, the Accueil tab and the data export use it.
 */
@PortalTest
class HouseholdApiTests {

	@Autowired
	Citizens citizens;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	HouseholdService household;

	@Autowired
	Household api;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	private Citizen family() {
		Citizen camille = this.citizens.validated("Camille", Citizens.unique("Famille"));
		this.household.add(camille.getId(), MemberDetails.adult(AdultRelation.CONJOINT, Civility.MONSIEUR,
				camille.getLastName(), "Thomas", LocalDate.of(1982, 9, 24)));
		this.household.add(camille.getId(),
				MemberDetails.child(Sex.F, camille.getLastName(), "Léa", LocalDate.of(2017, 6, 1)));
		this.household.add(camille.getId(),
				MemberDetails.child(Sex.M, camille.getLastName(), "Hugo", LocalDate.of(2021, 9, 15)));
		return camille;
	}

	@Test
	void childrenOnly() {
		Citizen camille = family();
		assertThat(this.api.members(camille.getId(), MemberFilter.children())).extracting(MemberView::firstNames)
			.containsExactly("Léa", "Hugo");
		assertThat(this.api.members(camille.getId(), MemberFilter.adults())).extracting(MemberView::firstNames)
			.containsExactly("Thomas");
	}

	@Test
	void ageRangeCountedOnTheGivenDay() {
		Citizen camille = family();
		// On 1 September 2026: Léa is 9, Hugo 4 (5 on the 15th), Thomas 43.
		LocalDate schoolYear = LocalDate.of(2026, 9, 1);
		assertThat(this.api.members(camille.getId(), MemberFilter.agedBetween(3, 5, schoolYear)))
			.extracting(MemberView::firstNames, MemberView::age)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Hugo", 4));
		assertThat(this.api.members(camille.getId(), MemberFilter.agedBetween(6, 10, schoolYear)))
			.extracting(MemberView::firstNames)
			.containsExactly("Léa");
		assertThat(
				this.api.members(camille.getId(), MemberFilter.agedBetween(9, 99, schoolYear).only(MemberKind.ADULT)))
			.extracting(MemberView::firstNames)
			.containsExactly("Thomas");
	}

	@Test
	void oneMemberByPublicIdOnlyWithinItsHousehold() {
		Citizen camille = family();
		Citizen other = this.citizens.validated("Max", Citizens.unique("Autre"));
		MemberView lea = this.api.members(camille.getId(), MemberFilter.children()).get(0);
		assertThat(this.api.member(camille.getId(), lea.publicId())).contains(lea);
		assertThat(this.api.member(other.getId(), lea.publicId())).isEmpty();
	}

	@Test
	void summaryCountsAdultsAndChildren() {
		Citizen camille = family();
		HouseholdSummary summary = this.api.summary(camille.getId());
		assertThat(summary.adults()).isEqualTo(1);
		assertThat(summary.children()).isEqualTo(2);
		assertThat(summary.total()).isEqualTo(3);
	}

	@Test
	void exportGivesEveryMember() {
		Citizen camille = family();
		assertThat(this.api.all(camille.getId())).extracting(MemberView::firstNames)
			.containsExactly("Thomas", "Léa", "Hugo");
	}

	@Test
	void serviceLetsAPendingAccountAddButRefusesChangesAndRemovalsWhoeverCallsIt() {
		Citizen jean = this.citizens.pending("Jean", Citizens.unique("Service"));
		MemberView leo = this.household.add(jean.getId(),
				MemberDetails.child(Sex.M, "Dupont", "Léo", LocalDate.of(2018, 3, 3)));
		assertThat(leo.toCheck()).as("added while pending: to be checked with the account").isTrue();
		assertThatThrownBy(() -> this.household.update(jean.getId(), leo.publicId(),
				MemberDetails.child(Sex.M, "Dupont", "Léon", LocalDate.of(2018, 3, 3))))
			.isInstanceOf(AccountNotEditableException.class);
		assertThatThrownBy(() -> this.household.remove(jean.getId(), leo.publicId()))
			.isInstanceOf(AccountNotEditableException.class);
		assertThat(ChildForms.memberCount(this.jdbc, jean)).isEqualTo(1);
	}

	@Test
	void closingTheAccountDeletesItsHousehold() {
		Citizen camille = family();
		Citizen neighbour = family();
		this.transactions.executeWithoutResult(
				(tx) -> this.events.publishEvent(new AccountClosed(camille.getId(), "ferme@invalid", "Camille")));
		assertThat(ChildForms.memberCount(this.jdbc, camille)).isZero();
		assertThat(this.api.all(camille.getId())).isEmpty();
		assertThat(ChildForms.memberCount(this.jdbc, neighbour)).isEqualTo(3);
	}

}
