package fr.comptecitoyen.instruction;

import java.time.LocalDate;
import java.util.Set;

import fr.comptecitoyen.household.Household;
import fr.comptecitoyen.household.MemberFilter;
import fr.comptecitoyen.household.MemberView;
import fr.comptecitoyen.instruction.internal.StaffMember;
import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import fr.comptecitoyen.support.Client;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The members a pending account declared are checked with the account: the validation
 * page shows them "à vérifier", and validating the account clears the mark.
 */
@StaffTest
class PendingHouseholdReviewTests {

	@Autowired
	StaffMembers staff;

	@Autowired
	Citizens citizens;

	@Autowired
	Household household;

	@Test
	void theValidationPageShowsTheMembersToCheckAndValidatingClearsTheMark() throws Exception {
		Citizen jean = this.citizens.pending().named("Jean", Citizens.unique("Foyer")).create();
		this.citizens.addChild(jean, "Léo", LocalDate.of(2019, 3, 3));
		StaffMember validator = this.staff.create(Set.of(StaffRole.ACCOUNT_VALIDATOR));
		Client browser = this.staff.enrolled(validator).client();

		String page = browser.get("/agent/comptes/" + jean.username()).getResponse().getContentAsString();
		assertThat(page).contains("Léo " + jean.lastName(), "à vérifier",
				"Les personnes marquées « à vérifier » ont été déclarées par le citoyen avant la validation");

		browser.post("/agent/comptes/" + jean.username() + "/valider");

		assertThat(this.household.members(jean.id(), MemberFilter.all())).singleElement()
			.extracting(MemberView::toCheck)
			.isEqualTo(false);
		assertThat(browser.get("/agent/comptes/" + jean.username()).getResponse().getContentAsString())
			.contains("Léo " + jean.lastName())
			.doesNotContain("à vérifier");
	}

}
