package fr.comptecitoyen.account;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A lifecycle verb the table ({@link AccountTransition}) refuses in the account's current
 * state — for example a second validator acting on an account already validated. Its
 * message is the French sentence a back-office page shows ("Ce compte a déjà été
 * validé"); {@link #getMessageKey()} names it in the message bundles for other locales.
 */
public class IllegalAccountTransitionException extends IllegalStateException {

	private final AccountTransition transition;

	private final AccountStatus from;

	private final String messageKey;

	/**
	 * @param transition the verb refused
	 * @param from the account's status
	 * @param correctionRequested whether a correction was requested and not made
	 */
	public IllegalAccountTransitionException(AccountTransition transition, AccountStatus from,
			boolean correctionRequested) {
		this(transition, from, key(transition, from, correctionRequested));
	}

	private IllegalAccountTransitionException(AccountTransition transition, AccountStatus from, String messageKey) {
		super(french(messageKey));
		this.transition = transition;
		this.from = from;
		this.messageKey = messageKey;
	}

	/** The verb refused. */
	public AccountTransition getTransition() {
		return this.transition;
	}

	/** The status the account was in. */
	public AccountStatus getFrom() {
		return this.from;
	}

	/** The key of the message in {@code messages*.properties}. */
	public String getMessageKey() {
		return this.messageKey;
	}

	private static String key(AccountTransition transition, AccountStatus from, boolean correctionRequested) {
		if (transition == AccountTransition.CORRECTED && from == AccountStatus.PENDING && !correctionRequested) {
			return "account.transition.refused.NO_CORRECTION";
		}
		return "account.transition.refused." + from.name();
	}

	private static String french(String key) {
		try {
			return ResourceBundle.getBundle("messages", Locale.ROOT).getString(key);
		}
		catch (MissingResourceException ex) {
			return key;
		}
	}

}
