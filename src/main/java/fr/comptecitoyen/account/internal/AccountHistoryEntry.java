package fr.comptecitoyen.account.internal;

import java.time.Instant;
import java.util.UUID;

import fr.comptecitoyen.account.AccountStatus;
import fr.comptecitoyen.account.AccountStatusChange;
import fr.comptecitoyen.account.AccountTransition;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.UuidGenerator;

/**
 * One line of an account's status history: who applied which verb, when, from which
 * status to which, and why. Written by the account's verbs only.
 */
@Entity
@Table(name = "account_status_history")
class AccountHistoryEntry {

	// Generated when inserted: a new line has no id, so saving its aggregate (a merge)
	// inserts it without looking it up first.
	@Id
	@GeneratedValue
	@UuidGenerator
	private UUID id;

	@Column(name = "account_id", nullable = false)
	private UUID accountId;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private Instant at;

	@Column(name = "by_name", length = 200)
	private String by;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private AccountTransition verb;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status", nullable = false, length = 16)
	private AccountStatus from;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status", nullable = false, length = 16)
	private AccountStatus to;

	@Column(length = 2000)
	private String reason;

	protected AccountHistoryEntry() {
	}

	AccountHistoryEntry(UUID accountId, int position, Instant at, String by, AccountTransition verb, AccountStatus from,
			AccountStatus to, String reason) {
		this.accountId = accountId;
		this.position = position;
		this.at = at;
		this.by = by;
		this.verb = verb;
		this.from = from;
		this.to = to;
		this.reason = reason;
	}

	/** The line as other modules read it. */
	AccountStatusChange view() {
		return new AccountStatusChange(this.at, this.by, this.from, this.to, this.verb, this.reason);
	}

}
