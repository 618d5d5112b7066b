package fr.comptecitoyen.account.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import fr.comptecitoyen.account.AccountStatus;
import fr.comptecitoyen.account.AccountStatusChange;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The history of accounts' statuses, written in the transaction of each change. */
@Repository
class AccountHistory {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	AccountHistory(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void record(UUID accountId, AccountStatus from, AccountStatus to, String by, String comment) {
		this.jdbc.update(
				"insert into account_status_change (id, account_id, changed_at, from_status, to_status, changed_by, comment) "
						+ "values (?, ?, ?, ?, ?, ?, ?)",
				UUID.randomUUID(), accountId, Timestamp.from(this.clock.instant()), from.name(), to.name(), by,
				comment);
	}

	List<AccountStatusChange> of(UUID accountId) {
		return this.jdbc.query(
				"select changed_at, from_status, to_status, changed_by, comment from account_status_change "
						+ "where account_id = ? order by changed_at, id",
				(rs, i) -> new AccountStatusChange(rs.getTimestamp(1).toInstant(),
						AccountStatus.valueOf(rs.getString(2)), AccountStatus.valueOf(rs.getString(3)), rs.getString(4),
						rs.getString(5)),
				accountId);
	}

}
