package fr.comptecitoyen.security;

/**
 * The paths the security rules are about.
 */
public final class SecuredPaths {

	/** Sign-in page and form target. */
	public static final String SIGN_IN = "/connexion";

	/** Sign-out form target (POST only). */
	public static final String SIGN_OUT = "/deconnexion";

	/** Pages that need a signed-in citizen; a visitor is sent to sign in, then back. */
	public static final String[] CITIZEN = { "/compte", "/compte/**", "/demandes", "/demandes/**", "/messages",
			"/messages/**" };

	private SecuredPaths() {
	}

}
