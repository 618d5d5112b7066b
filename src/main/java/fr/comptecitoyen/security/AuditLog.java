package fr.comptecitoyen.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The security journal: sign-ins, recoveries, password and second-factor changes, account
 * closures. Who, what, when and from which address; never a password, code or token.
 * Written in the transaction of the change it records, so both happen or neither.
 */
@Component
public class AuditLog {

	/** What happened. */
	public enum Action {

		/** Right password (and code, if asked): signed in. */
		SIGN_IN_SUCCEEDED,

		/**
		 * Refused sign-in (unknown identifier, wrong password or throttled: not told).
		 */
		SIGN_IN_FAILED,

		/** Wrong authenticator or recovery code after a right password. */
		SECOND_FACTOR_FAILED,

		/** A recovery code was used to sign in. */
		RECOVERY_CODE_USED,

		/** A lost-password link was sent. */
		PASSWORD_RESET_REQUESTED,

		/** The password was replaced through a lost-password link. */
		PASSWORD_RESET,

		/** The password was changed by the signed-in citizen. */
		PASSWORD_CHANGED,

		/** A new email address was asked for (link sent to it). */
		EMAIL_CHANGE_REQUESTED,

		/** The new email address was confirmed. */
		EMAIL_CHANGED,

		/** An authenticator app was set up. */
		TOTP_ENABLED,

		/** The authenticator app was removed. */
		TOTP_DISABLED,

		/** The session reached its absolute limit. */
		SESSION_EXPIRED,

		/** The citizen closed the account. */
		ACCOUNT_CLOSED,

		/** A staff member signed in (password and second factor). */
		STAFF_SIGN_IN_SUCCEEDED,

		/** A staff sign-in was refused (identifier as typed). */
		STAFF_SIGN_IN_FAILED,

		/** A staff member enrolled an authenticator app. */
		STAFF_SECOND_FACTOR_ENROLLED,

		/** A staff member gave a wrong code. */
		STAFF_SECOND_FACTOR_FAILED,

		/** A staff member signed in with a recovery code. */
		STAFF_RECOVERY_CODE_USED,

		/** An administrator reset a staff member's second factor. */
		STAFF_SECOND_FACTOR_RESET,

		/**
		 * An administrator voided a staff member's password and sent a link to choose a
		 * new one.
		 */
		STAFF_PASSWORD_RESET,

		/** An administrator invited a staff member. */
		STAFF_INVITED,

		/** An invited staff member chose a password. */
		STAFF_INVITATION_ACCEPTED,

		/**
		 * A staff member chose a new password by the link sent after an administrator's
		 * reset.
		 */
		STAFF_PASSWORD_CHOSEN,

		/** An administrator changed a staff member's roles or departments. */
		STAFF_ROLES_CHANGED,

		/** An administrator disabled a staff member. */
		STAFF_DISABLED,

		/** A staff member looked at a citizen's account. */
		ACCOUNT_VIEWED,

		/** A staff member validated a citizen's account. */
		ACCOUNT_VALIDATED,

		/** A staff member asked a citizen to correct the account. */
		ACCOUNT_CORRECTION_ASKED,

		/** A staff member refused a citizen's account. */
		ACCOUNT_REJECTED,

		/** A staff member looked at a citizen's request. */
		REQUEST_VIEWED,

		/**
		 * A staff member asked for a request they may not see or work on (another
		 * department's, or one that does not exist): refused with a 404.
		 */
		REQUEST_ACCESS_REFUSED,

		/** A staff member exported personal data. */
		EXPORTED,

		/** A staff member downloaded one file of a citizen's request. */
		REQUEST_FILE_DOWNLOADED,

		/** A staff member downloaded every file of a request as one ZIP. */
		REQUEST_FILES_DOWNLOADED,

		/**
		 * A staff member acted on a request (a verb of its lifecycle, a note, a tick).
		 */
		REQUEST_ACTED,

		/**
		 * A staff member entered a request for someone at the counter or on the phone
		 * (the account looked up, then the request sent).
		 */
		REQUEST_ENTERED,

		/**
		 * A staff member found a citizen's account to enter a request for them (the entry
		 * may then be given up).
		 */
		REQUEST_ENTRY_FOR_ACCOUNT,

		/** An administrator created a department ({@code service:<code>}). */
		DEPARTMENT_CREATED,

		/** An administrator renamed a department. */
		DEPARTMENT_RENAMED,

		/** An administrator deactivated a department. */
		DEPARTMENT_DEACTIVATED,

		/** An administrator made a deactivated department active again. */
		DEPARTMENT_REACTIVATED,

		/**
		 * An administrator gave a procedure to a department, or published or withdrew it
		 * ({@code demarche:<code>}).
		 */
		PROCEDURE_SETTINGS_CHANGED

	}

	private static final int MAX_ACTOR = 100;

	private static final int MAX_OBJECT = 120;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	AuditLog(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records an event.
	 * @param action what happened
	 * @param actor the identifier concerned (as typed, for a refused sign-in)
	 * @param accountId the account, when known
	 * @param request where it came from (may be null)
	 */
	@Transactional
	public void record(Action action, String actor, UUID accountId, HttpServletRequest request) {
		String who = (actor == null) ? "" : actor.strip();
		this.jdbc.update(
				"insert into audit_event (id, occurred_at, action, actor, account_id, client_address) values (?, ?, ?, ?, ?, ?)",
				UUID.randomUUID(), Timestamp.from(this.clock.instant()), action.name(),
				who.length() > MAX_ACTOR ? who.substring(0, MAX_ACTOR) : who, accountId, clientAddress(request));
	}

	/**
	 * Records what a staff member did, in the caller's transaction (an action that rolls
	 * back leaves no entry).
	 * @param action what happened
	 * @param staff the staff identifier (as typed, for a refused sign-in)
	 * @param object what it was done to ({@code "compte:jean.dupont"},
	 * {@code "agent:agent.education"}…), or null
	 * @param request where it came from (may be null)
	 */
	@Transactional
	public void recordStaff(Action action, String staff, String object, HttpServletRequest request) {
		String who = (staff == null) ? "" : staff.strip();
		String what = (object == null || object.length() <= MAX_OBJECT) ? object : object.substring(0, MAX_OBJECT);
		this.jdbc.update(
				"insert into audit_event (id, occurred_at, action, actor, actor_kind, object_ref, client_address) "
						+ "values (?, ?, ?, ?, 'STAFF', ?, ?)",
				UUID.randomUUID(), Timestamp.from(this.clock.instant()), action.name(),
				who.length() > MAX_ACTOR ? who.substring(0, MAX_ACTOR) : who, what, clientAddress(request));
	}

	/**
	 * The events of one account, newest first (the citizen's data export).
	 * @param accountId the account
	 * @param username its identifier (events recorded before the account was known)
	 */
	@Transactional(readOnly = true)
	public List<Entry> of(UUID accountId, String username) {
		return this.jdbc.query(
				"select occurred_at, action, client_address from audit_event where actor_kind = 'CITIZEN' "
						+ "and (account_id = ? or actor = ?) order by occurred_at desc",
				(rs, i) -> new Entry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3)), accountId,
				username);
	}

	/**
	 * The client's address, as the proxy headers tell it
	 * (server.forward-headers-strategy).
	 */
	public static String clientAddress(HttpServletRequest request) {
		return (request != null) ? request.getRemoteAddr() : null;
	}

	/** One event as shown to the citizen. */
	public record Entry(Instant at, String action, String clientAddress) {
	}

}
