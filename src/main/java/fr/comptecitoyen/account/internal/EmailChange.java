package fr.comptecitoyen.account.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import fr.comptecitoyen.account.AccountNotEditableException;
import fr.comptecitoyen.account.CredentialEvents.EmailChangeRequested;
import fr.comptecitoyen.account.CredentialEvents.EmailChanged;
import fr.comptecitoyen.account.internal.AccountTokens.Issued;
import fr.comptecitoyen.account.internal.AccountTokens.Purpose;
import fr.comptecitoyen.account.internal.AccountTokens.Valid;
import fr.comptecitoyen.security.AuditLog;
import fr.comptecitoyen.security.PasswordConfirmation;
import fr.comptecitoyen.shared.CitySettings;
import fr.comptecitoyen.shared.InputRules;
import fr.comptecitoyen.shared.InputRules.Checked;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new email address for the account (where links and notices go): confirmed from the
 * new address by a single-use link (24 hours) before anything changes; then a notice goes
 * to the old one. Refused while the account is pending, like every change of the account.
 */
@Service
public class EmailChange {

	/** How long the confirmation link works. */
	public static final Duration VALIDITY = Duration.ofHours(24);

	static final String LINK_PATH = "/compte/securite/courriel/";

	/** Message codes of the email field. */
	public static final String INVALID = "account.email.invalid";

	public static final String SAME = "account.email.same";

	private final AccountRepository accounts;

	private final AccountTokens tokens;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final CitySettings city;

	private final Clock clock;

	private final PasswordConfirmation confirmation;

	EmailChange(AccountRepository accounts, AccountTokens tokens, AuditLog audit, ApplicationEventPublisher events,
			CitySettings city, Clock clock, PasswordConfirmation confirmation) {
		this.confirmation = confirmation;
		this.accounts = accounts;
		this.tokens = tokens;
		this.audit = audit;
		this.events = events;
		this.city = city;
		this.clock = clock;
	}

	/**
	 * Sends the confirmation link to the new address, once the current password confirms
	 * that the account's owner asks (SECURITY.md: re-authentication before an email
	 * change, the way back into the account by recovery).
	 * @param currentPassword the account's password, checked under the sign-in throttle
	 * @return the problem, if any: {@link PasswordChange#WRONG_CURRENT} for the password,
	 * else a problem with the address typed
	 * @throws AccountNotEditableException while the account may not be changed
	 */
	@Transactional
	public Optional<String> request(UUID accountId, String typed, String currentPassword, HttpServletRequest request) {
		Account account = this.accounts.findById(accountId).orElseThrow();
		account.requireEditable();
		if (!this.confirmation.matchesPasswordOrCode(account.getId(), account.getUsername(), currentPassword,
				account.getPasswordHash(), request)) {
			return Optional.of(PasswordChange.WRONG_CURRENT);
		}
		Checked checked = InputRules.email(typed);
		if (!checked.ok()) {
			return Optional.of(INVALID);
		}
		String email = checked.value();
		if (email.equals(account.getEmail())) {
			return Optional.of(SAME);
		}
		Issued issued = this.tokens.issue(accountId, Purpose.EMAIL_CHANGE, VALIDITY, email);
		this.events.publishEvent(new EmailChangeRequested(UUID.randomUUID(), accountId, account.getUsername(), email,
				account.getDisplayName(), this.city.link(LINK_PATH + issued.token()), issued.expiresAt()));
		this.audit.record(AuditLog.Action.EMAIL_CHANGE_REQUESTED, account.getUsername(), accountId, request);
		return Optional.empty();
	}

	/**
	 * Applies the change a link confirms; the link must be the signed-in account's.
	 * @return the new address
	 * @throws InvalidLinkException when the link cannot be used
	 * @throws AccountNotEditableException when the account may no longer be changed
	 */
	@Transactional
	public String confirm(UUID accountId, String token, HttpServletRequest request) {
		Valid valid = this.tokens.find(token, Purpose.EMAIL_CHANGE)
			.filter((candidate) -> candidate.accountId().equals(accountId))
			.orElseThrow(InvalidLinkException::new);
		Account account = this.accounts.findById(accountId).orElseThrow();
		String old = account.getEmail();
		account.changeEmail(valid.newEmail(), this.clock.instant());
		if (!this.tokens.spend(valid)) {
			throw new InvalidLinkException();
		}
		this.accounts.save(account);
		this.events.publishEvent(new EmailChanged(UUID.randomUUID(), accountId, account.getUsername(), old,
				valid.newEmail(), account.getDisplayName()));
		this.audit.record(AuditLog.Action.EMAIL_CHANGED, account.getUsername(), accountId, request);
		return valid.newEmail();
	}

}
