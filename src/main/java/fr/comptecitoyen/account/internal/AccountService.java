package fr.comptecitoyen.account.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.comptecitoyen.account.AccountEvents.AccountCorrectionAsked;
import fr.comptecitoyen.account.AccountEvents.AccountRejected;
import fr.comptecitoyen.account.AccountEvents.AccountSuspended;
import fr.comptecitoyen.account.AccountEvents.AccountValidated;
import fr.comptecitoyen.account.AccountStatus;
import fr.comptecitoyen.account.AccountStatusChange;
import fr.comptecitoyen.account.AccountSummary;
import fr.comptecitoyen.account.Accounts;
import fr.comptecitoyen.security.SessionControl;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The town hall's decisions on accounts, and the read side offered to other modules.
 */
@Service
class AccountService implements Accounts {

	private final AccountRepository accounts;

	private final AccountHistory history;

	private final SessionControl sessions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AccountService(AccountRepository accounts, AccountHistory history, SessionControl sessions,
			ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.history = history;
		this.sessions = sessions;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<AccountSummary> find(UUID accountId) {
		return this.accounts.findById(accountId).map(AccountService::summary);
	}

	@Override
	@Transactional(readOnly = true)
	public void requireEditable(UUID accountId) {
		load(accountId).requireEditable();
	}

	@Override
	@Transactional
	public void validate(UUID accountId) {
		Account account = load(accountId);
		account.validate(this.clock.instant());
		this.events.publishEvent(new AccountValidated(account.getId(), account.getUsername(), account.getEmail(),
				account.getDisplayName()));
	}

	@Override
	@Transactional
	public void reject(UUID accountId, String reason) {
		Account account = load(accountId);
		account.reject(reason, this.clock.instant());
		this.events
			.publishEvent(new AccountRejected(account.getId(), account.getEmail(), account.getDisplayName(), reason));
	}

	@Override
	@Transactional
	public void validate(UUID accountId, String by) {
		Account account = load(accountId);
		AccountStatus from = account.getStatus();
		validate(accountId);
		this.history.record(accountId, from, account.getStatus(), by, null);
	}

	@Override
	@Transactional
	public void askCorrection(UUID accountId, String by, String message) {
		Account account = load(accountId);
		if (account.getStatus() != AccountStatus.PENDING) {
			throw new IllegalAccountTransitionException(account.getStatus(), AccountStatus.PENDING);
		}
		this.history.record(accountId, AccountStatus.PENDING, AccountStatus.PENDING, by, message);
		this.events.publishEvent(new AccountCorrectionAsked(UUID.randomUUID(), accountId, account.getEmail(),
				account.getDisplayName(), message));
	}

	@Override
	@Transactional
	public void reject(UUID accountId, String by, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("A refusal needs a reason");
		}
		Account account = load(accountId);
		AccountStatus from = account.getStatus();
		reject(accountId, reason);
		this.history.record(accountId, from, account.getStatus(), by, reason);
		this.sessions.endAll(account.getUsername());
	}

	@Override
	@Transactional(readOnly = true)
	public List<AccountStatusChange> history(UUID accountId) {
		return this.history.of(accountId);
	}

	@Override
	@Transactional
	public void suspend(UUID accountId, String reason) {
		Account account = load(accountId);
		account.suspend(reason, this.clock.instant());
		this.events
			.publishEvent(new AccountSuspended(account.getId(), account.getEmail(), account.getDisplayName(), reason));
	}

	@Override
	@Transactional
	public void reinstate(UUID accountId) {
		load(accountId).reinstate(this.clock.instant());
	}

	private Account load(UUID accountId) {
		return this.accounts.findById(accountId)
			.orElseThrow(() -> new IllegalArgumentException("No account " + accountId));
	}

	static AccountSummary summary(Account account) {
		return new AccountSummary(account.getId(), account.getUsername(), account.getEmail(), account.getStatus(),
				account.getCivility(), account.getLastName(), account.getFirstName(), account.getOtherFirstNames(),
				account.getBirthDate(), account.getPhone(), account.getAddress(), account.getContactPreference());
	}

}
