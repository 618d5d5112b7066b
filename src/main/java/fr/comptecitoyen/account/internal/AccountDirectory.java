package fr.comptecitoyen.account.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import fr.comptecitoyen.account.CitizenPrincipal;
import fr.comptecitoyen.security.AccountsByEmail;
import fr.comptecitoyen.security.SecondFactorCredentials;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the citizen behind what was typed in "Identifiant": the {@code prénom.nom}
 * username, or an email address used by exactly one account; the sign-in by email checks
 * every account of a shared address ({@link AccountsByEmail}). Also stores a new hash
 * when an older format is upgraded at sign-in.
 */
@Service
class AccountDirectory implements UserDetailsService, UserDetailsPasswordService, AccountsByEmail {

	private final AccountRepository accounts;

	private final SecondFactorCredentials secondFactors;

	private final Clock clock;

	AccountDirectory(AccountRepository accounts, SecondFactorCredentials secondFactors, Clock clock) {
		this.accounts = accounts;
		this.secondFactors = secondFactors;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String typed) {
		return find(typed).map(this::principal).orElseThrow(() -> new UsernameNotFoundException("unknown"));
	}

	/** The account behind an identifier or an email address used by a single account. */
	private Optional<SignInAccount> find(String typed) {
		if (typed == null || typed.isBlank()) {
			return Optional.empty();
		}
		String normalised = typed.strip().toLowerCase(Locale.ROOT);
		if (normalised.contains("@")) {
			List<SignInAccount> matches = this.accounts.signInByEmail(normalised);
			return (matches.size() == 1) ? Optional.of(matches.get(0)).filter(AccountDirectory::open)
					: Optional.empty();
		}
		return this.accounts.signInByUsername(normalised).filter(AccountDirectory::open);
	}

	/**
	 * The open accounts using this address, by identifier; a household may share one.
	 */
	@Override
	@Transactional(readOnly = true)
	public List<UserDetails> loadUsersByEmail(String typed) {
		if (typed == null || !typed.contains("@")) {
			return List.of();
		}
		return this.accounts.signInByEmail(typed.strip().toLowerCase(Locale.ROOT))
			.stream()
			.filter(AccountDirectory::open)
			.map((account) -> (UserDetails) principal(account))
			.toList();
	}

	@Override
	@Transactional
	public UserDetails updatePassword(UserDetails user, String newPassword) {
		CitizenPrincipal citizen = (CitizenPrincipal) user;
		Account account = this.accounts.findById(citizen.accountId()).orElseThrow();
		account.changePasswordHash(newPassword, this.clock.instant());
		return principal(account, citizen.totpEnabled());
	}

	private static boolean open(SignInAccount account) {
		return account.status().maySignIn();
	}

	private CitizenPrincipal principal(SignInAccount account) {
		return new CitizenPrincipal(account.id(), account.username(), account.passwordHash(), true,
				this.secondFactors.isEnrolled(account.id()));
	}

	/**
	 * The principal of an account.
	 * @param totpEnabled whether it has an authenticator app (a new account has none)
	 */
	static CitizenPrincipal principal(Account account, boolean totpEnabled) {
		return new CitizenPrincipal(account.getId(), account.getUsername(), account.getPasswordHash(), true,
				totpEnabled);
	}

}
