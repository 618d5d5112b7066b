package fr.comptecitoyen.account.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import fr.comptecitoyen.account.AccountNotEditableException;
import fr.comptecitoyen.account.AccountStatus;
import fr.comptecitoyen.account.Civility;
import fr.comptecitoyen.account.ContactPreference;
import fr.comptecitoyen.account.PostalAddress;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A citizen account. Its status only moves through the verbs below, each checked against
 * the lifecycle table of {@link AccountStatus}.
 */
@Entity
@Table(name = "citizen_account")
public class Account {

	@Id
	private UUID id;

	@Column(nullable = false, unique = true, length = 80)
	private String username;

	@Column(nullable = false, length = 254)
	private String email;

	@Column(name = "password_hash", nullable = false, length = 255)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private AccountStatus status;

	@Column(name = "status_reason", length = 500)
	private String statusReason;

	@Enumerated(EnumType.STRING)
	@Column(length = 16)
	private Civility civility;

	@Column(name = "last_name", length = 100)
	private String lastName;

	@Column(name = "first_name", length = 100)
	private String firstName;

	@Column(name = "other_first_names", length = 150)
	private String otherFirstNames;

	@Column(name = "birth_date")
	private LocalDate birthDate;

	@Column(length = 32)
	private String phone;

	@Column(name = "address_line", length = 200)
	private String addressLine;

	@Column(name = "address_complement", length = 200)
	private String addressComplement;

	@Column(length = 10)
	private String postcode;

	@Column(length = 100)
	private String city;

	@Enumerated(EnumType.STRING)
	@Column(name = "contact_preference", nullable = false, length = 16)
	private ContactPreference contactPreference;

	@Column(name = "terms_accepted_at")
	private Instant termsAcceptedAt;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "status_changed_at")
	private Instant statusChangedAt;

	@Column(name = "last_sign_in_at")
	private Instant lastSignInAt;

	@Column(name = "registration_key", unique = true, length = 64)
	private String registrationKey;

	@Version
	private long version;

	protected Account() {
	}

	/**
	 * A new account, pending validation.
	 */
	public Account(String username, String email, String passwordHash, Civility civility, String lastName,
			String firstName, LocalDate birthDate, Instant now) {
		this.id = UUID.randomUUID();
		this.username = username;
		this.email = email;
		this.passwordHash = passwordHash;
		this.civility = civility;
		this.lastName = lastName;
		this.firstName = firstName;
		this.birthDate = birthDate;
		this.status = AccountStatus.PENDING;
		this.contactPreference = ContactPreference.EMAIL;
		this.createdAt = now;
		this.updatedAt = now;
		this.statusChangedAt = now;
	}

	/** The town hall checked the account. Only a pending account can be validated. */
	public void validate(Instant now) {
		move(AccountStatus.PENDING, AccountStatus.VALIDATED, null, now);
	}

	/** The town hall refuses the account. Only a pending account can be rejected. */
	public void reject(String reason, Instant now) {
		move(AccountStatus.PENDING, AccountStatus.REJECTED, reason, now);
	}

	/** The town hall blocks a validated account for a while. */
	public void suspend(String reason, Instant now) {
		move(AccountStatus.VALIDATED, AccountStatus.SUSPENDED, reason, now);
	}

	/** The town hall lifts a suspension. */
	public void reinstate(Instant now) {
		move(AccountStatus.SUSPENDED, AccountStatus.VALIDATED, null, now);
	}

	/**
	 * Closes the account and forgets the person: only the username (kept unique so it is
	 * never handed to someone else) and dates remain.
	 */
	public void close(Instant now) {
		if (this.status == AccountStatus.CLOSED) {
			throw new IllegalAccountTransitionException(this.status, AccountStatus.CLOSED);
		}
		this.status = AccountStatus.CLOSED;
		this.statusReason = null;
		this.email = "ferme-" + this.id + "@invalid";
		this.passwordHash = "{noop}!";
		this.civility = null;
		this.lastName = null;
		this.firstName = null;
		this.otherFirstNames = null;
		this.birthDate = null;
		this.phone = null;
		this.addressLine = null;
		this.addressComplement = null;
		this.postcode = null;
		this.city = null;
		this.statusChangedAt = now;
		this.updatedAt = now;
	}

	private void move(AccountStatus from, AccountStatus to, String reason, Instant now) {
		if (this.status != from) {
			throw new IllegalAccountTransitionException(this.status, to);
		}
		this.status = to;
		this.statusReason = reason;
		this.statusChangedAt = now;
		this.updatedAt = now;
	}

	/** Replaces the password hash (change, recovery or rehash at sign-in). */
	public void changePasswordHash(String hash, Instant now) {
		this.passwordHash = hash;
		this.updatedAt = now;
	}

	/** Records a successful sign-in. */
	public void signedIn(Instant now) {
		this.lastSignInAt = now;
	}

	/**
	 * Updates the profile. Refused unless the account is validated.
	 */
	public void updateProfile(Civility civility, String lastName, String firstName, String otherFirstNames,
			LocalDate birthDate, String phone, PostalAddress address, ContactPreference preference, Instant now) {
		requireEditable();
		this.civility = civility;
		this.lastName = lastName;
		this.firstName = firstName;
		this.otherFirstNames = otherFirstNames;
		this.birthDate = birthDate;
		this.phone = phone;
		setAddress(address);
		this.contactPreference = preference;
		this.updatedAt = now;
	}

	/**
	 * Details given at registration beyond the mandatory ones (allowed while pending: it
	 * is the registration itself).
	 */
	public void completeRegistration(String otherFirstNames, String phone, PostalAddress address,
			ContactPreference preference, Instant termsAcceptedAt) {
		this.otherFirstNames = otherFirstNames;
		this.phone = phone;
		setAddress(address);
		this.contactPreference = (preference != null) ? preference : ContactPreference.EMAIL;
		this.termsAcceptedAt = termsAcceptedAt;
	}

	/**
	 * Remembers the one-time id of the registration form that created the account, so
	 * that the same form posted twice finds this account instead of creating another.
	 */
	public void recordRegistrationKey(String registrationKey) {
		this.registrationKey = registrationKey;
	}

	/** Changes the email address (once confirmed from the new address). */
	public void changeEmail(String email, Instant now) {
		requireEditable();
		this.email = email;
		this.updatedAt = now;
	}

	/** Throws unless the profile may be changed in the current status. */
	public void requireEditable() {
		if (!this.status.mayEditProfile()) {
			throw new AccountNotEditableException(this.status);
		}
	}

	private void setAddress(PostalAddress address) {
		this.addressLine = (address != null) ? address.line() : null;
		this.addressComplement = (address != null) ? address.complement() : null;
		this.postcode = (address != null) ? address.postcode() : null;
		this.city = (address != null) ? address.city() : null;
	}

	public UUID getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	public String getEmail() {
		return this.email;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public AccountStatus getStatus() {
		return this.status;
	}

	public String getStatusReason() {
		return this.statusReason;
	}

	public Civility getCivility() {
		return this.civility;
	}

	public String getLastName() {
		return this.lastName;
	}

	public String getFirstName() {
		return this.firstName;
	}

	public String getOtherFirstNames() {
		return this.otherFirstNames;
	}

	public LocalDate getBirthDate() {
		return this.birthDate;
	}

	public String getPhone() {
		return this.phone;
	}

	public PostalAddress getAddress() {
		return new PostalAddress(this.addressLine, this.addressComplement, this.postcode, this.city);
	}

	public ContactPreference getContactPreference() {
		return this.contactPreference;
	}

	public Instant getTermsAcceptedAt() {
		return this.termsAcceptedAt;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public Instant getStatusChangedAt() {
		return this.statusChangedAt;
	}

	public Instant getLastSignInAt() {
		return this.lastSignInAt;
	}

	public String getRegistrationKey() {
		return this.registrationKey;
	}

	/** Civility and full name, for greetings: "Madame Camille Martin". */
	public String getDisplayName() {
		StringBuilder name = new StringBuilder();
		if (this.civility != null) {
			name.append(this.civility == Civility.MADAME ? "Madame " : "Monsieur ");
		}
		if (this.firstName != null) {
			name.append(this.firstName).append(' ');
		}
		if (this.lastName != null) {
			name.append(this.lastName);
		}
		return name.toString().trim();
	}

}
