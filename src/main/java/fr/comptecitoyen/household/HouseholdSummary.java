package fr.comptecitoyen.household;

/**
 * How many people the household declares besides the account holder (for the Accueil
 * tab).
 *
 * @param adults adults declared
 * @param children children declared
 */
public record HouseholdSummary(int adults, int children) {

	/** All declared members. */
	public int total() {
		return this.adults + this.children;
	}

	/** Whether no member is declared. */
	public boolean isEmpty() {
		return total() == 0;
	}

}
