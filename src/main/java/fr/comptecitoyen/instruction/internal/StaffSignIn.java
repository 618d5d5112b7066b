package fr.comptecitoyen.instruction.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import fr.comptecitoyen.instruction.StaffPrincipal;
import fr.comptecitoyen.security.AuditLog;
import fr.comptecitoyen.security.SecondFactorCredentials;
import fr.comptecitoyen.security.SecondFactorCredentials.Check;
import fr.comptecitoyen.security.SessionSettings;
import fr.comptecitoyen.security.SignInAttempts;
import fr.comptecitoyen.security.SignInRefused;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a staff sign-in, each one changing the session id: the password (then the
 * session only holds a pending state), then the second factor — enrolment of an app at
 * the first sign-in, a code afterwards — which completes it. The staff security context
 * is kept in the session under its own key, so a citizen's session never opens a staff
 * page and a staff session never acts as a citizen.
 */
@Component
public class StaffSignIn {

	/** The session attribute keeping the page to go to once the sign-in completes. */
	private static final String RETURN_TO = "cc.staff.retour";

	/** Session attribute holding the staff security context. */
	public static final String CONTEXT_KEY = "CC_STAFF_SECURITY_CONTEXT";

	/** Session attribute: when the staff member signed in (epoch millis). */
	static final String SIGNED_IN_AT = "cc.staff.signedInAt";

	/** Prefix of the principal name under which staff sessions are indexed. */
	static final String SESSION_PRINCIPAL_PREFIX = "agent:";

	/** Time allowed between the password and the second factor. */
	static final Duration PENDING_LIMIT = Duration.ofMinutes(10);

	private final StaffDirectory directory;

	private final StaffRepository staff;

	private final SecondFactorCredentials secondFactors;

	private final SignInAttempts attempts;

	private final AuditLog audit;

	private final SessionSettings sessions;

	private final Clock clock;

	private final HttpSessionSecurityContextRepository contexts;

	StaffSignIn(StaffDirectory directory, StaffRepository staff, SecondFactorCredentials secondFactors,
			SignInAttempts attempts, AuditLog audit, SessionSettings sessions, Clock clock) {
		this.directory = directory;
		this.staff = staff;
		this.secondFactors = secondFactors;
		this.attempts = attempts;
		this.audit = audit;
		this.sessions = sessions;
		this.clock = clock;
		this.contexts = new HttpSessionSecurityContextRepository();
		this.contexts.setSpringSecurityContextKey(CONTEXT_KEY);
	}

	/** Where the staff chain keeps its security context. */
	HttpSessionSecurityContextRepository contexts() {
		return this.contexts;
	}

	/**
	 * The password was right: keep a pending state and go to the second factor (enrolment
	 * when the person has no app yet).
	 */
	void passwordAccepted(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException {
		StaffPrincipal principal = (StaffPrincipal) authentication.getPrincipal();
		store(new StaffSignInPending(principal, this.clock.millis()), request, response);
		String retour = request.getParameter("retour");
		if (StaffPaths.returnable(retour)) {
			request.getSession().setAttribute(RETURN_TO, retour);
		}
		String next = this.secondFactors.isEnrolled(principal.staffId()) ? StaffPaths.CODE : StaffPaths.ENROL;
		response.sendRedirect(request.getContextPath() + next);
	}

	/**
	 * A refused password: journal (the identifier of the staff member designated, even
	 * one who may not sign in, never the text typed), then the sign-in page again.
	 */
	void passwordRefused(HttpServletRequest request, AuthenticationException refusal) {
		String account = SignInRefused.account(refusal);
		if (account.isEmpty()) {
			// A member who may not sign in (disabled, password reset) is not designated
			// by the password check; the journal still names them.
			account = this.directory.usernameOf(request.getParameter("username")).orElse("");
		}
		this.audit.recordStaff(AuditLog.Action.STAFF_SIGN_IN_FAILED, account, null, request);
	}

	/** The pending state of the current session, if recent enough. */
	public Optional<StaffPrincipal> pending() {
		if (SecurityContextHolder.getContext().getAuthentication() instanceof StaffSignInPending pending
				&& this.clock.millis() - pending.since() < PENDING_LIMIT.toMillis()) {
			return Optional.of(pending.getPrincipal());
		}
		return Optional.empty();
	}

	/**
	 * Checks a code typed after the password (app or recovery code), under the throttle;
	 * the journal entry is written in the same transaction.
	 * @return which kind of code was accepted, or {@link Check#REFUSED}
	 */
	@Transactional
	public Check verify(StaffPrincipal principal, String code, HttpServletRequest request) {
		String address = AuditLog.clientAddress(request);
		Check check = this.attempts.isBlocked(principal.getUsername()) ? Check.REFUSED
				: this.secondFactors.verify(principal.staffId(), code);
		if (!check.accepted()) {
			this.attempts.failed(principal.getUsername(), address);
			this.audit.recordStaff(AuditLog.Action.STAFF_SECOND_FACTOR_FAILED, principal.getUsername(), null, request);
		}
		else if (check == Check.RECOVERY_CODE) {
			this.audit.recordStaff(AuditLog.Action.STAFF_RECOVERY_CODE_USED, principal.getUsername(), null, request);
		}
		return check;
	}

	/**
	 * Enrols the app shown at the first sign-in if the code matches its secret, under the
	 * throttle; journalled in the same transaction.
	 * @return the ten recovery codes to show once, or empty if the code is refused
	 */
	@Transactional
	public Optional<List<String>> enrol(StaffPrincipal principal, String secretBase32, String code,
			HttpServletRequest request) {
		String address = AuditLog.clientAddress(request);
		Optional<List<String>> codes = this.attempts.isBlocked(principal.getUsername()) ? Optional.empty()
				: this.secondFactors.confirm(principal.staffId(), secretBase32, code);
		if (codes.isEmpty()) {
			this.attempts.failed(principal.getUsername(), address);
			this.audit.recordStaff(AuditLog.Action.STAFF_SECOND_FACTOR_FAILED, principal.getUsername(), null, request);
			return codes;
		}
		this.audit.recordStaff(AuditLog.Action.STAFF_SECOND_FACTOR_ENROLLED, principal.getUsername(), null, request);
		return codes;
	}

	/** Whether the person has enrolled an app already. */
	public boolean isEnrolled(StaffPrincipal principal) {
		return this.secondFactors.isEnrolled(principal.staffId());
	}

	/**
	 * Completes the sign-in: new session id, the person's current roles, the session
	 * clocks (idle and absolute), the journal. The citizen side's context, if any, is
	 * dropped from the session.
	 * @return false when the person may no longer sign in (disabled meanwhile)
	 */
	@Transactional
	public boolean complete(StaffPrincipal pending, HttpServletRequest request, HttpServletResponse response) {
		return completeTo(pending, request, response) != null;
	}

	/**
	 * Completes the sign-in as {@link #complete} does.
	 * @return where to go next: the back-office page the person was going to when asked
	 * to sign in, else {@link StaffPaths#HOME}; null when the sign-in did not complete
	 */
	public String completeTo(StaffPrincipal pending, HttpServletRequest request, HttpServletResponse response) {
		Optional<StaffPrincipal> current = this.directory.current(pending.staffId());
		if (current.isEmpty()) {
			return null;
		}
		StaffPrincipal principal = current.get();
		principal.eraseCredentials();
		request.changeSessionId();
		HttpSession session = request.getSession();
		session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		store(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()), request,
				response);
		session.setAttribute(SIGNED_IN_AT, this.clock.millis());
		session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME,
				sessionPrincipalName(principal.getUsername()));
		session.setMaxInactiveInterval((int) this.sessions.staffIdle().toSeconds());
		this.attempts.succeeded(principal.getUsername());
		this.staff.findById(principal.staffId()).ifPresent((member) -> member.signedIn(this.clock.instant()));
		this.audit.recordStaff(AuditLog.Action.STAFF_SIGN_IN_SUCCEEDED, principal.getUsername(), null, request);
		Object retour = session.getAttribute(RETURN_TO);
		session.removeAttribute(RETURN_TO);
		return (retour instanceof String page && StaffPaths.returnable(page)) ? page : StaffPaths.HOME;
	}

	/** The name under which a staff member's sessions are indexed (to end them all). */
	static String sessionPrincipalName(String username) {
		return SESSION_PRINCIPAL_PREFIX + username;
	}

	private void store(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

}
