package fr.comptecitoyen.account;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps what a visitor typed in a procedure while they sign in or create an account
 * ("nothing typed lost"). A procedure that needs an account parks the values, sends the
 * visitor to {@code /compte-requis?retour=/its/path?reprise=<token>}, and restores them
 * when the visitor comes back signed in.
 *
 * <p>
 * The token is random (128 bits) and stored hashed; parked values live {@link #LIFETIME}.
 * The first signed-in citizen who restores a token claims it: from then on only that
 * account can read it.
 */
public interface PendingInputs {

	/** How long parked values are kept. */
	Duration LIFETIME = Duration.ofHours(2);

	/** Name of the query parameter carrying the token back to the procedure. */
	String PARAMETER = "reprise";

	/**
	 * Parks values.
	 * @param values field name → what was typed
	 * @param accountId the citizen who typed them, or null for a visitor (claimed later)
	 * @return the token to carry in {@value #PARAMETER}
	 */
	String park(Map<String, String> values, UUID accountId);

	/**
	 * The values parked under a token, claiming them for this account if nobody has yet.
	 * @param token from {@link #park}
	 * @param accountId the signed-in citizen
	 * @return the values, or empty if the token is unknown, expired or claimed by another
	 * account
	 */
	Optional<Map<String, String>> restore(String token, UUID accountId);

	/**
	 * Forgets parked values once the procedure has saved them (e.g. as a draft).
	 * @param token from {@link #park}
	 * @param accountId the citizen who claimed them
	 */
	void discard(String token, UUID accountId);

}
