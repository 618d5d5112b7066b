package fr.comptecitoyen.account;

/** Civilité, as French administrative forms ask it. */
public enum Civility {

	/** Madame. */
	MADAME,

	/** Monsieur. */
	MONSIEUR

}
