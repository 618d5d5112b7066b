package fr.comptecitoyen.instruction.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.comptecitoyen.instruction.StaffEvents.StaffInvited;
import fr.comptecitoyen.instruction.StaffEvents.StaffPasswordChosen;
import fr.comptecitoyen.security.AuditLog;
import fr.comptecitoyen.security.PasswordPolicy;
import fr.comptecitoyen.security.SecretTokens;
import fr.comptecitoyen.security.SignInAttempts;
import fr.comptecitoyen.shared.CitySettings;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitation links of staff members: 256 random bits in the link, only their SHA-256
 * stored, single use, valid 72 hours ({@code cc.staff.invitation-validity}); a new
 * invitation voids the older ones. Following the link, the person chooses a password
 * under the citizens' policy (at least 12 characters, not common, not their names).
 */
@Service
public class StaffInvitations {

	private final JdbcTemplate jdbc;

	private final StaffRepository staff;

	private final PasswordPolicy policy;

	private final PasswordEncoder encoder;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	private final CitySettings city;

	private final StaffSettings settings;

	private final Clock clock;

	private final SignInAttempts attempts;

	StaffInvitations(JdbcTemplate jdbc, StaffRepository staff, PasswordPolicy policy, PasswordEncoder encoder,
			ApplicationEventPublisher events, AuditLog audit, CitySettings city, StaffSettings settings, Clock clock,
			SignInAttempts attempts) {
		this.attempts = attempts;
		this.jdbc = jdbc;
		this.staff = staff;
		this.policy = policy;
		this.encoder = encoder;
		this.events = events;
		this.audit = audit;
		this.city = city;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Sends a new link to choose a password to the member (older links stop working).
	 * @param passwordReset whether it replaces a password voided by an administrator (the
	 * email says so), else a first invitation
	 */
	@Transactional
	public void send(StaffMember member, boolean passwordReset) {
		Instant now = this.clock.instant();
		Instant expiresAt = now.plus(this.settings.invitationValidity());
		String token = SecretTokens.newToken();
		this.jdbc.update("update staff_invitation set used_at = ? where staff_id = ? and used_at is null",
				Timestamp.from(now), member.getId());
		this.jdbc.update(
				"insert into staff_invitation (token_hash, staff_id, created_at, expires_at) values (?, ?, ?, ?)",
				SecretTokens.sha256(token), member.getId(), Timestamp.from(now), Timestamp.from(expiresAt));
		this.events.publishEvent(new StaffInvited(UUID.randomUUID(), member.getId(), member.getUsername(),
				member.getEmail(), member.getDisplayName(), this.city.link(StaffPaths.INVITATION + "/" + token),
				expiresAt, passwordReset));
	}

	/** The member a still valid link was sent to. */
	@Transactional(readOnly = true)
	public Optional<StaffMember> holder(String token) {
		return validStaffId(token).flatMap(this.staff::findById).filter((member) -> !member.isDisabled());
	}

	/**
	 * Sets the password chosen through a valid link and spends the link; after a reset
	 * (not a first invitation), the person is told by email that the password changed.
	 * @return the policy's problems (message codes); empty when the password was set
	 * @throws IllegalArgumentException when the link is unknown, used or expired
	 */
	@Transactional
	public List<String> choosePassword(String token, String password, HttpServletRequest request) {
		StaffMember member = holder(token).orElseThrow(() -> new IllegalArgumentException("Invalid link"));
		List<String> problems = this.policy.problems(password,
				List.of(member.getUsername(), member.getDisplayName(), member.getEmail()));
		if (problems.isEmpty() && PasswordPolicy.reuses(password, member.replacedPasswordHash(), this.encoder)) {
			// A reset, perhaps because the password was seen: the same one would undo it.
			problems = List.of(PasswordPolicy.REUSED);
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		int spent = this.jdbc.update("update staff_invitation set used_at = ? where token_hash = ? and used_at is null",
				Timestamp.from(this.clock.instant()), SecretTokens.sha256(token));
		if (spent != 1) {
			throw new IllegalArgumentException("Invalid link");
		}
		boolean reset = member.awaitsNewPassword();
		member.choosePassword(this.encoder.encode(password));
		// A suspension of the account by wrong passwords ends with the new password.
		this.attempts.succeeded(member.getUsername());
		this.audit.recordStaff(
				reset ? AuditLog.Action.STAFF_PASSWORD_CHOSEN : AuditLog.Action.STAFF_INVITATION_ACCEPTED,
				member.getUsername(), StaffAdministration.object(member), request);
		if (reset) {
			this.events.publishEvent(new StaffPasswordChosen(UUID.randomUUID(), member.getUsername(), member.getEmail(),
					member.getDisplayName(), this.clock.instant()));
		}
		return List.of();
	}

	private Optional<UUID> validStaffId(String token) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		List<UUID> found = this.jdbc.queryForList(
				"select staff_id from staff_invitation where token_hash = ? and used_at is null and expires_at > ?",
				UUID.class, SecretTokens.sha256(token), Timestamp.from(this.clock.instant()));
		return found.stream().findFirst();
	}

}
