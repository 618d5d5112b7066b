package fr.comptecitoyen.account.internal;

import fr.comptecitoyen.account.AccountStatus;

/** A status change the account lifecycle does not allow. */
public class IllegalAccountTransitionException extends IllegalStateException {

	public IllegalAccountTransitionException(AccountStatus from, AccountStatus to) {
		super("An account cannot go from " + from + " to " + to);
	}

}
