package fr.comptecitoyen.instruction.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import fr.comptecitoyen.instruction.StaffPrincipal;
import fr.comptecitoyen.instruction.StaffRole;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * A town-hall staff member: created by an administrator with roles and departments,
 * without a password until the invited person chooses one through the emailed link.
 * Disabled rather than deleted, so that the audit log keeps pointing at someone.
 */
@Entity
@Table(name = "staff_member")
public class StaffMember {

	@Id
	private UUID id;

	@Column(nullable = false, unique = true, length = 80)
	private String username;

	@Column(nullable = false, unique = true, length = 254)
	private String email;

	@Column(name = "display_name", nullable = false, length = 150)
	private String displayName;

	@Column(name = "password_hash", length = 255)
	private String passwordHash;

	/**
	 * The hash a reset voided, until a new password is chosen (never used to sign in).
	 */
	@Column(name = "replaced_password_hash", length = 255)
	private String replacedPasswordHash;

	@Column(name = "disabled_at")
	private Instant disabledAt;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by", nullable = false, length = 80)
	private String createdBy;

	@Column(name = "last_sign_in_at")
	private Instant lastSignInAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "staff_member_role", joinColumns = @JoinColumn(name = "staff_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "role", length = 30)
	private Set<StaffRole> roles = new HashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "staff_member_department", joinColumns = @JoinColumn(name = "staff_id"))
	@Column(name = "department_code", length = 60)
	private Set<String> departments = new HashSet<>();

	@Version
	private long version;

	protected StaffMember() {
	}

	/**
	 * A new staff member, not able to sign in until a password is chosen.
	 * @param username identifier, lower case ({@code prénom.nom} or a service name)
	 * @param email where the invitation goes, lower case
	 * @param createdBy the administrator's identifier
	 */
	public StaffMember(String username, String email, String displayName, Set<StaffRole> roles, Set<String> departments,
			String createdBy, Instant now) {
		this.id = UUID.randomUUID();
		this.username = username;
		this.email = email;
		this.displayName = displayName;
		this.roles = new HashSet<>(roles);
		this.departments = new HashSet<>(departments);
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	/** Sets the password hash (invitation accepted, or rehash at sign-in). */
	public void choosePassword(String hash) {
		this.passwordHash = hash;
		this.replacedPasswordHash = null;
	}

	/**
	 * Voids the password: nothing signs in until a new one is chosen by a link. Its hash
	 * is kept apart until then, so that the same password is not chosen again.
	 */
	public void forgetPassword() {
		if (this.passwordHash != null) {
			this.replacedPasswordHash = this.passwordHash;
		}
		this.passwordHash = null;
	}

	/**
	 * The hash of the password a reset voided, while no new one has been chosen.
	 * @return the hash, or null (no reset, or a new password chosen since)
	 */
	public String replacedPasswordHash() {
		return this.replacedPasswordHash;
	}

	/** Replaces the roles and departments. */
	public void assign(Set<StaffRole> roles, Set<String> departments) {
		this.roles = roles.isEmpty() ? new HashSet<>() : EnumSet.copyOf(roles);
		this.departments = new HashSet<>(departments);
	}

	/** Disables the person: sign-in refused from now on. */
	public void disable(Instant now) {
		if (this.disabledAt == null) {
			this.disabledAt = now;
		}
	}

	/** Records a complete sign-in. */
	public void signedIn(Instant now) {
		this.lastSignInAt = now;
	}

	/**
	 * Whether the password was voided by an administrator (a reset: there was one, used
	 * to sign in or not), rather than never chosen (an invitation not yet accepted).
	 */
	public boolean awaitsNewPassword() {
		return this.passwordHash == null && (this.replacedPasswordHash != null || this.lastSignInAt != null);
	}

	/**
	 * Where the access stands, as the administration pages show it.
	 * @param appEnrolled whether the person has an authenticator app set up
	 */
	public State state(boolean appEnrolled) {
		if (this.disabledAt != null) {
			return State.DISABLED;
		}
		if (this.passwordHash != null) {
			return appEnrolled ? State.ACTIVE : State.APP_TO_SET_UP;
		}
		return awaitsNewPassword() ? State.PASSWORD_RESET : State.INVITED;
	}

	/** Where a staff member's access stands ({@code agent.admin.staff.state.*}). */
	public enum State {

		/** Signs in with a password and the app's code. */
		ACTIVE,

		/**
		 * A password, no app (never set up, or removed by an administrator): one is set
		 * up at the next sign-in.
		 */
		APP_TO_SET_UP,

		/** Invited: no password chosen yet. */
		INVITED,

		/** Password voided by an administrator: a new one to choose by the link sent. */
		PASSWORD_RESET,

		/** Disabled: no sign-in. */
		DISABLED

	}

	/** Whether the person may sign in (enabled and with a password). */
	public boolean maySignIn() {
		return this.disabledAt == null && this.passwordHash != null;
	}

	/** The principal held in the session. */
	public StaffPrincipal principal() {
		return new StaffPrincipal(this.id, this.username, this.displayName, this.roles, this.departments,
				this.passwordHash);
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

	public String getDisplayName() {
		return this.displayName;
	}

	public boolean isDisabled() {
		return this.disabledAt != null;
	}

	public boolean hasPassword() {
		return this.passwordHash != null;
	}

	public Set<StaffRole> getRoles() {
		return Set.copyOf(this.roles);
	}

	public Set<String> getDepartments() {
		return Set.copyOf(this.departments);
	}

	public Instant getLastSignInAt() {
		return this.lastSignInAt;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
