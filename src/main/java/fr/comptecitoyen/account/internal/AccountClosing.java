package fr.comptecitoyen.account.internal;

import java.time.Clock;
import java.util.UUID;

import fr.comptecitoyen.account.AccountEvents.AccountClosed;
import fr.comptecitoyen.security.AuditLog;
import fr.comptecitoyen.security.SecondFactorCredentials;
import fr.comptecitoyen.security.PasswordConfirmation;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Fermer mon compte": confirmed with the password, the account forgets the person (see
 * {@link Account#close}), its links and recovery codes are deleted, and
 * {@link AccountClosed}, registered by the account, tells the other modules (household
 * data, final email) in the same transaction.
 */
@Service
public class AccountClosing {

	private final AccountRepository accounts;

	private final PasswordConfirmation confirmation;

	private final AccountTokens tokens;

	private final SecondFactorCredentials secondFactors;

	private final AuditLog audit;

	private final Clock clock;

	AccountClosing(AccountRepository accounts, PasswordConfirmation confirmation, AccountTokens tokens,
			SecondFactorCredentials secondFactors, AuditLog audit, Clock clock) {
		this.accounts = accounts;
		this.confirmation = confirmation;
		this.tokens = tokens;
		this.secondFactors = secondFactors;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Closes the account if the password (or a code of the person's authenticator app) is
	 * right.
	 * @return whether it was closed
	 */
	@Transactional
	public boolean close(UUID accountId, String password, HttpServletRequest request) {
		Account account = this.accounts.findById(accountId).orElseThrow();
		if (!this.confirmation.matchesPasswordOrCode(accountId, account.getUsername(), password,
				account.getPasswordHash(), request)) {
			return false;
		}
		this.tokens.deleteAll(accountId);
		this.secondFactors.remove(accountId);
		account.close(account.getUsername(), this.clock.instant());
		this.accounts.save(account);
		this.audit.record(AuditLog.Action.ACCOUNT_CLOSED, account.getUsername(), accountId, request);
		return true;
	}

}
