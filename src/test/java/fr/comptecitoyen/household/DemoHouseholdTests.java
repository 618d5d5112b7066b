package fr.comptecitoyen.household;

import java.util.List;

import fr.comptecitoyen.account.AccountSummary;
import fr.comptecitoyen.account.Profiles;
import fr.comptecitoyen.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;

import static org.assertj.core.api.Assertions.assertThat;

/** Demo mode: the validated demo citizen has a conjoint and two children, once. */
@PortalTest(properties = { "cc.demo.enabled=true", "cc.demo.password=demo-citoyen-2026" })
class DemoHouseholdTests {

	@Autowired
	Profiles profiles;

	@Autowired
	Household household;

	@Autowired
	List<ApplicationRunner> runners;

	@Test
	void camilleHasAConjointAndTwoChildrenEvenAfterASecondStart() throws Exception {
		ApplicationArguments none = new DefaultApplicationArguments();
		for (ApplicationRunner runner : this.runners) {
			runner.run(none);
		}
		AccountSummary camille = this.profiles.findByUsername("camille.martin").orElseThrow();
		assertThat(this.household.members(camille.id(), MemberFilter.adults())).extracting(MemberView::relation)
			.containsExactly(AdultRelation.CONJOINT);
		assertThat(this.household.members(camille.id(), MemberFilter.children())).hasSize(2)
			.allSatisfy((child) -> assertThat(child.age()).isLessThan(18));
		AccountSummary jean = this.profiles.findByUsername("jean.dupont").orElseThrow();
		assertThat(this.household.all(jean.id())).isEmpty();
	}

}
