package fr.comptecitoyen.form;

import java.time.LocalDate;

/**
 * A household member the caller offers to a {@code member} field.
 *
 * @param id an opaque identifier, posted back by the form
 * @param firstName the member's first name
 * @param lastName the member's last name
 * @param birthDate the member's date of birth, or {@code null} when unknown
 * @param child whether the member is a child of the household
 */
public record MemberOption(String id, String firstName, String lastName, LocalDate birthDate, boolean child) {

	/** The member's full name, first name first. */
	public String fullName() {
		return this.firstName + " " + this.lastName;
	}

}
