package fr.comptecitoyen.instruction;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in town-hall staff member, as the staff filter chain holds it in the session
 * (under a key of its own, so that it never opens a citizen page). Its authorities are
 * {@link #STAFF} and one per role; they are granted only once the second factor is given.
 */
public final class StaffPrincipal implements UserDetails, CredentialsContainer, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	/** The authority every fully signed-in staff member has. */
	public static final String STAFF = "ROLE_STAFF";

	private final UUID staffId;

	private final String username;

	private final String displayName;

	private final Set<StaffRole> roles;

	private final Set<String> departments;

	private String passwordHash;

	/**
	 * @param staffId the staff member's id (never shown in URLs)
	 * @param username the identifier typed at sign-in
	 * @param displayName the name shown in the header and the audit log
	 * @param roles the roles held
	 * @param departments the codes of the departments the person belongs to
	 * @param passwordHash the stored hash (erased after sign-in)
	 */
	public StaffPrincipal(UUID staffId, String username, String displayName, Set<StaffRole> roles,
			Set<String> departments, String passwordHash) {
		this.staffId = staffId;
		this.username = username;
		this.displayName = displayName;
		this.roles = Set.copyOf(roles);
		this.departments = Set.copyOf(departments);
		this.passwordHash = passwordHash;
	}

	/** The staff member's id. */
	public UUID staffId() {
		return this.staffId;
	}

	/** The name shown to others. */
	public String displayName() {
		return this.displayName;
	}

	/** The roles held. */
	public Set<StaffRole> roles() {
		return this.roles;
	}

	/** Whether the person holds this role. */
	public boolean has(StaffRole role) {
		return this.roles.contains(role);
	}

	/** The codes of the person's departments. */
	public Set<String> departments() {
		return this.departments;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority(STAFF));
		this.roles.forEach((role) -> authorities.add(new SimpleGrantedAuthority(role.authority())));
		return authorities;
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof StaffPrincipal that && that.staffId.equals(this.staffId);
	}

	@Override
	public int hashCode() {
		return this.staffId.hashCode();
	}

	@Override
	public String toString() {
		return "StaffPrincipal[" + this.username + "]";
	}

}
