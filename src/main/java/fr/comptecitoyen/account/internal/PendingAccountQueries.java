package fr.comptecitoyen.account.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import fr.comptecitoyen.account.AccountStatus;
import fr.comptecitoyen.account.AccountStatusChange;
import fr.comptecitoyen.account.AccountTransition;
import fr.comptecitoyen.account.PendingAccounts;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The queue of pending accounts and the duplicate hints, read with the repository. An
 * account waiting for a correction is left out of the queue until the citizen saves a
 * change. Identity is compared without case or accents ("Hélène" and "HELENE" match).
 */
@Service
class PendingAccountQueries implements PendingAccounts {

	private static final List<AccountStatus> COMPARED = List.of(AccountStatus.PENDING, AccountStatus.VALIDATED);

	private final AccountRepository accounts;

	PendingAccountQueries(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public List<PendingAccount> queue(int limit) {
		return this.accounts
			.findByStatusAndCorrectionRequestedFalseOrderByCreatedAtAscIdAsc(AccountStatus.PENDING, Limit.of(limit))
			.stream()
			.map(PendingAccountQueries::view)
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public long count() {
		return this.accounts.countByStatusAndCorrectionRequestedFalse(AccountStatus.PENDING);
	}

	@Override
	@Transactional(readOnly = true)
	public List<AwaitingCorrection> awaitingCorrection(int limit) {
		List<AwaitingCorrection> awaiting = new ArrayList<>();
		for (Account account : this.accounts
			.findByStatusAndCorrectionRequestedTrueOrderByCreatedAtAscIdAsc(AccountStatus.PENDING, Limit.of(limit))) {
			List<AccountStatusChange> history = account.history();
			AccountStatusChange asked = null;
			for (AccountStatusChange change : history) {
				if (change.verb() == AccountTransition.ASK_CORRECTION) {
					asked = change;
				}
			}
			awaiting.add(new AwaitingCorrection(view(account), (asked != null) ? asked.at() : null,
					(asked != null) ? asked.reason() : null));
		}
		awaiting
			.sort(Comparator.comparing(AwaitingCorrection::askedAt, Comparator.nullsFirst(Comparator.naturalOrder())));
		return awaiting;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PendingAccount> findByUsername(String username) {
		return this.accounts.findByUsername(username).map(PendingAccountQueries::view);
	}

	@Override
	@Transactional(readOnly = true)
	public List<DuplicateHint> duplicates(UUID accountId) {
		Account account = this.accounts.findById(accountId).orElse(null);
		if (account == null) {
			return List.of();
		}
		List<DuplicateHint> hints = new ArrayList<>();
		if (account.getBirthDate() != null && account.getLastName() != null && account.getFirstName() != null) {
			this.accounts.findByBirthDateAndStatusIn(account.getBirthDate(), COMPARED)
				.stream()
				.filter((other) -> !other.getId().equals(accountId))
				.filter((other) -> same(other.getLastName(), account.getLastName())
						&& same(other.getFirstName(), account.getFirstName()))
				.forEach((other) -> hints.add(hint(other, Rule.IDENTITY)));
		}
		this.accounts.findByEmail(account.getEmail())
			.stream()
			.filter((other) -> !other.getId().equals(accountId) && COMPARED.contains(other.getStatus()))
			.forEach((other) -> hints.add(hint(other, Rule.EMAIL)));
		if (account.getPhone() != null && !account.getPhone().isBlank()) {
			this.accounts.findByPhoneAndStatusIn(account.getPhone(), COMPARED)
				.stream()
				.filter((other) -> !other.getId().equals(accountId))
				.forEach((other) -> hints.add(hint(other, Rule.PHONE)));
		}
		return hints;
	}

	private static DuplicateHint hint(Account other, Rule rule) {
		return new DuplicateHint(other.getUsername(), other.getStatus(), rule);
	}

	private static boolean same(String a, String b) {
		return Objects.equals(fold(a), fold(b));
	}

	private static String fold(String name) {
		if (name == null) {
			return null;
		}
		String decomposed = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return decomposed.replaceAll("[\\s'’-]+", " ").toLowerCase(Locale.ROOT);
	}

	static PendingAccount view(Account account) {
		return new PendingAccount(account.getId(), account.getUsername(), account.getStatus(), account.getCivility(),
				account.getLastName(), account.getFirstName(), account.getOtherFirstNames(), account.getBirthDate(),
				account.getEmail(), account.getPhone(), account.getAddress(), account.getContactPreference(),
				account.getCreatedAt());
	}

}
