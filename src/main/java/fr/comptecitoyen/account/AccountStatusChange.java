package fr.comptecitoyen.account;

import java.time.Instant;

/**
 * One entry of an account's history: a status change, or a correction asked while the
 * account stays pending (then {@code from} and {@code to} are the same).
 *
 * @param at when
 * @param from the status before
 * @param to the status after
 * @param by who decided (a staff identifier, or the citizen's own identifier)
 * @param comment the reason or the message to the citizen, if any
 */
public record AccountStatusChange(Instant at, AccountStatus from, AccountStatus to, String by, String comment) {

}
