package fr.comptecitoyen.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import fr.comptecitoyen.account.Civility;
import fr.comptecitoyen.account.ContactPreference;
import fr.comptecitoyen.account.PostalAddress;
import fr.comptecitoyen.account.internal.Account;
import fr.comptecitoyen.account.internal.AccountRepository;
import fr.comptecitoyen.account.internal.AuthenticatorApp;
import fr.comptecitoyen.household.MemberView;
import fr.comptecitoyen.household.Sex;
import fr.comptecitoyen.household.internal.HouseholdService;
import fr.comptecitoyen.household.internal.MemberDetails;
import fr.comptecitoyen.security.TotpCodes;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The one way tests make citizens: accounts written directly in the database
 * (registration is tested on its own), each with a unique username, built as the test
 * needs them:
 *
 * <pre>{@code
 * Citizen lucie = citizens.validated().named("Lucie", "Martin").withAddress().withChild("Léa", 7).create();
 * Citizen jean = citizens.pending().create();
 * Citizen secured = citizens.validated().withAuthenticator().create();
 * }</pre>
 *
 * Also the clients they browse with ({@link #client()}, {@link #signedIn(Citizen)}).
 */
public class Citizens {

	/** Every test citizen's password. */
	public static final String PASSWORD = "un cerf-volant bleu sur la plage";

	/** The street line of {@link Builder#withAddress()}. */
	public static final String LINE = "8 rue des Tamaris";

	/** The phone number of {@link Builder#withAddress()}, as citizens type it. */
	public static final String PHONE = "06 12 34 56 78";

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	private final HouseholdService household;

	private final AuthenticatorApp authenticator;

	private final MutableClock clock;

	private final Supplier<MockMvc> mvc;

	Citizens(AccountRepository accounts, PasswordEncoder encoder, HouseholdService household,
			AuthenticatorApp authenticator, MutableClock clock, Supplier<MockMvc> mvc) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.household = household;
		this.authenticator = authenticator;
		this.clock = clock;
		this.mvc = mvc;
	}

	/** A citizen as registration leaves them, awaiting the town hall's validation. */
	public Builder pending() {
		return new Builder(false);
	}

	/** A citizen whose account the town hall has validated. */
	public Builder validated() {
		return new Builder(true);
	}

	/** Shortcut: a pending citizen with those names and nothing else. */
	public Citizen pending(String firstName, String lastName) {
		return pending().named(firstName, lastName).create();
	}

	/** Shortcut: a validated citizen with those names and nothing else. */
	public Citizen validated(String firstName, String lastName) {
		return validated().named(firstName, lastName).create();
	}

	/** The citizen as stored now. */
	public Citizen reload(Citizen citizen) {
		return snapshot(account(citizen), citizen.totpSecret(), citizen.recoveryCodes());
	}

	/**
	 * The account entity (for the account module's own tests; other modules read a
	 * {@link Citizen}).
	 */
	public Account account(Citizen citizen) {
		return this.accounts.findById(citizen.id()).orElseThrow();
	}

	/**
	 * Adds a child born on that day to the citizen's household (a pending account's is "à
	 * vérifier").
	 */
	public MemberView addChild(Citizen citizen, String firstNames, LocalDate born) {
		return this.household.add(citizen.id(), MemberDetails.child(Sex.F, citizen.lastName(), firstNames, born));
	}

	/** Adds a child of that age (years, and 40 days) to the citizen's household. */
	public MemberView addChild(Citizen citizen, String firstNames, int age) {
		return addChild(citizen, firstNames, this.clock.today().minusYears(age).minusDays(40));
	}

	/** The town hall suspends the account for that reason. */
	public void suspend(Citizen citizen, String reason) {
		Account account = account(citizen);
		account.suspend("Mairie", reason, this.clock.instant());
		this.accounts.save(account);
	}

	/** A client with no session yet, from an address of its own. */
	public Client client() {
		return new Client(this.mvc.get());
	}

	/**
	 * A new browser, without a session, behind that client address (a shared network).
	 */
	public Client client(String address) {
		return new Client(this.mvc.get(), address);
	}

	/**
	 * A client signed in through the sign-in form, with a code from the authenticator app
	 * when the citizen has one.
	 */
	public Client signedIn(Citizen citizen) throws Exception {
		Client client = client();
		MvcResult result = client.signIn(citizen.username(), PASSWORD);
		if (citizen.totpSecret() != null) {
			this.clock.advance(java.time.Duration.ofSeconds(31)); // a code never used yet
			result = client.post("/connexion/code", "code", code(citizen));
		}
		if (!"/".equals(result.getResponse().getRedirectedUrl())) {
			throw new IllegalStateException("Sign-in failed: " + result.getResponse().getRedirectedUrl());
		}
		return client;
	}

	/** What the citizen's authenticator app shows now. */
	public String code(Citizen citizen) {
		return TotpCodes.at(citizen.totpSecret(), this.clock.instant());
	}

	/** A unique name made of that base and five random letters. */
	public static String unique(String base) {
		StringBuilder name = new StringBuilder(base);
		for (int i = 0; i < 5; i++) {
			name.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return name.toString();
	}

	private static Citizen snapshot(Account account, String totpSecret, List<String> recoveryCodes) {
		return new Citizen(account.getId(), account.getUsername(), account.getEmail(), account.getFirstName(),
				account.getLastName(), account.getStatus() == fr.comptecitoyen.account.AccountStatus.VALIDATED,
				account.getPasswordHash(), totpSecret, recoveryCodes);
	}

	private record Child(String firstNames, int age) {
	}

	/** One citizen being described; {@link #create()} writes it. */
	public final class Builder {

		private final boolean validated;

		private String firstName = "Lucie";

		private String lastName = "Essai";

		private String email;

		private String username;

		private LocalDate birthDate = LocalDate.of(1985, 4, 2);

		private boolean address;

		private String phone;

		private ContactPreference preference = ContactPreference.EMAIL;

		private boolean authenticator;

		private final List<Child> children = new ArrayList<>();

		private Builder(boolean validated) {
			this.validated = validated;
		}

		/** This very identifier instead of one made from the names. */
		public Builder username(String username) {
			this.username = username;
			return this;
		}

		/** The citizen's names (the username adds a unique suffix). */
		public Builder named(String firstName, String lastName) {
			this.firstName = firstName;
			this.lastName = lastName;
			return this;
		}

		/** That birth date instead of 2 April 1985 (identity checks, duplicates). */
		public Builder born(LocalDate birthDate) {
			this.birthDate = birthDate;
			return this;
		}

		/** A contact address of the test's choosing instead of a unique one. */
		public Builder email(String email) {
			this.email = email;
			return this;
		}

		/**
		 * A phone number ({@link Citizens#PHONE}) and a postal address in Sète
		 * ({@link Citizens#LINE}, 34200), so that prefill has something to reuse.
		 */
		public Builder withAddress() {
			this.address = true;
			return this;
		}

		/**
		 * That phone number (as typed) and way to be contacted, without postal address.
		 */
		public Builder withPhone(String phone, ContactPreference preference) {
			this.phone = phone;
			this.preference = preference;
			return this;
		}

		/** A child of that age (years, and 40 days) in the household (validated only). */
		public Builder withChild(String firstNames, int age) {
			this.children.add(new Child(firstNames, age));
			return this;
		}

		/** The authenticator app turned on, its secret and recovery codes remembered. */
		public Builder withAuthenticator() {
			this.authenticator = true;
			return this;
		}

		/** Writes the account (and its household, second factor) and returns it. */
		public Citizen create() {
			String username = (this.username != null) ? this.username
					: (this.firstName + "." + this.lastName).toLowerCase(Locale.ROOT)
							+ UUID.randomUUID().toString().substring(0, 6);
			Account account = new Account(username, (this.email != null) ? this.email : username + "@example.org",
					Citizens.this.encoder.encode(PASSWORD), Civility.MADAME, this.lastName, this.firstName,
					this.birthDate, Citizens.this.clock.instant());
			String phone = (this.phone != null) ? this.phone : (this.address ? PHONE : null);
			account.completeRegistration(null, phone,
					this.address ? new PostalAddress(LINE, null, "34200", "Sète") : null, this.preference,
					Citizens.this.clock.instant());
			if (this.validated) {
				account.validate("Mairie", Citizens.this.clock.instant());
				// validated long ago: no validation email in the test
				account.clearEvents();
			}
			account = Citizens.this.accounts.save(account);
			Citizen citizen = snapshot(account, null, List.of());
			for (Child child : this.children) {
				addChild(citizen, child.firstNames(), child.age());
			}
			return this.authenticator ? enrol(citizen) : citizen;
		}

		private Citizen enrol(Citizen citizen) {
			String secret = Citizens.this.authenticator.start(citizen.username()).secret();
			List<String> codes = Citizens.this.authenticator
				.confirm(citizen.id(), secret, TotpCodes.at(secret, Citizens.this.clock.instant()),
						new MockHttpServletRequest())
				.orElseThrow();
			return reload(new Citizen(citizen.id(), null, null, null, null, false, null, secret, codes));
		}

	}

}
