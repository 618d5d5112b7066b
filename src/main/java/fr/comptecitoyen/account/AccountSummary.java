package fr.comptecitoyen.account;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What other modules may know of a citizen account.
 *
 * @param correctionRequested whether the town hall asked for a correction the citizen has
 * not made yet (the account is then pending, and editable)
 */
public record AccountSummary(UUID id, String username, String email, AccountStatus status, Civility civility,
		String lastName, String firstName, String otherFirstNames, LocalDate birthDate, String phone,
		PostalAddress address, ContactPreference contactPreference, boolean correctionRequested) {

	/**
	 * Whether the profile and the household may be changed: once validated, or while a
	 * requested correction is pending.
	 */
	public boolean editable() {
		return this.status.mayEditProfile() || this.correctionRequested && this.status == AccountStatus.PENDING;
	}

	/**
	 * Whether a household member may be added: whenever {@link #editable()}, and also
	 * while pending validation (the member is then checked with the account), so that a
	 * temporary account can finish any procedure. Changing or removing a declared member
	 * still needs {@link #editable()}.
	 */
	public boolean mayAddHouseholdMember() {
		return editable() || this.status == AccountStatus.PENDING;
	}

}
