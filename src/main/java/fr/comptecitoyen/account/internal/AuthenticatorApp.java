package fr.comptecitoyen.account.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import fr.comptecitoyen.account.CitizenPrincipal;
import fr.comptecitoyen.account.CredentialEvents.TotpDisabled;
import fr.comptecitoyen.account.CredentialEvents.TotpEnabled;
import fr.comptecitoyen.security.AuditLog;
import fr.comptecitoyen.security.Base32;
import fr.comptecitoyen.security.PasswordConfirmation;
import fr.comptecitoyen.security.QrCodes;
import fr.comptecitoyen.security.SecondFactor;
import fr.comptecitoyen.security.Totp;
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
 */
@Service
public class AuthenticatorApp implements SecondFactor {

	private final AccountRepository accounts;

	private final Totp totp;

	private final TotpSecretCipher cipher;

	private final RecoveryCodes recoveryCodes;

	private final PasswordConfirmation confirmation;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final CitySettings city;

	private final Clock clock;

	AuthenticatorApp(AccountRepository accounts, Totp totp, TotpSecretCipher cipher, RecoveryCodes recoveryCodes,
			PasswordConfirmation confirmation, AuditLog audit, ApplicationEventPublisher events, CitySettings city,
			Clock clock) {
		this.accounts = accounts;
		this.totp = totp;
		this.cipher = cipher;
		this.recoveryCodes = recoveryCodes;
		this.confirmation = confirmation;
		this.audit = audit;
		this.events = events;
		this.city = city;
		this.clock = clock;
	}

	/** A new secret to show, not stored until a first code confirms it. */
	public Enrolment start(String username) {
		byte[] secret = Totp.newSecret();
		String uri = Totp.uri(this.city.name(), username, secret);
		return new Enrolment(Base32.encode(secret), Base32.grouped(secret), QrCodes.svgDataUri(uri));
	}

	/**
	 * Turns the app on if the code matches the secret shown.
	 * @return the recovery codes (shown once), or empty if the code is wrong
	 */
	@Transactional
	public Optional<List<String>> confirm(UUID accountId, String secretBase32, String code,
			HttpServletRequest request) {
		byte[] secret = Base32.decode(secretBase32);
		OptionalLong step = this.totp.verify(secret, code, Long.MIN_VALUE);
		if (step.isEmpty()) {
			return Optional.empty();
		}
		Account account = this.accounts.findById(accountId).orElseThrow();
		account.enableTotp(this.cipher.encrypt(secret), step.getAsLong(), this.clock.instant());
		List<String> codes = this.recoveryCodes.replace(accountId);
		this.events.publishEvent(new TotpEnabled(UUID.randomUUID(), accountId, account.getUsername(),
				account.getEmail(), account.getDisplayName()));
		this.audit.record(AuditLog.Action.TOTP_ENABLED, account.getUsername(), accountId, request);
		return Optional.of(codes);
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
		return this.confirmation.matches(account.getUsername(), password, account.getPasswordHash(), request);
	}

	/**
	 * Turns the app off, if the password is right.
	 * @return whether it was turned off
	 */
	@Transactional
	public boolean disable(UUID accountId, String password, HttpServletRequest request) {
		Account account = this.accounts.findById(accountId).orElseThrow();
		if (!account.isTotpEnabled()
				|| !this.confirmation.matches(account.getUsername(), password, account.getPasswordHash(), request)) {
			return false;
		}
		account.disableTotp(this.clock.instant());
		this.recoveryCodes.deleteAll(accountId);
		this.events.publishEvent(new TotpDisabled(UUID.randomUUID(), accountId, account.getUsername(),
				account.getEmail(), account.getDisplayName()));
		this.audit.record(AuditLog.Action.TOTP_DISABLED, account.getUsername(), accountId, request);
		return true;
	}

	/** State shown on "Sécurité de mon compte". */
	@Transactional(readOnly = true)
	public Status status(UUID accountId) {
		Account account = this.accounts.findById(accountId).orElseThrow();
		return new Status(account.isTotpEnabled(), account.getTotpEnabledAt(),
				account.isTotpEnabled() ? this.recoveryCodes.remaining(accountId) : 0);
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
		Account account = this.accounts.findById(citizen.accountId()).orElse(null);
		if (account == null || !account.isTotpEnabled() || code == null) {
			return false;
		}
		byte[] secret = this.cipher.decrypt(account.getTotpSecret());
		OptionalLong step = this.totp.verify(secret, code, account.getTotpLastStep());
		if (step.isPresent()) {
			return account.useTotpStep(step.getAsLong());
		}
		if (this.recoveryCodes.use(account.getId(), code)) {
			this.audit.record(AuditLog.Action.RECOVERY_CODE_USED, account.getUsername(), account.getId(),
					currentRequest());
			return true;
		}
		return false;
	}

	private static HttpServletRequest currentRequest() {
		return (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				? attributes.getRequest() : null;
	}

	/**
	 * A secret being set up.
	 *
	 * @param secret base32, kept in the session until confirmed
	 * @param grouped the same in groups of four, to type by hand
	 * @param qrCode the {@code otpauth://} address as a QR code image
	 */
	public record Enrolment(String secret, String grouped, String qrCode) implements java.io.Serializable {
	}

	/** Whether the app is on, since when, and how many recovery codes are left. */
	public record Status(boolean enabled, java.time.Instant since, int recoveryCodesLeft) {
	}

}
