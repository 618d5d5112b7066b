package fr.comptecitoyen.account.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fr.comptecitoyen.account.CredentialEvents.PasswordChanged;
import fr.comptecitoyen.security.AuditLog;
import fr.comptecitoyen.security.PasswordConfirmation;
import fr.comptecitoyen.security.SessionControl;
import fr.comptecitoyen.shared.FieldProblem;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Modifier mon mot de passe", allowed in every state of the account (even pending): the
 * current password (throttled like sign-in), then a new one under the policy. The other
 * sessions end; the current one gets a new id; an email confirms.
 */
@Service
public class PasswordChange {

	/** Message code: the current password typed is wrong. */
	public static final String WRONG_CURRENT = "account.password.current.wrong";

	private final AccountRepository accounts;

	private final PasswordConfirmation confirmation;

	private final PasswordRules rules;

	private final PasswordEncoder encoder;

	private final SessionControl sessions;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PasswordChange(AccountRepository accounts, PasswordConfirmation confirmation, PasswordRules rules,
			PasswordEncoder encoder, SessionControl sessions, AuditLog audit, ApplicationEventPublisher events,
			Clock clock) {
		this.accounts = accounts;
		this.confirmation = confirmation;
		this.rules = rules;
		this.encoder = encoder;
		this.sessions = sessions;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Changes the password if the current one is right and the new one acceptable.
	 * @return the problems by field ({@code current}, {@code password},
	 * {@code confirmation}); empty when changed
	 */
	@Transactional
	public List<FieldProblem> change(UUID accountId, String current, String password, String repeated,
			HttpServletRequest request) {
		Account account = this.accounts.findById(accountId).orElseThrow();
		List<FieldProblem> problems = new ArrayList<>();
		boolean proven = this.confirmation.matches(account.getUsername(), current, account.getPasswordHash(), request);
		if (!proven) {
			problems.add(new FieldProblem("current", CurrentPassword.refusal(current, WRONG_CURRENT)));
		}
		// Compared with the current password only once that one is proven: else the form
		// would tell a guess right without counting it.
		problems.addAll(proven ? PasswordRecovery.checkReplacing(account, password, repeated, this.rules, this.encoder)
				: PasswordRecovery.check(account, password, repeated, this.rules));
		if (!problems.isEmpty()) {
			return problems;
		}
		account.changePasswordHash(this.encoder.encode(password), this.clock.instant());
		this.events.publishEvent(new PasswordChanged(UUID.randomUUID(), account.getId(), account.getUsername(),
				account.getEmail(), account.getDisplayName(), this.clock.instant()));
		this.audit.record(AuditLog.Action.PASSWORD_CHANGED, account.getUsername(), account.getId(), request);
		this.sessions.endOthers(account.getUsername(), request);
		return List.of();
	}

}
