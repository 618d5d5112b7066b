package fr.comptecitoyen.household;

/** Whether a household member is an adult or a child. */
public enum MemberKind {

	/** Aged 18 or over; has a relation to the account holder and a civility. */
	ADULT,

	/** Under 18; has a sex instead of a civility. */
	CHILD

}
