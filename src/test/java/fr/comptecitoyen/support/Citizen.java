package fr.comptecitoyen.support;

import java.util.List;
import java.util.UUID;

import fr.comptecitoyen.account.CitizenPrincipal;

/**
 * A test citizen as {@link Citizens} made it, or as {@link Citizens#reload(Citizen)} read
 * it back: what tests of any module may know about an account without reaching the
 * account module's internals. Every test citizen's password is {@link Citizens#PASSWORD}.
 *
 * @param id the account's id
 * @param username the sign-in identifier ({@code prénom.nom} and a unique suffix)
 * @param email the contact address
 * @param firstName the first name
 * @param lastName the last name
 * @param validated whether the town hall has validated the account
 * @param passwordHash the stored password hash (for a signed-in MockMvc principal)
 * @param totpSecret the authenticator secret in base32, or null without second factor
 * @param recoveryCodes the recovery codes shown at enrolment, empty without second factor
 */
public record Citizen(UUID id, String username, String email, String firstName, String lastName, boolean validated,
		String passwordHash, String totpSecret, List<String> recoveryCodes) {

	/** The account's id. */
	public UUID getId() {
		return this.id;
	}

	/** The sign-in identifier. */
	public String getUsername() {
		return this.username;
	}

	/** The contact address. */
	public String getEmail() {
		return this.email;
	}

	/** The first name. */
	public String getFirstName() {
		return this.firstName;
	}

	/** The last name. */
	public String getLastName() {
		return this.lastName;
	}

	/** The signed-in citizen, for MockMvc requests made as them. */
	public CitizenPrincipal principal() {
		return new CitizenPrincipal(this.id, this.username, this.passwordHash, true, false);
	}

}
