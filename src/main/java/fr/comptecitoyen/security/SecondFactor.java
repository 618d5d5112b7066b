package fr.comptecitoyen.security;

/**
 * A second factor asked after the password (an authenticator app, or one of its recovery
 * codes). The accounts module implements it; when no bean exists, the password alone
 * signs in.
 */
public interface SecondFactor {

	/**
	 * Whether the person who just gave the right password must give a code too.
	 * @param principal the authenticated principal
	 * ({@code Authentication.getPrincipal()})
	 */
	boolean isRequired(Object principal);

	/**
	 * Checks a code typed by that person, and spends it if right (an authenticator code
	 * is not accepted twice within its step; a recovery code only once).
	 * @param principal the principal that gave the right password
	 * @param code what was typed
	 * @return whether the code was right
	 */
	boolean verify(Object principal, String code);

}
