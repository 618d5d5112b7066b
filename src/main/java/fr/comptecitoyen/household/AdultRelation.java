package fr.comptecitoyen.household;

/** How an adult of the household is related to the account holder. */
public enum AdultRelation {

	/** The spouse or partner ("conjoint(e)"): at most one per household. */
	CONJOINT,

	/** Any other adult living in the household ("autre adulte"). */
	OTHER_ADULT

}
