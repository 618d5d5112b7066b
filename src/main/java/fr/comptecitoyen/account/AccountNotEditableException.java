package fr.comptecitoyen.account;

/**
 * The account may not be changed in its current status (a pending account cannot change
 * its profile or household until the town hall validates it).
 */
public class AccountNotEditableException extends RuntimeException {

	private final AccountStatus status;

	public AccountNotEditableException(AccountStatus status) {
		super("Account not editable while " + status);
		this.status = status;
	}

	/** The status that forbids the change. */
	public AccountStatus getStatus() {
		return this.status;
	}

}
