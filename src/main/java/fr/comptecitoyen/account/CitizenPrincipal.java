package fr.comptecitoyen.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.comptecitoyen.shared.web.SignedIn;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in citizen, as Spring Security holds it in the session. Controllers take it
 * with {@code @AuthenticationPrincipal CitizenPrincipal citizen} and scope every query to
 * {@link #accountId()}.
 */
public final class CitizenPrincipal implements UserDetails, CredentialsContainer {

	/** The authority every signed-in citizen has. */
	public static final String ROLE = "ROLE_CITIZEN";

	private final UUID accountId;

	private final String username;

	private String passwordHash;

	private final boolean enabled;

	private final boolean totpEnabled;

	public CitizenPrincipal(UUID accountId, String username, String passwordHash, boolean enabled,
			boolean totpEnabled) {
		this.accountId = accountId;
		this.username = username;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.totpEnabled = totpEnabled;
	}

	/**
	 * The citizen signed in by this authentication, if it is one (not a visitor, a staff
	 * member, or a password awaiting its second factor).
	 * @param authentication the request's authentication, or {@code null}
	 * @return the citizen, or empty
	 */
	public static Optional<CitizenPrincipal> signedIn(Authentication authentication) {
		return (SignedIn.as(authentication, ROLE) && authentication.getPrincipal() instanceof CitizenPrincipal citizen)
				? Optional.of(citizen) : Optional.empty();
	}

	/** The account's id: never shown in URLs, used to scope queries. */
	public UUID accountId() {
		return this.accountId;
	}

	/** Whether sign-in needs a code from an authenticator app after the password. */
	public boolean totpEnabled() {
		return this.totpEnabled;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(ROLE));
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
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CitizenPrincipal that && that.accountId.equals(this.accountId);
	}

	@Override
	public int hashCode() {
		return this.accountId.hashCode();
	}

	@Override
	public String toString() {
		return "CitizenPrincipal[" + this.username + "]";
	}

}
