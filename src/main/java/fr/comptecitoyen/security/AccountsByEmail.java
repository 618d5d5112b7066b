package fr.comptecitoyen.security;

import java.util.List;

import org.springframework.security.core.userdetails.UserDetails;

/**
 * A directory of principals where one email address may designate several accounts (a
 * household sharing one address). Sign-in by email then checks the password against each
 * of them, with a fixed amount of work: see {@link #CHECKED}.
 */
public interface AccountsByEmail {

	/**
	 * How many password hashes every sign-in by email costs, whether the address is
	 * unknown, used by one account or by several (dummy hashes fill up the count), so
	 * that neither the answer nor its timing tells which. An address used by more
	 * accounts than this cannot sign in by email: the identifier must be used.
	 */
	int CHECKED = 4;

	/**
	 * The accounts that may sign in with this email address, in a stable order; empty
	 * when none (or when the text is not an address).
	 * @param typed what was typed in "Identifiant"
	 */
	List<UserDetails> loadUsersByEmail(String typed);

}
