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
		ACCOUNT_CLOSED

	}

	private static final int MAX_ACTOR = 100;

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
	 * The events of one account, newest first (the citizen's data export).
	 * @param accountId the account
	 * @param username its identifier (events recorded before the account was known)
	 */
	@Transactional(readOnly = true)
	public List<Entry> of(UUID accountId, String username) {
		return this.jdbc.query(
				"select occurred_at, action, client_address from audit_event where account_id = ? or actor = ? "
						+ "order by occurred_at desc",
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
