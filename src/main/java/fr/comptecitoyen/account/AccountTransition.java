package fr.comptecitoyen.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import fr.comptecitoyen.account.AccountEvents.AccountClosed;
import fr.comptecitoyen.account.AccountEvents.AccountCorrected;
import fr.comptecitoyen.account.AccountEvents.AccountCorrectionRequested;
import fr.comptecitoyen.account.AccountEvents.AccountReinstated;
import fr.comptecitoyen.account.AccountEvents.AccountRejected;
import fr.comptecitoyen.account.AccountEvents.AccountSuspended;
import fr.comptecitoyen.account.AccountEvents.AccountValidated;

import static fr.comptecitoyen.account.AccountStatus.CLOSED;
import static fr.comptecitoyen.account.AccountStatus.PENDING;
import static fr.comptecitoyen.account.AccountStatus.REJECTED;
import static fr.comptecitoyen.account.AccountStatus.SUSPENDED;
import static fr.comptecitoyen.account.AccountStatus.VALIDATED;

/**
 * The one table of the account lifecycle: each verb, the statuses it may start from,
 * where it leads, and the event it raises. A pending account may also carry the flag
 * "correction requested" ({@link #ASK_CORRECTION} sets it, {@link #CORRECTED} needs it,
 * every other verb clears it). The status history line a verb writes names the verb
 * itself. Nothing else changes an account's status; the table is written out in
 * {@code docs/lifecycles.md}.
 */
public enum AccountTransition {

	/** The town hall checked the account ("Votre compte a été validé"). */
	VALIDATE(EnumSet.of(PENDING), VALIDATED, false,
			(f) -> new AccountValidated(f.accountId(), f.username(), f.email(), f.displayName())),

	/**
	 * The town hall asks the citizen to fix something (with a message); the account stays
	 * pending and the citizen may now change the profile and household.
	 */
	ASK_CORRECTION(EnumSet.of(PENDING), PENDING, false,
			(f) -> new AccountCorrectionRequested(f.accountId(), f.email(), f.displayName(), f.reason())),

	/**
	 * The citizen saved a change to the profile or household while a correction was
	 * requested: the flag is cleared and the account is back in the validation queue.
	 */
	CORRECTED(EnumSet.of(PENDING), PENDING, true, (f) -> new AccountCorrected(f.accountId(), f.username())),

	/** The town hall refuses the account, with a reason. */
	REJECT(EnumSet.of(PENDING), REJECTED, false,
			(f) -> new AccountRejected(f.accountId(), f.email(), f.displayName(), f.reason())),

	/** The town hall blocks a validated account for a while, with a reason. */
	SUSPEND(EnumSet.of(VALIDATED), SUSPENDED, false,
			(f) -> new AccountSuspended(f.accountId(), f.email(), f.displayName(), f.reason())),

	/** The town hall lifts a suspension. */
	REINSTATE(EnumSet.of(SUSPENDED), VALIDATED, false,
			(f) -> new AccountReinstated(f.accountId(), f.email(), f.displayName())),

	/**
	 * The account is closed (by the citizen, or by the town hall) and forgets the person.
	 */
	CLOSE(EnumSet.of(PENDING, VALIDATED, REJECTED, SUSPENDED), CLOSED, false,
			(f) -> new AccountClosed(f.accountId(), f.email(), f.displayName()));

	private final Set<AccountStatus> from;

	private final AccountStatus to;

	private final boolean needsCorrectionRequested;

	private final Function<Facts, Object> event;

	AccountTransition(Set<AccountStatus> from, AccountStatus to, boolean needsCorrectionRequested,
			Function<Facts, Object> event) {
		this.from = from;
		this.to = to;
		this.needsCorrectionRequested = needsCorrectionRequested;
		this.event = event;
	}

	/**
	 * Whether this verb is allowed on an account in that status.
	 * @param status the account's status
	 * @param correctionRequested whether the town hall asked for a correction not made
	 * yet
	 */
	public boolean allowedFrom(AccountStatus status, boolean correctionRequested) {
		return this.from.contains(status) && (!this.needsCorrectionRequested || correctionRequested);
	}

	/**
	 * The status the verb leads to.
	 * @throws IllegalAccountTransitionException when the verb is not allowed there
	 */
	public AccountStatus target(AccountStatus status, boolean correctionRequested) {
		if (!allowedFrom(status, correctionRequested)) {
			throw new IllegalAccountTransitionException(this, status, correctionRequested);
		}
		return this.to;
	}

	/** Whether the account carries "correction requested" after this verb. */
	public boolean leavesCorrectionRequested() {
		return this == ASK_CORRECTION;
	}

	/** The event this verb raises, built from the facts of one application of it. */
	public Object event(Facts facts) {
		return this.event.apply(facts);
	}

	/**
	 * What one application of a verb is about, for its event.
	 *
	 * @param accountId the account
	 * @param username its {@code prénom.nom} identifier
	 * @param email where to write (the last address known, also when closing)
	 * @param displayName civility and full name, for the greeting
	 * @param reason the reason or message given to the citizen, or null
	 * @param at when
	 */
	public record Facts(UUID accountId, String username, String email, String displayName, String reason, Instant at) {
	}

}
