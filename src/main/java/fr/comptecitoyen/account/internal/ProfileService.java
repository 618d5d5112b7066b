package fr.comptecitoyen.account.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import fr.comptecitoyen.account.AccountSummary;
import fr.comptecitoyen.account.ProfileChange;
import fr.comptecitoyen.account.Profiles;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Profile reads and changes; the account itself refuses a change unless it is validated.
 */
@Service
class ProfileService implements Profiles {

	private final AccountRepository accounts;

	private final Clock clock;

	ProfileService(AccountRepository accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<AccountSummary> findByUsername(String username) {
		return this.accounts.findByUsername(username).map(AccountService::summary);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> statusReason(UUID accountId) {
		return this.accounts.findById(accountId).map(Account::getStatusReason);
	}

	@Override
	@Transactional
	public void updateProfile(UUID accountId, ProfileChange change) {
		Account account = this.accounts.findById(accountId)
			.orElseThrow(() -> new IllegalArgumentException("No account " + accountId));
		account.updateProfile(change.civility(), change.lastName(), change.firstName(), change.otherFirstNames(),
				change.birthDate(), change.phone(), change.address(), change.contactPreference(), this.clock.instant());
		// publishes what the change raised (a requested correction made)
		this.accounts.save(account);
	}

}
