package fr.comptecitoyen.account.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.comptecitoyen.account.AccountEvents.AccountRegistered;
import fr.comptecitoyen.account.AccountEvents.SharedEmailRegistered;
import fr.comptecitoyen.account.CitizenPrincipal;
import fr.comptecitoyen.account.Civility;
import fr.comptecitoyen.account.ContactPreference;
import fr.comptecitoyen.account.PostalAddress;
import fr.comptecitoyen.security.AntiAutomation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates citizen accounts ("Créer mon compte"): pending, with a unique
 * {@code prénom.nom} identifier, announced by the welcome email written in the same
 * transaction. Emails need not be unique (a household may share one address): the form's
 * answer never tells whether an address is known; once the account is created, its
 * confirmation page says the address is shared, and the address receives every identifier
 * that uses it.
 */
@Service
public class Registration {

	/**
	 * How long after its creation a repeated post of the same form may still sign the
	 * citizen in (with the same password, under the sign-in throttle).
	 */
	public static final Duration REPEAT_SIGN_IN = Duration.ofMinutes(5);

	private static final int ATTEMPTS = 5;

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	private final ApplicationEventPublisher events;

	private final AntiAutomation antiAutomation;

	private final TransactionTemplate transactions;

	private final Clock clock;

	Registration(AccountRepository accounts, PasswordEncoder encoder, ApplicationEventPublisher events,
			AntiAutomation antiAutomation, TransactionTemplate transactions, Clock clock) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.events = events;
		this.antiAutomation = antiAutomation;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * What the registration form gives, checked and normalised.
	 *
	 * @param registrationKey the form's one-time id
	 */
	public record NewAccount(Civility civility, String lastName, String firstName, String otherFirstNames,
			LocalDate birthDate, String email, String phone, PostalAddress address, ContactPreference contactPreference,
			String password, String registrationKey) {
	}

	/** Too many accounts were created from this client address in the hour or the day. */
	public static class TooManyRegistrationsException extends RuntimeException {

		TooManyRegistrationsException() {
			super("registration rate limit reached");
		}

	}

	/** The same form was posted twice at the same moment: the other post won. */
	public static class AlreadyRegisteredException extends RuntimeException {

		AlreadyRegisteredException() {
			super("registration key already used");
		}

	}

	/**
	 * The account this form already created, if any (a form posted twice).
	 * @param registrationKey the form's one-time id
	 * @return the account's principal (with its password hash, to check the repeat)
	 */
	public Optional<CitizenPrincipal> alreadyRegistered(String registrationKey) {
		if (registrationKey == null || registrationKey.isBlank()) {
			return Optional.empty();
		}
		return this.transactions.execute((status) -> this.accounts.findByRegistrationKey(registrationKey)
			.map((account) -> AccountDirectory.principal(account, false)));
	}

	/**
	 * Whether a repeated post of the form that created this account may still sign in:
	 * only within {@link #REPEAT_SIGN_IN} of its creation; later the citizen signs in
	 * like anyone else.
	 * @param created the account the form created
	 */
	public boolean repeatMaySignIn(CitizenPrincipal created) {
		Instant limit = this.clock.instant().minus(REPEAT_SIGN_IN);
		return Boolean.TRUE.equals(this.transactions.execute((status) -> this.accounts.findById(created.accountId())
			.map((account) -> account.getCreatedAt().isAfter(limit))
			.orElse(false)));
	}

	/**
	 * Creates the account, pending validation. Two registrations racing for the same
	 * identifier are settled by the database's unique constraint: the loser retries with
	 * the next number.
	 * @param account the checked form
	 * @param clientAddress where the form came from, for the limits per address (each
	 * call counts, created or not)
	 * @return the new account's principal, to sign the citizen in
	 * @throws TooManyRegistrationsException past the hourly or daily limit
	 * @throws AlreadyRegisteredException if the same form created an account meanwhile
	 */
	public CitizenPrincipal register(NewAccount account, String clientAddress) {
		if (!this.antiAutomation.mayCreateAccount(clientAddress)) {
			throw new TooManyRegistrationsException();
		}
		String hash = this.encoder.encode(account.password());
		DataIntegrityViolationException last = null;
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			try {
				return this.transactions.execute((status) -> create(account, hash));
			}
			catch (DataIntegrityViolationException raced) {
				if (alreadyRegistered(account.registrationKey()).isPresent()) {
					throw new AlreadyRegisteredException();
				}
				last = raced;
			}
		}
		throw last;
	}

	private CitizenPrincipal create(NewAccount form, String hash) {
		String stem = UsernameGenerator.stem(form.firstName(), form.lastName());
		String username = UsernameGenerator.unique(stem, this.accounts.findUsernamesLike(stem));
		Instant now = this.clock.instant();
		Account account = new Account(username, form.email(), hash, form.civility(), form.lastName(), form.firstName(),
				form.birthDate(), now);
		account.completeRegistration(form.otherFirstNames(), form.phone(), form.address(), form.contactPreference(),
				now);
		account.recordRegistrationKey(form.registrationKey());
		this.accounts.saveAndFlush(account);
		this.events.publishEvent(new AccountRegistered(account.getId(), account.getUsername(), account.getEmail(),
				account.getDisplayName()));
		List<String> others = otherUsernames(account);
		if (!others.isEmpty()) {
			this.events.publishEvent(new SharedEmailRegistered(account.getId(), account.getEmail(),
					account.getDisplayName(), account.getUsername(), others));
		}
		return AccountDirectory.principal(account, false);
	}

	/**
	 * Whether other open accounts use this account's email address (a household sharing
	 * one address): the confirmation page then says so, and that signing in is done with
	 * the identifier. Only ever asked about the signed-in citizen's own address.
	 * @param accountId the signed-in citizen's account
	 */
	public boolean sharesEmail(UUID accountId) {
		return Boolean.TRUE.equals(this.transactions.execute((status) -> this.accounts.findById(accountId)
			.map((account) -> !otherUsernames(account).isEmpty())
			.orElse(false)));
	}

	private List<String> otherUsernames(Account account) {
		return this.accounts.findByEmail(account.getEmail())
			.stream()
			.filter((other) -> !other.getId().equals(account.getId()) && other.getStatus().maySignIn())
			.map(Account::getUsername)
			.sorted()
			.toList();
	}

}
