package fr.comptecitoyen.request;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import fr.comptecitoyen.account.CitizenPrincipal;
import fr.comptecitoyen.account.Civility;
import fr.comptecitoyen.account.ContactPreference;
import fr.comptecitoyen.account.PostalAddress;
import fr.comptecitoyen.account.internal.Account;
import fr.comptecitoyen.account.internal.AccountRepository;
import fr.comptecitoyen.household.MemberView;
import fr.comptecitoyen.household.Sex;
import fr.comptecitoyen.household.internal.HouseholdService;
import fr.comptecitoyen.household.internal.MemberDetails;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Citizens for the request tests, made directly in the database with a full profile
 * (phone, address) so that prefill has something to reuse, and children added through the
 * household's own service.
 */
final class RequestCitizens {

	static final String PASSWORD = "un cerf-volant bleu sur la plage";

	static final String LINE = "8 rue des Tamaris";

	static final String PHONE = "06 12 34 56 78";

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	private final HouseholdService household;

	private final Clock clock;

	RequestCitizens(AccountRepository accounts, PasswordEncoder encoder, HouseholdService household, Clock clock) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.household = household;
		this.clock = clock;
	}

	/** A pending account with phone and address. */
	Account pending(String firstName, String lastName) {
		String username = (firstName + "." + lastName).toLowerCase() + UUID.randomUUID().toString().substring(0, 6);
		Account account = new Account(username, username + "@example.org", this.encoder.encode(PASSWORD),
				Civility.MADAME, lastName, firstName, LocalDate.of(1985, 4, 2), this.clock.instant());
		account.completeRegistration(null, PHONE, new PostalAddress(LINE, null, "34200", "Sète"),
				ContactPreference.EMAIL, this.clock.instant());
		return this.accounts.save(account);
	}

	/** A validated account with phone and address. */
	Account validated(String firstName, String lastName) {
		Account account = pending(firstName, lastName);
		account.validate("Mairie", this.clock.instant());
		// validated long ago: no validation email in this test
		account.clearEvents();
		return this.accounts.save(account);
	}

	/**
	 * Adds a child of that age (in years, and a few months) to the account's household.
	 */
	MemberView child(Account account, String firstNames, int age) {
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneId.of("Europe/Paris")));
		return this.household.add(account.getId(),
				MemberDetails.child(Sex.F, account.getLastName(), firstNames, today.minusYears(age).minusDays(40)));
	}

	Account reload(Account account) {
		return this.accounts.findById(account.getId()).orElseThrow();
	}

	void save(Account account) {
		this.accounts.save(account);
	}

	static CitizenPrincipal principal(Account account) {
		return new CitizenPrincipal(account.getId(), account.getUsername(), account.getPasswordHash(), true, false);
	}

}
