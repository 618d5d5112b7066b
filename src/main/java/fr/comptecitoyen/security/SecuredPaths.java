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
			"/messages/**", "/demarches/brouillons/**", "/demarches/envoyee/**", "/pieces-jointes/**" };

	/**
	 * The authority that opens the citizen pages ({@code CitizenPrincipal.ROLE}); a
	 * password awaiting its second factor does not have it.
	 */
	public static final String CITIZEN_AUTHORITY = "ROLE_CITIZEN";

	/**
	 * The parameter of the page a form lands on when its CSRF token is refused
	 * ({@code /session-expiree}) saying that the session lives on but the form came from
	 * a page older than it (signed in or out in another tab since).
	 */
	public static final String STALE_FORM = "formulaire";

	/**
	 * The back office: its paths start with this one, and have their own security chain
	 * and sign-in.
	 */
	public static final String STAFF = "/agent";

	/** Where a citizen with an authenticator app types its code after the password. */
	public static final String SECOND_FACTOR = SIGN_IN + "/code";

	private SecuredPaths() {
	}

}
