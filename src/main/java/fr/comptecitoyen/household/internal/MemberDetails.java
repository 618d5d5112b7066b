package fr.comptecitoyen.household.internal;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

import fr.comptecitoyen.account.Civility;
import fr.comptecitoyen.household.AdultRelation;
import fr.comptecitoyen.household.MemberKind;
import fr.comptecitoyen.household.Sex;

/**
 * What the citizen says about a member, already parsed from the form: the rules of
 * {@link MemberRules} decide whether it may join the household.
 *
 * @param kind adult or child
 * @param relation for an adult
 * @param civility for an adult
 * @param sex for a child
 * @param lastName surname, trimmed
 * @param firstNames first names, trimmed
 * @param birthDate date of birth
 */
public record MemberDetails(MemberKind kind, AdultRelation relation, Civility civility, Sex sex, String lastName,
		String firstNames, LocalDate birthDate) {

	/** An adult of the household. */
	public static MemberDetails adult(AdultRelation relation, Civility civility, String lastName, String firstNames,
			LocalDate birthDate) {
		return new MemberDetails(MemberKind.ADULT, relation, civility, null, lastName, firstNames, birthDate);
	}

	/** A child of the household. */
	public static MemberDetails child(Sex sex, String lastName, String firstNames, LocalDate birthDate) {
		return new MemberDetails(MemberKind.CHILD, null, null, sex, lastName, firstNames, birthDate);
	}

	/**
	 * Names and birth date with accents, case, hyphens and repeated spaces ignored: two
	 * members with the same key are the same person typed twice ("Léa-Marie MARTIN" and
	 * "lea marie martin").
	 */
	String identityKey() {
		return simplify(this.lastName) + "|" + simplify(this.firstNames) + "|" + this.birthDate;
	}

	static String simplify(String name) {
		String bare = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		return bare.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

}
