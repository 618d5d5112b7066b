package fr.comptecitoyen.security;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;

/**
 * The one refusal of a password sign-in, whatever the cause (unknown identifier, wrong
 * password, account held back or closed), so that the answer tells nothing. It carries,
 * for the journal alone, the identifier of the account the text typed designates: the
 * journal never keeps what was typed as such (it may be a password typed in the wrong
 * field).
 */
public class SignInRefused extends BadCredentialsException {

	/**
	 * The longest text the « Identifiant » field takes (its {@code maxlength}: an email
	 * address, RFC 5321 §4.5.3.1.3).
	 */
	public static final int IDENTIFIER_MAX_LENGTH = 254;

	private static final long serialVersionUID = 1L;

	private final String account;

	SignInRefused(String account) {
		super("refused");
		this.account = account;
	}

	/**
	 * The identifier of the one account the text typed designates, or an empty text when
	 * it designates none or several (an email address shared by a household).
	 */
	public String account() {
		return this.account;
	}

	/**
	 * What the refused form shows again of the text typed as identifier: at most the
	 * field's length (a longer text was sent by something other than the form).
	 * @param typed the {@code username} parameter, or null
	 */
	public static String typedBack(String typed) {
		return (typed == null || typed.length() <= IDENTIFIER_MAX_LENGTH) ? typed
				: typed.substring(0, IDENTIFIER_MAX_LENGTH);
	}

	/**
	 * What the journal keeps of a refused sign-in: the account designated, or an empty
	 * text for any other refusal.
	 */
	public static String account(AuthenticationException refusal) {
		return (refusal instanceof SignInRefused refused) ? refused.account() : "";
	}

}
