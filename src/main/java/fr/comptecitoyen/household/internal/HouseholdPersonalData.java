package fr.comptecitoyen.household.internal;

import java.util.UUID;

import fr.comptecitoyen.account.PersonalDataContributor;
import fr.comptecitoyen.household.Household;

import org.springframework.stereotype.Component;

/**
 * The household's part of "Mes données": every member declared by the account.
 */
@Component
class HouseholdPersonalData implements PersonalDataContributor {

	private final Household household;

	HouseholdPersonalData(Household household) {
		this.household = household;
	}

	@Override
	public String section() {
		return "foyer";
	}

	@Override
	public Object data(UUID accountId) {
		return this.household.all(accountId);
	}

}
