package fr.comptecitoyen.instruction.internal;

import java.util.Locale;
import java.util.Optional;

import fr.comptecitoyen.instruction.StaffPrincipal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the staff member behind what was typed at {@code /agent/connexion}: the
 * identifier or the email address. Disabled people and invited people who have not chosen
 * a password yet are not found (the refusal is the same as for a wrong password). Not a
 * {@code UserDetailsService} bean: the staff filter chain alone uses it, so a staff
 * identifier never signs in on the citizen side.
 */
@Service
public class StaffDirectory {

	private final StaffRepository staff;

	StaffDirectory(StaffRepository staff) {
		this.staff = staff;
	}

	/**
	 * The principal of a staff member who may sign in.
	 * @throws UsernameNotFoundException when there is none
	 */
	@Transactional(readOnly = true)
	public UserDetails load(String typed) {
		return find(typed).filter(StaffMember::maySignIn)
			.map(StaffMember::principal)
			.orElseThrow(() -> new UsernameNotFoundException("unknown"));
	}

	/** Stores an upgraded hash (older format rehashed at sign-in). */
	@Transactional
	public UserDetails rehash(UserDetails user, String newHash) {
		StaffMember member = this.staff.findById(((StaffPrincipal) user).staffId()).orElseThrow();
		member.choosePassword(newHash);
		return member.principal();
	}

	/**
	 * The current principal of a staff member, if still allowed to sign in (roles may
	 * have changed since the password was checked).
	 */
	@Transactional(readOnly = true)
	public Optional<StaffPrincipal> current(java.util.UUID staffId) {
		return this.staff.findById(staffId).filter(StaffMember::maySignIn).map(StaffMember::principal);
	}

	/**
	 * The identifier of the staff member an identifier or email address designates,
	 * whether or not they may sign in (disabled, password reset): for the journal of a
	 * refused sign-in.
	 * @param typed what was typed, or null
	 * @return the member's identifier, or empty when none is designated
	 */
	@Transactional(readOnly = true)
	public Optional<String> usernameOf(String typed) {
		return find(typed).map(StaffMember::getUsername);
	}

	private Optional<StaffMember> find(String typed) {
		if (typed == null || typed.isBlank()) {
			return Optional.empty();
		}
		String normalised = typed.strip().toLowerCase(Locale.ROOT);
		return normalised.contains("@") ? this.staff.findByEmail(normalised) : this.staff.findByUsername(normalised);
	}

}
