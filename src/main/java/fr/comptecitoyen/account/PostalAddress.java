package fr.comptecitoyen.account;

/**
 * A French postal address as the citizen typed it.
 *
 * @param line number and street
 * @param complement building, floor, "chez…" (optional)
 * @param postcode five digits
 * @param city commune
 */
public record PostalAddress(String line, String complement, String postcode, String city) {

	/** Whether nothing was given. */
	public boolean isEmpty() {
		return isBlank(this.line) && isBlank(this.postcode) && isBlank(this.city);
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
