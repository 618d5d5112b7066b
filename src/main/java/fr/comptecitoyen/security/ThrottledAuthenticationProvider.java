package fr.comptecitoyen.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsChecker;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks passwords under the throttle, with one look-up of the accounts the text typed
 * designates and one read of the throttle for all the keys concerned. Every refusal is
 * the same {@link SignInRefused} whether the identifier is unknown, blocked or the
 * password wrong, and costs the same number of password hashes (dummy ones when there is
 * nothing to check), so that neither the answer nor its timing tells which. A right
 * password does not clear the failures: the sign-in is not complete while a second factor
 * is awaited.
 * <p>
 * An identifier designates at most one account (the directory may also find it by its
 * email address, or in another letter case): one hash. With a directory that knows
 * {@link AccountsByEmail}, an identifier with an {@code @} is an email address that
 * several accounts may share: the password is checked against each of them, always
 * {@link AccountsByEmail#CHECKED} hashes, and signs in the one account it matches; no
 * match, or more than one, is the same refusal. Each attempt counts once against the
 * client address and once against each name of the account: a failure by email address
 * counts against the address typed and against every account using it that was tried; an
 * account held back by its identifier is not tried by its email address either (its hash
 * is replaced by the decoy), so that the two ways in share one allowance (ASVS 2.2.1). A
 * client address held back lets an attempt through only with a captcha solved
 * ({@link SignInCaptcha}).
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final UserDetailsService users;

	private final SignInThrottle throttle;

	private final SignInThrottle.Kind accounts;

	private final PasswordEncoder encoder;

	private final DecoyHash dummyHash;

	private final AccountsByEmail emails;

	private final UserDetailsPasswordService rehash;

	private final UserDetailsChecker statusChecks = new AccountStatusUserDetailsChecker();

	/**
	 * @param users the directory the identifier typed is looked up in
	 * @param accounts whose identifiers the throttle counts:
	 * {@link SignInThrottle.Kind#ACCOUNT} (citizens) or {@link SignInThrottle.Kind#STAFF}
	 * @param emails the directory's accounts by email address, or null when an address is
	 * only ever looked up as one account
	 * @param rehash stores an upgraded hash of the password of an account signed in, or
	 * null
	 */
	ThrottledAuthenticationProvider(UserDetailsService users, SignInThrottle throttle, SignInThrottle.Kind accounts,
			PasswordEncoder encoder, AccountsByEmail emails, UserDetailsPasswordService rehash) {
		this.users = users;
		this.throttle = throttle;
		this.accounts = accounts;
		this.encoder = encoder;
		this.dummyHash = new DecoyHash(encoder);
		this.emails = emails;
		this.rehash = rehash;
	}

	@Override
	public Authentication authenticate(Authentication attempt) throws AuthenticationException {
		String typed = attempt.getName();
		String raw = String.valueOf(attempt.getCredentials());
		String address = (attempt.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: "";
		boolean byEmail = this.emails != null && typed != null && typed.contains("@");
		List<UserDetails> designated = byEmail ? this.emails.loadUsersByEmail(typed) : designated(typed);
		int hashes = byEmail ? AccountsByEmail.CHECKED : 1;
		String journalled = (designated.size() == 1) ? designated.get(0).getUsername() : "";
		List<String> named = new ArrayList<>();
		named.add(typed);
		designated.forEach((account) -> named.add(account.getUsername()));
		SignInThrottle.HeldBack held = this.throttle.heldBack(this.accounts, named, address);
		boolean captchaSolved = attempt.getDetails() instanceof SignInDetails details && details.captchaSolved();
		if (held.refuses(typed, address, byEmail, captchaSolved)) {
			for (int i = 0; i < hashes; i++) {
				this.encoder.matches(raw, this.dummyHash.get());
			}
			throw new SignInRefused(journalled);
		}
		boolean checkable = designated.size() <= hashes;
		List<String> counted = new ArrayList<>();
		counted.add(typed);
		UserDetails matched = null;
		int matches = 0;
		for (int i = 0; i < hashes; i++) {
			UserDetails account = (checkable && i < designated.size()) ? designated.get(i) : null;
			if (account != null && held.identifier(account.getUsername())) {
				account = null;
			}
			if (account != null) {
				counted.add(account.getUsername());
			}
			// A PasswordHashingBusy thrown here (the server is busy) is not a failure:
			// nothing was checked, nothing is counted.
			boolean right = this.encoder.matches(raw, (account != null) ? account.getPassword() : this.dummyHash.get());
			if (right && account != null) {
				matched = account;
				matches++;
			}
		}
		if (matches != 1 || !usable(matched)) {
			this.throttle.failed(this.accounts, counted, address);
			throw new SignInRefused(journalled);
		}
		if (this.rehash != null && this.encoder.upgradeEncoding(matched.getPassword())) {
			matched = this.rehash.updatePassword(matched, this.encoder.encode(raw));
		}
		// The failures are cleared only when the sign-in completes
		// (PortalAuthenticationHandlers.complete): a second-factor code still to come
		// keeps counting against the same account.
		UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(matched, null,
				matched.getAuthorities());
		signedIn.setDetails(attempt.getDetails());
		return signedIn;
	}

	/** The account an identifier designates, if any: the text typed is tried once. */
	private List<UserDetails> designated(String typed) {
		try {
			return List.of(this.users.loadUserByUsername(typed));
		}
		catch (UsernameNotFoundException unknown) {
			return List.of();
		}
	}

	/** Whether the account may sign in now (not locked, disabled nor expired). */
	private boolean usable(UserDetails account) {
		try {
			this.statusChecks.check(account);
			return true;
		}
		catch (AuthenticationException closed) {
			return false;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
