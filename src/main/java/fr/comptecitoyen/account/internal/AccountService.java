package fr.comptecitoyen.account.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;

import fr.comptecitoyen.account.AccountStatusChange;
import fr.comptecitoyen.account.AccountSummary;
import fr.comptecitoyen.account.Accounts;
import fr.comptecitoyen.security.SessionControl;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The town hall's verbs on accounts (load locked, apply the aggregate's verb, save —
 * which publishes its event), and the read side offered to other modules.
 */
@Service
class AccountService implements Accounts {

	private final AccountRepository accounts;

	private final SessionControl sessions;

	private final Clock clock;

	AccountService(AccountRepository accounts, SessionControl sessions, Clock clock) {
		this.accounts = accounts;
		this.sessions = sessions;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<AccountSummary> find(UUID accountId) {
		return this.accounts.findById(accountId).map(AccountService::summary);
	}

	@Override
	@Transactional(readOnly = true)
	public List<AccountSummary> findByIdentifier(String identifier) {
		if (identifier == null || identifier.isBlank()) {
			return List.of();
		}
		String wanted = identifier.strip().toLowerCase(java.util.Locale.ROOT);
		Optional<Account> byUsername = this.accounts.findByUsername(wanted);
		if (byUsername.isPresent()) {
			return List.of(summary(byUsername.get()));
		}
		return this.accounts.findByEmail(wanted).stream().map(AccountService::summary).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public void requireEditable(UUID accountId) {
		load(accountId).requireEditable();
	}

	@Override
	@Transactional
	public void recordCitizenChange(UUID accountId) {
		apply(accountId, (account, now) -> account.recordCitizenChange(now));
	}

	@Override
	@Transactional
	public void validate(UUID accountId, String by) {
		apply(accountId, (account, now) -> account.validate(by, now));
	}

	@Override
	@Transactional
	public void askCorrection(UUID accountId, String by, String message) {
		apply(accountId, (account, now) -> account.askCorrection(by, message, now));
	}

	@Override
	@Transactional
	public void reject(UUID accountId, String by, String reason) {
		apply(accountId, (account, now) -> account.reject(by, reason, now));
		this.sessions.endAll(load(accountId).getUsername());
	}

	@Override
	@Transactional
	public void suspend(UUID accountId, String by, String reason) {
		apply(accountId, (account, now) -> account.suspend(by, reason, now));
	}

	@Override
	@Transactional
	public void reinstate(UUID accountId, String by) {
		apply(accountId, (account, now) -> account.reinstate(by, now));
	}

	@Override
	@Transactional(readOnly = true)
	public List<AccountStatusChange> history(UUID accountId) {
		return this.accounts.findById(accountId).map(Account::history).orElse(List.of());
	}

	/**
	 * Applies one verb at the clock's time and saves, which publishes its event. The row
	 * is locked first, so that a second staff member acting at once waits, then finds the
	 * first one's change (and the table refuses the verb if it no longer applies).
	 */
	private void apply(UUID accountId, BiConsumer<Account, Instant> verb) {
		Account account = this.accounts.lockById(accountId)
			.orElseThrow(() -> new IllegalArgumentException("No account " + accountId));
		verb.accept(account, this.clock.instant());
		this.accounts.save(account);
	}

	private Account load(UUID accountId) {
		return this.accounts.findById(accountId)
			.orElseThrow(() -> new IllegalArgumentException("No account " + accountId));
	}

	static AccountSummary summary(Account account) {
		return new AccountSummary(account.getId(), account.getUsername(), account.getEmail(), account.getStatus(),
				account.getCivility(), account.getLastName(), account.getFirstName(), account.getOtherFirstNames(),
				account.getBirthDate(), account.getPhone(), account.getAddress(), account.getContactPreference(),
				account.isCorrectionRequested());
	}

}
