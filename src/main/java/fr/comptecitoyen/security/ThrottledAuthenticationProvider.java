package fr.comptecitoyen.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
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
 * Checks passwords under the throttle. Every refusal is the same
 * {@link BadCredentialsException} whether the identifier is unknown, blocked or the
 * password wrong, and costs one password hash (a dummy one when nothing is checked), so
 * that neither the answer nor its timing tells which. A right password does not clear the
 * failures: the sign-in is not complete while a second factor is awaited.
 * <p>
 * With a directory that knows {@link AccountsByEmail}, an identifier with an {@code @} is
 * an email address that several accounts may share: the password is checked against each
 * of them, always {@link AccountsByEmail#CHECKED} hashes, and signs in the one account it
 * matches; no match, or more than one, is the same refusal. Each attempt counts once
 * against the client address and once against the account: a failure by email address
 * counts against the address typed and against every account using it that was tried; an
 * account blocked by its identifier is not tried by its email address either (its hash is
 * replaced by the decoy), so that the two ways in share one allowance (ASVS 2.2.1).
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final UserDetailsService users;

	private final SignInThrottle throttle;

	private final SignInThrottle.Kind accounts;

	private final PasswordEncoder encoder;

	private final DecoyHash dummyHash;

	private final AccountsByEmail emails;

	private final UserDetailsPasswordService rehash;

	private final UserDetailsChecker statusChecks = new AccountStatusUserDetailsChecker();

	/**
	 * @param passwords checks a password against the account {@code users} finds
	 * @param users the directory the identifier typed is looked up in
	 * @param accounts whose identifiers the throttle counts:
	 * {@link SignInThrottle.Kind#ACCOUNT} (citizens) or {@link SignInThrottle.Kind#STAFF}
	 */
	ThrottledAuthenticationProvider(DaoAuthenticationProvider passwords, UserDetailsService users,
			SignInThrottle throttle, SignInThrottle.Kind accounts, PasswordEncoder encoder) {
		this(passwords, users, throttle, accounts, encoder, null, null);
	}

	/**
	 * @param emails the directory's accounts by email address, or null when an address is
	 * only ever looked up as one account
	 * @param rehash stores an upgraded hash after a sign-in by email, or null
	 */
	ThrottledAuthenticationProvider(DaoAuthenticationProvider passwords, UserDetailsService users,
			SignInThrottle throttle, SignInThrottle.Kind accounts, PasswordEncoder encoder, AccountsByEmail emails,
			UserDetailsPasswordService rehash) {
		this.passwords = passwords;
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
		String identifier = attempt.getName();
		String address = (attempt.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: "";
		boolean byEmail = this.emails != null && identifier != null && identifier.contains("@");
		if (byEmail) {
			return byEmail(attempt, identifier, address);
		}
		List<String> counted = counted(identifier);
		if (this.throttle.isBlocked(this.accounts, counted, address)) {
			this.encoder.matches(String.valueOf(attempt.getCredentials()), this.dummyHash.get());
			throw new BadCredentialsException("refused");
		}
		try {
			// The failures are cleared only when the sign-in completes
			// (PortalAuthenticationHandlers.complete): a second-factor code still to come
			// keeps counting against the same account.
			return this.passwords.authenticate(attempt);
		}
		catch (PasswordHashingBusy busy) {
			// The server is busy: nothing was checked, nothing is counted.
			throw busy;
		}
		catch (AuthenticationException refused) {
			this.throttle.failed(this.accounts, counted, address);
			throw new BadCredentialsException("refused");
		}
	}

	/**
	 * The throttle's identifiers of an attempt: the text typed and, when it designates an
	 * account by another name (an email address, other letter case), that account's
	 * identifier, so that every way to name an account shares its allowance.
	 */
	private List<String> counted(String identifier) {
		List<String> counted = new ArrayList<>(List.of(identifier));
		try {
			// The same key twice counts once (SignInThrottle.failed).
			counted.add(this.users.loadUserByUsername(identifier).getUsername());
		}
		catch (UsernameNotFoundException unknown) {
			// Only the text typed is counted.
		}
		return counted;
	}

	/**
	 * Sign-in with an email address: always {@link AccountsByEmail#CHECKED} hashes; the
	 * one account whose password matches is signed in, anything else is refused.
	 */
	private Authentication byEmail(Authentication attempt, String identifier, String address) {
		String raw = String.valueOf(attempt.getCredentials());
		if (this.throttle.isBlocked(this.accounts, List.of(identifier), address)) {
			for (int i = 0; i < AccountsByEmail.CHECKED; i++) {
				this.encoder.matches(raw, this.dummyHash.get());
			}
			throw new BadCredentialsException("refused");
		}
		List<UserDetails> accounts = this.emails.loadUsersByEmail(identifier);
		boolean checkable = accounts.size() <= AccountsByEmail.CHECKED;
		List<String> counted = new ArrayList<>(List.of(identifier));
		UserDetails matched = null;
		int matches = 0;
		for (int i = 0; i < AccountsByEmail.CHECKED; i++) {
			UserDetails account = (checkable && i < accounts.size()) ? accounts.get(i) : null;
			if (account != null && this.throttle.isBlocked(this.accounts, account.getUsername())) {
				account = null;
			}
			if (account != null) {
				counted.add(account.getUsername());
			}
			boolean right = this.encoder.matches(raw, (account != null) ? account.getPassword() : this.dummyHash.get());
			if (right && account != null) {
				matched = account;
				matches++;
			}
		}
		if (matches != 1) {
			this.throttle.failed(this.accounts, counted, address);
			throw new BadCredentialsException("refused");
		}
		try {
			this.statusChecks.check(matched);
		}
		catch (AuthenticationException refused) {
			this.throttle.failed(this.accounts, counted, address);
			throw new BadCredentialsException("refused");
		}
		if (this.rehash != null && this.encoder.upgradeEncoding(matched.getPassword())) {
			matched = this.rehash.updatePassword(matched, this.encoder.encode(raw));
		}
		UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(matched, null,
				matched.getAuthorities());
		signedIn.setDetails(attempt.getDetails());
		return signedIn;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
