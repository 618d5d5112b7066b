package fr.comptecitoyen.household;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The household module's API: the members a citizen declared, for the procedures' "pour
 * qui ?" picker, the Accueil tab and the data export. Every method is scoped to the given
 * account: a member of another household is never returned.
 */
public interface Household {

	/**
	 * The account's members that pass the filter, adults first then children, eldest
	 * first; ages are counted on the filter's day.
	 */
	List<MemberView> members(UUID accountId, MemberFilter filter);

	/**
	 * One member of the account's household, by its opaque id; empty when it does not
	 * exist or belongs to another household.
	 */
	Optional<MemberView> member(UUID accountId, String publicId);

	/** How many adults and children the household declares. */
	HouseholdSummary summary(UUID accountId);

	/** Every member, for the citizen's data export ("Mes données"). */
	List<MemberView> all(UUID accountId);

}
