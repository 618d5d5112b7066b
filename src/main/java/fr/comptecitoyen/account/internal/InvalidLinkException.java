package fr.comptecitoyen.account.internal;

/**
 * An emailed link that cannot be used: unknown, expired, already used, or voided by a
 * newer one. The page says so without telling which.
 */
public class InvalidLinkException extends RuntimeException {

	public InvalidLinkException() {
		super("Link not valid");
	}

}
