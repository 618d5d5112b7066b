package fr.comptecitoyen.account.internal;

/**
 * The refusal of the password (or app code) typed to confirm an action on one's account
 * (new password, new email, the app turned on or off, the account closed): when nothing
 * was typed, it is asked for, not called wrong (nothing was checked nor counted:
 * {@code PasswordConfirmation}).
 */
public final class CurrentPassword {

	/** Message code: nothing was typed. */
	public static final String MISSING = "account.password.current.missing";

	private CurrentPassword() {
	}

	/**
	 * @param typed what was typed, or null
	 * @param wrong the form's message code for a wrong password
	 * @return {@link #MISSING} when nothing was typed, else {@code wrong}
	 */
	public static String refusal(String typed, String wrong) {
		return (typed == null || typed.isEmpty()) ? MISSING : wrong;
	}

}
