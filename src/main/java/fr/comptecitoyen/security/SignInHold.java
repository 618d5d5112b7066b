package fr.comptecitoyen.security;

/**
 * Why a refused sign-in page says the attempts are suspended rather than « vérifiez votre
 * mot de passe »: the throttle holds back what was typed, or the client address. It
 * depends only on what was typed and from where, counted alike whether an account exists
 * or not, so it tells nothing of the accounts (ASVS 2.2.1).
 */
public enum SignInHold {

	/** Nothing held back: the refusal is a wrong identifier or password. */
	NONE,

	/** The identifier typed, or the account it designates, is held back. */
	ACCOUNT,

	/**
	 * The client address is held back: a new password does not lift it, and everyone
	 * behind that address (a shared network) waits alike.
	 */
	ADDRESS

}
