package fr.comptecitoyen.account;

import java.time.Instant;

/**
 * One line of an account's status history, as the back office's validation queue shows
 * it.
 *
 * @param at when
 * @param by who acted: the staff member's display name, or the citizen's username for
 * {@link AccountTransition#CORRECTED} and a closure by the citizen
 * @param from the status before
 * @param to the status after (the same for a correction asked or made)
 * @param verb the verb of the lifecycle table
 * @param reason the reason or message given to the citizen, or null
 */
public record AccountStatusChange(Instant at, String by, AccountStatus from, AccountStatus to, AccountTransition verb,
		String reason) {
}
