package fr.comptecitoyen.instruction.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import fr.comptecitoyen.instruction.StaffEvents.StaffAppRemoved;
import fr.comptecitoyen.instruction.StaffPrincipal;
import fr.comptecitoyen.instruction.StaffRole;
import fr.comptecitoyen.security.AuditLog;
import fr.comptecitoyen.security.SecondFactorCredentials;
import fr.comptecitoyen.security.SessionControl;
import fr.comptecitoyen.shared.FieldProblem;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do to staff accounts, each journalled in its own transaction:
 * invite (the person chooses a password through an emailed link), change roles and
 * departments, disable, reset the second factor (enrolled again at the next sign-in).
 * Every change but the invitation ends the person's sessions, so that it applies at once.
 */
@Service
public class StaffAdministration {

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final StaffRepository staff;

	private final StaffInvitations invitations;

	private final SecondFactorCredentials secondFactors;

	private final SessionControl sessions;

	private final AuditLog audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	StaffAdministration(StaffRepository staff, StaffInvitations invitations, SecondFactorCredentials secondFactors,
			SessionControl sessions, AuditLog audit, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.staff = staff;
		this.invitations = invitations;
		this.secondFactors = secondFactors;
		this.sessions = sessions;
		this.audit = audit;
		this.clock = clock;
	}

	/** Every staff member, by username (the administration's list). */
	@Transactional(readOnly = true)
	public List<StaffMember> members() {
		return this.staff.findAllByOrderByUsername();
	}

	/** A staff member by username, if there is one. */
	@Transactional(readOnly = true)
	public Optional<StaffMember> find(String username) {
		return this.staff.findByUsername(username);
	}

	/**
	 * Creates a staff member and emails the invitation, unless the form has problems.
	 * @return every problem of the form, each naming its field ({@code username},
	 * {@code email}, {@code displayName}, {@code roles}, {@code departments}); empty when
	 * invited
	 */
	@Transactional
	public List<FieldProblem> invite(StaffPrincipal admin, Invitation invitation, HttpServletRequest request) {
		String username = invitation.username().strip().toLowerCase(Locale.ROOT);
		String email = invitation.email().strip().toLowerCase(Locale.ROOT);
		List<FieldProblem> problems = new ArrayList<>();
		if (!USERNAME.matcher(username).matches() || username.length() > 80) {
			problems.add(new FieldProblem("username", "agent.admin.staff.username.invalid"));
		}
		else if (this.staff.existsByUsername(username)) {
			problems.add(new FieldProblem("username", "agent.admin.staff.username.taken"));
		}
		if (!EMAIL.matcher(email).matches() || email.length() > 254) {
			problems.add(new FieldProblem("email", "agent.admin.staff.email.invalid"));
		}
		else if (this.staff.findByEmail(email).isPresent()) {
			problems.add(new FieldProblem("email", "agent.admin.staff.email.taken"));
		}
		if (invitation.displayName().isBlank() || invitation.displayName().length() > 150) {
			problems.add(new FieldProblem("displayName", "agent.admin.staff.name.required"));
		}
		problems.addAll(roleProblems(invitation.roles(), invitation.departments()));
		if (!problems.isEmpty()) {
			return problems;
		}
		StaffMember member = this.staff.saveAndFlush(new StaffMember(username, email, invitation.displayName().strip(),
				invitation.roles(), invitation.departments(), admin.getUsername(), this.clock.instant()));
		this.invitations.send(member, false);
		this.audit.recordStaff(AuditLog.Action.STAFF_INVITED, admin.getUsername(), object(member), request);
		return List.of();
	}

	/**
	 * Replaces a member's roles and departments, unless they break the rules of
	 * {@link #roleProblems}.
	 * @return the problems (fields {@code roles}, {@code departments}); empty when saved
	 */
	@Transactional
	public List<FieldProblem> assign(StaffPrincipal admin, UUID staffId, Set<StaffRole> roles, Set<String> departments,
			HttpServletRequest request) {
		List<FieldProblem> problems = roleProblems(roles, departments);
		StaffMember member = load(staffId);
		if (!roles.contains(StaffRole.ADMINISTRATOR) && lastAdministrator(member)) {
			problems.add(new FieldProblem("roles", "agent.admin.staff.admin.last"));
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		member.assign(roles, departments);
		this.sessions.endAll(StaffSignIn.sessionPrincipalName(member.getUsername()));
		this.audit.recordStaff(AuditLog.Action.STAFF_ROLES_CHANGED, admin.getUsername(), object(member), request);
		return List.of();
	}

	/**
	 * The rules of roles and departments: at least one role, and the agent role needs at
	 * least one department (an agent without one would see no request at all).
	 */
	static List<FieldProblem> roleProblems(Set<StaffRole> roles, Set<String> departments) {
		List<FieldProblem> problems = new ArrayList<>();
		if (roles.isEmpty()) {
			problems.add(new FieldProblem("roles", "agent.admin.staff.roles.required"));
		}
		if (roles.contains(StaffRole.AGENT) && departments.isEmpty()) {
			problems.add(new FieldProblem("departments", "agent.admin.staff.departments.required"));
		}
		return problems;
	}

	/**
	 * Disables a member: sign-in refused, sessions ended. Refused unless confirmed, for
	 * oneself (another administrator does it), and for the last active administrator (the
	 * commune would be locked out of its administration).
	 * @param confirmed whether the administrator ticked the confirmation
	 * @return the problems, next to the confirmation box; empty when done
	 */
	@Transactional
	public List<FieldProblem> disable(StaffPrincipal admin, UUID staffId, boolean confirmed,
			HttpServletRequest request) {
		StaffMember member = load(staffId);
		if (member.getId().equals(admin.staffId())) {
			return List.of(new FieldProblem("confirm", "agent.admin.staff.disable.self"));
		}
		if (lastAdministrator(member)) {
			return List.of(new FieldProblem("confirm", "agent.admin.staff.admin.last"));
		}
		if (!confirmed) {
			return List.of(new FieldProblem("confirm", "agent.admin.staff.disable.unconfirmed"));
		}
		member.disable(this.clock.instant());
		this.sessions.endAll(StaffSignIn.sessionPrincipalName(member.getUsername()));
		this.audit.recordStaff(AuditLog.Action.STAFF_DISABLED, admin.getUsername(), object(member), request);
		return List.of();
	}

	/** Whether the member is the only active administrator left. */
	private boolean lastAdministrator(StaffMember member) {
		return !member.isDisabled() && member.getRoles().contains(StaffRole.ADMINISTRATOR)
				&& this.staff.findAll()
					.stream()
					.noneMatch((other) -> !other.getId().equals(member.getId()) && !other.isDisabled()
							&& other.getRoles().contains(StaffRole.ADMINISTRATOR));
	}

	/**
	 * Removes a member's authenticator app: enrolled again at the next sign-in; an email
	 * tells the person.
	 */
	@Transactional
	public void resetSecondFactor(StaffPrincipal admin, UUID staffId, HttpServletRequest request) {
		StaffMember member = load(staffId);
		this.secondFactors.remove(member.getId());
		this.sessions.endAll(StaffSignIn.sessionPrincipalName(member.getUsername()));
		this.audit.recordStaff(AuditLog.Action.STAFF_SECOND_FACTOR_RESET, admin.getUsername(), object(member), request);
		this.events.publishEvent(new StaffAppRemoved(UUID.randomUUID(), member.getUsername(), member.getEmail(),
				member.getDisplayName(), this.clock.instant()));
	}

	/**
	 * Voids a member's password (it no longer signs in), ends their sessions and emails
	 * them a link to choose a new one: for a forgotten or exposed password. The
	 * authenticator app is kept.
	 */
	@Transactional
	public void resetPassword(StaffPrincipal admin, UUID staffId, HttpServletRequest request) {
		StaffMember member = load(staffId);
		member.forgetPassword();
		this.sessions.endAll(StaffSignIn.sessionPrincipalName(member.getUsername()));
		this.invitations.send(member, true);
		this.audit.recordStaff(AuditLog.Action.STAFF_PASSWORD_RESET, admin.getUsername(), object(member), request);
	}

	/** How a staff member appears in the journal's "object" column. */
	static String object(StaffMember member) {
		return "agent:" + member.getUsername();
	}

	private StaffMember load(UUID staffId) {
		return this.staff.findById(staffId).orElseThrow(() -> new IllegalArgumentException("No staff " + staffId));
	}

	/**
	 * Who to invite.
	 *
	 * @param username the identifier to sign in with
	 * @param email the work address the link goes to
	 * @param displayName the name shown to others
	 * @param roles the roles
	 * @param departments the department codes
	 */
	public record Invitation(String username, String email, String displayName, Set<StaffRole> roles,
			Set<String> departments) {
	}

}
