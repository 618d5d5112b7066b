package fr.comptecitoyen.account.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import fr.comptecitoyen.account.AccountNotEditableException;
import fr.comptecitoyen.account.AccountStatus;
import fr.comptecitoyen.account.AccountStatusChange;
import fr.comptecitoyen.account.AccountTransition;
import fr.comptecitoyen.account.IllegalAccountTransitionException;
import fr.comptecitoyen.account.Civility;
import fr.comptecitoyen.account.ContactPreference;
import fr.comptecitoyen.account.PostalAddress;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

/**
 * A citizen account. Its status only moves through the verbs below, each checked against
 * {@link AccountTransition}'s table, written to the status history and raising the event
 * the table names (published when the account is saved, see {@link #pendingEvents()}).
 */
@Entity
@Table(name = "citizen_account")
public class Account {

	/**
	 * The longest reason or message given to the citizen (column {@code status_reason}).
	 */
	public static final int REASON_LENGTH = 500;

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

	@Column(name = "correction_requested", nullable = false)
	private boolean correctionRequested;

	@Version
	private long version;

	// Eager: the verbs also run on an account loaded earlier (a detached copy), and a
	// history line needs the lines before it.
	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@JoinColumn(name = "account_id", insertable = false, updatable = false)
	@OrderBy("position")
	private List<AccountHistoryEntry> history = new ArrayList<>();

	private final transient List<Object> events = new ArrayList<>();

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

	/**
	 * The town hall checked the account.
	 * @param by the staff member's display name
	 * @throws IllegalAccountTransitionException unless the account is pending
	 */
	public void validate(String by, Instant now) {
		move(AccountTransition.VALIDATE, by, null, now);
	}

	/**
	 * The town hall asks the citizen to correct something; the account stays pending and
	 * may be changed until the citizen saves a change ({@link #recordCitizenChange}).
	 * @param message what to correct, 1 to 500 characters
	 * @throws IllegalArgumentException when the message is blank or too long
	 * @throws IllegalAccountTransitionException unless the account is pending
	 */
	public void askCorrection(String by, String message, Instant now) {
		if (message == null || message.isBlank() || message.length() > REASON_LENGTH) {
			throw new IllegalArgumentException("A correction request needs a message of 1 to 500 characters");
		}
		move(AccountTransition.ASK_CORRECTION, by, message.strip(), now);
	}

	/**
	 * The town hall refuses the account, with the reason given to the citizen.
	 * @throws IllegalAccountTransitionException unless the account is pending
	 */
	public void reject(String by, String reason, Instant now) {
		move(AccountTransition.REJECT, by, reason, now);
	}

	/**
	 * The town hall blocks a validated account for a while.
	 * @throws IllegalAccountTransitionException unless the account is validated
	 */
	public void suspend(String by, String reason, Instant now) {
		move(AccountTransition.SUSPEND, by, reason, now);
	}

	/**
	 * The town hall lifts a suspension.
	 * @throws IllegalAccountTransitionException unless the account is suspended
	 */
	public void reinstate(String by, Instant now) {
		move(AccountTransition.REINSTATE, by, null, now);
	}

	/**
	 * The citizen saved a change to the profile or the household: when a correction was
	 * requested, it is made ({@link AccountTransition#CORRECTED}) and the account is back
	 * in the validation queue; otherwise nothing happens.
	 */
	public void recordCitizenChange(Instant now) {
		if (AccountTransition.CORRECTED.allowedFrom(this.status, this.correctionRequested)) {
			move(AccountTransition.CORRECTED, this.username, null, now);
		}
	}

	/**
	 * Closes the account and forgets the person: only the username (kept unique so it is
	 * never handed to someone else), dates and the status history remain. The event
	 * carries the last address known.
	 * @param by who closed it (the citizen's username, or a staff member)
	 * @throws IllegalAccountTransitionException when already closed
	 */
	public void close(String by, Instant now) {
		move(AccountTransition.CLOSE, by, null, now);
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
	}

	/**
	 * Applies one verb of {@link AccountTransition}'s table: checked, written to the
	 * status history, its event registered.
	 */
	private void move(AccountTransition verb, String by, String reason, Instant now) {
		AccountStatus from = this.status;
		this.status = verb.target(from, this.correctionRequested);
		this.correctionRequested = verb.leavesCorrectionRequested();
		this.statusReason = reason;
		this.statusChangedAt = now;
		this.updatedAt = now;
		this.history
			.add(new AccountHistoryEntry(this.id, this.history.size(), now, by, verb, from, this.status, reason));
		this.events.add(verb
			.event(new AccountTransition.Facts(this.id, this.username, this.email, getDisplayName(), reason, now)));
	}

	/**
	 * The events raised by the verbs applied since the last save, in order; the
	 * repository publishes them on {@code save} (in the transaction of the change) and
	 * then forgets them.
	 */
	@DomainEvents
	public List<Object> pendingEvents() {
		return Collections.unmodifiableList(this.events);
	}

	/**
	 * Forgets the events registered and not yet published. The repository calls it after
	 * publishing them; a test fixture that sets up an account's past (validated long ago)
	 * calls it so that no email of that past goes out.
	 */
	@AfterDomainEventPublication
	public void clearEvents() {
		this.events.clear();
	}

	/** The status history, oldest first. */
	public List<AccountStatusChange> history() {
		return this.history.stream().map(AccountHistoryEntry::view).toList();
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
		recordCitizenChange(now);
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
		recordCitizenChange(now);
	}

	/**
	 * Whether the profile and the household may be changed: once validated, or while
	 * pending when the town hall asked for a correction.
	 */
	public boolean isEditable() {
		return this.status.mayEditProfile() || this.correctionRequested && this.status == AccountStatus.PENDING;
	}

	/** Throws unless the profile may be changed now (see {@link #isEditable()}). */
	public void requireEditable() {
		if (!isEditable()) {
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

	/** Whether the town hall asked for a correction the citizen has not made yet. */
	public boolean isCorrectionRequested() {
		return this.correctionRequested;
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
