package fr.comptecitoyen.household;

/** The sex of a child, as civil-status forms ask it. */
public enum Sex {

	/** Féminin. */
	F,

	/** Masculin. */
	M

}
