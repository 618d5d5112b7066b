package fr.comptecitoyen.household;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import fr.comptecitoyen.account.CitizenPrincipal;
import fr.comptecitoyen.account.Civility;
import fr.comptecitoyen.account.ContactPreference;
import fr.comptecitoyen.account.internal.Account;
import fr.comptecitoyen.account.internal.AccountRepository;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Citizens made directly in the database for the tests (registration is tested on its
 * own), each with a unique username.
 */
public final class TestCitizens {

	/** Every test citizen's password. */
	public static final String PASSWORD = "un cerf-volant bleu sur la plage";

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	private final Clock clock;

	public TestCitizens(AccountRepository accounts, PasswordEncoder encoder, Clock clock) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.clock = clock;
	}

	/** A pending account, as registration leaves it. */
	public Account pending(String firstName, String lastName) {
		String username = (firstName + "." + lastName).toLowerCase() + UUID.randomUUID().toString().substring(0, 6);
		Account account = new Account(username, username + "@example.org", this.encoder.encode(PASSWORD),
				Civility.MADAME, lastName, firstName, LocalDate.of(1985, 4, 2), this.clock.instant());
		account.completeRegistration(null, null, null, ContactPreference.EMAIL, this.clock.instant());
		return this.accounts.save(account);
	}

	/** A validated account. */
	public Account validated(String firstName, String lastName) {
		Account account = pending(firstName, lastName);
		account.validate("Mairie", this.clock.instant());
		// validated long ago: no validation email in this test
		account.clearEvents();
		return this.accounts.save(account);
	}

	/** The reloaded account. */
	public Account reload(Account account) {
		return this.accounts.findById(account.getId()).orElseThrow();
	}

	/** The signed-in citizen for MockMvc. */
	public static CitizenPrincipal principal(Account account) {
		return new CitizenPrincipal(account.getId(), account.getUsername(), account.getPasswordHash(), true, false);
	}

}
