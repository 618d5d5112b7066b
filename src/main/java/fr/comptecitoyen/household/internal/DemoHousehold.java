package fr.comptecitoyen.household.internal;

import java.time.LocalDate;

import fr.comptecitoyen.account.Civility;
import fr.comptecitoyen.account.Profiles;
import fr.comptecitoyen.household.AdultRelation;
import fr.comptecitoyen.household.MemberFilter;
import fr.comptecitoyen.household.Sex;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only: the validated demo citizen (camille.martin) gets a conjoint and two
 * children, once: an household that already has members is left as the visitor made it.
 * Runs after the demo accounts exist.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "cc.demo.enabled", havingValue = "true")
class DemoHousehold implements ApplicationRunner {

	static final String DEMO_CITIZEN = "camille.martin";

	private final Profiles profiles;

	private final HouseholdService household;

	DemoHousehold(Profiles profiles, HouseholdService household) {
		this.profiles = profiles;
		this.household = household;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		this.profiles.findByUsername(DEMO_CITIZEN).ifPresent((camille) -> {
			if (!this.household.members(camille.id(), MemberFilter.all()).isEmpty()) {
				return;
			}
			// Children's birth dates follow today so that they stay children in any year.
			LocalDate today = this.household.today();
			this.household.add(camille.id(), MemberDetails.adult(AdultRelation.CONJOINT, Civility.MONSIEUR, "Martin",
					"Thomas Pierre", LocalDate.of(1982, 9, 24)));
			this.household.add(camille.id(),
					MemberDetails.child(Sex.F, "Martin", "Léa", today.minusYears(9).withDayOfMonth(1)));
			this.household.add(camille.id(),
					MemberDetails.child(Sex.M, "Martin", "Hugo Jules", today.minusYears(5).withDayOfMonth(1)));
		});
	}

}
