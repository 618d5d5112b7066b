package fr.comptecitoyen.household;

import java.time.LocalDate;
import java.time.Period;

import fr.comptecitoyen.account.Civility;

/**
 * A household member as the other modules see it, e.g. in a procedure's "pour qui ?"
 * picker.
 *
 * @param publicId the opaque id that identifies the member in URLs and requests
 * @param kind adult or child
 * @param relation for an adult, the relation to the account holder; null for a child
 * @param civility for an adult, the civility; null for a child
 * @param lastName surname
 * @param firstNames first names, the usual one first
 * @param sex for a child, the sex; null for an adult
 * @param birthDate date of birth
 * @param age full years at the date the member was read for (today unless the filter said
 * otherwise)
 * @param toCheck whether the member was added while the account was pending validation
 * and the town hall has not checked it yet ("à vérifier"); validating the account clears
 * it
 */
public record MemberView(String publicId, MemberKind kind, AdultRelation relation, Civility civility, String lastName,
		String firstNames, Sex sex, LocalDate birthDate, int age, boolean toCheck) {

	/** Full years of age on the given day. */
	public int ageOn(LocalDate day) {
		return Period.between(this.birthDate, day).getYears();
	}

	/**
	 * Whether French words about this member take the feminine form ("née le",
	 * "ajoutée"): an adult declared as Madame, a girl.
	 */
	public boolean feminine() {
		return this.civility == Civility.MADAME || this.sex == Sex.F;
	}

	/** First names then surname: "Léa Martin". */
	public String fullName() {
		return this.firstNames + " " + this.lastName;
	}

}
