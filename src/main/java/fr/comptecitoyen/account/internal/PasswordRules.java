package fr.comptecitoyen.account.internal;

import java.util.ArrayList;
import java.util.List;

import fr.comptecitoyen.security.PasswordPolicy;

import org.springframework.stereotype.Component;

/**
 * The password policy applied to an account: its names, identifier and email are the
 * words a new password may not contain.
 */
@Component
public class PasswordRules {

	/** Message code: the confirmation differs from the password. */
	public static final String MISMATCH = "password.mismatch";

	/** Message code: the confirmation was left empty. */
	public static final String CONFIRMATION_MISSING = "password.confirmation.missing";

	private final PasswordPolicy policy;

	PasswordRules(PasswordPolicy policy) {
		this.policy = policy;
	}

	/** The problems of a new password for this account, as message codes. */
	public List<String> problems(Account account, String password) {
		List<String> words = new ArrayList<>();
		words.add(account.getUsername());
		words.add(account.getFirstName());
		words.add(account.getLastName());
		words.add(account.getOtherFirstNames());
		String email = account.getEmail();
		if (email != null && email.contains("@")) {
			words.add(email.substring(0, email.indexOf('@')));
		}
		return this.policy.problems(password, words);
	}

	/** Whether the confirmation repeats the password exactly. */
	public static boolean confirmed(String password, String confirmation) {
		return password != null && password.equals(confirmation);
	}

}
