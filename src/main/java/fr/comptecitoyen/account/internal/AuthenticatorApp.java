package fr.comptecitoyen.account.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.comptecitoyen.account.AccountStatus;
import fr.comptecitoyen.account.CitizenPrincipal;
import fr.comptecitoyen.account.CredentialEvents.TotpDisabled;
import fr.comptecitoyen.account.CredentialEvents.TotpEnabled;
import fr.comptecitoyen.security.AuditLog;
import fr.comptecitoyen.security.PasswordConfirmation;
import fr.comptecitoyen.security.SecondFactor;
import fr.comptecitoyen.security.SecondFactorCredentials;
import fr.comptecitoyen.security.SecondFactorCredentials.Check;
import fr.comptecitoyen.security.SecondFactorCredentials.Enrolment;
import fr.comptecitoyen.security.SecondFactorCredentials.Status;
import fr.comptecitoyen.shared.CitySettings;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The optional authenticator app (TOTP) of a citizen: enrolment confirmed by a first
 * code, ten recovery codes, removal with the password, and the second step of sign-in.
 * The credential itself lives in {@code security} ({@link SecondFactorCredentials}).
 */
@Service
public class AuthenticatorApp implements SecondFactor {

	private final AccountRepository accounts;

	private final SecondFactorCredentials credentials;

	private final PasswordConfirmation confirmation;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final CitySettings city;

	AuthenticatorApp(AccountRepository accounts, SecondFactorCredentials credentials, PasswordConfirmation confirmation,
			AuditLog audit, ApplicationEventPublisher events, CitySettings city) {
		this.accounts = accounts;
		this.credentials = credentials;
		this.confirmation = confirmation;
		this.audit = audit;
		this.events = events;
		this.city = city;
	}

	/** A new secret to show, not stored until a first code confirms it. */
	public Enrolment start(String username) {
		return this.credentials.start(this.city.name(), username);
	}

	/**
	 * Turns the app on if the code matches the secret shown.
	 * @return the recovery codes (shown once), or empty if the code is wrong
	 */
	@Transactional
	public Optional<List<String>> confirm(UUID accountId, String secretBase32, String code,
			HttpServletRequest request) {
		Account account = this.accounts.findById(accountId).orElseThrow();
		if (account.getStatus() == AccountStatus.CLOSED || this.credentials.isEnrolled(accountId)) {
			throw new IllegalStateException("Authenticator app already on, or account closed");
		}
		Optional<List<String>> codes = this.credentials.confirm(accountId, secretBase32, code);
		if (codes.isEmpty()) {
			return codes;
		}
		this.events.publishEvent(new TotpEnabled(UUID.randomUUID(), accountId, account.getUsername(),
				account.getEmail(), account.getDisplayName()));
		this.audit.record(AuditLog.Action.TOTP_ENABLED, account.getUsername(), accountId, request);
		return codes;
	}

	/**
	 * Whether the current password confirms that the account's owner is the one enrolling
	 * an app (and about to see recovery codes), checked under the sign-in throttle.
	 * @param accountId the signed-in account
	 * @param password what was typed as the current password
	 * @param request the request, for the client address
	 */
	@Transactional(readOnly = true)
	public boolean confirmsOwner(UUID accountId, String password, HttpServletRequest request) {
		Account account = this.accounts.findById(accountId).orElseThrow();
		return this.confirmation.matchesPasswordOrCode(accountId, account.getUsername(), password,
				account.getPasswordHash(), request);
	}

	/**
	 * Turns the app off, if the password or a current code of the app is right.
	 * @return whether it was turned off
	 */
	@Transactional
	public boolean disable(UUID accountId, String password, HttpServletRequest request) {
		Account account = this.accounts.findById(accountId).orElseThrow();
		if (!this.credentials.isEnrolled(accountId) || !this.confirmation.matchesPasswordOrCode(accountId,
				account.getUsername(), password, account.getPasswordHash(), request)) {
			return false;
		}
		this.credentials.remove(accountId);
		this.events.publishEvent(new TotpDisabled(UUID.randomUUID(), accountId, account.getUsername(),
				account.getEmail(), account.getDisplayName()));
		this.audit.record(AuditLog.Action.TOTP_DISABLED, account.getUsername(), accountId, request);
		return true;
	}

	/** State shown on "Sécurité de mon compte". */
	public Status status(UUID accountId) {
		return this.credentials.status(accountId);
	}

	@Override
	public boolean isRequired(Object principal) {
		return principal instanceof CitizenPrincipal citizen && citizen.totpEnabled();
	}

	@Override
	@Transactional
	public boolean verify(Object principal, String code) {
		if (!(principal instanceof CitizenPrincipal citizen)) {
			return false;
		}
		Check check = this.credentials.verify(citizen.accountId(), code);
		if (check == Check.RECOVERY_CODE) {
			this.audit.record(AuditLog.Action.RECOVERY_CODE_USED, citizen.getUsername(), citizen.accountId(),
					currentRequest());
		}
		return check.accepted();
	}

	private static HttpServletRequest currentRequest() {
		return (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				? attributes.getRequest() : null;
	}

}
