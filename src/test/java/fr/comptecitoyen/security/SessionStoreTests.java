package fr.comptecitoyen.security;

import java.sql.SQLTransientConnectionException;

import fr.comptecitoyen.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session store under two requests of one session at once, and what counts as the
 * database being out of reach ({@link DatabaseUnavailable}: a 503 page rather than an
 * error).
 */
@PortalTest
class SessionStoreTests {

	@SuppressWarnings("rawtypes")
	@Autowired
	SessionRepository sessions;

	@Test
	@SuppressWarnings("unchecked")
	void twoRequestsOfOneSessionWritingTheSameNewAttributeBothSucceed() {
		Session created = this.sessions.createSession();
		this.sessions.save(created);
		// Each request loaded the session before the other saved it.
		Session first = this.sessions.findById(created.getId());
		Session second = this.sessions.findById(created.getId());
		first.setAttribute("cc.test", "premier");
		second.setAttribute("cc.test", "second");
		this.sessions.save(first);
		this.sessions.save(second);
		assertThat((String) ((Session) this.sessions.findById(created.getId())).getAttribute("cc.test"))
			.isEqualTo("second");
		this.sessions.deleteById(created.getId());
	}

	@Test
	void aDatabaseOutOfReachIsToldFromAFaultOfTheRequest() {
		assertThat(DatabaseUnavailable.unreachable(new CannotCreateTransactionException("no connection"))).isTrue();
		assertThat(DatabaseUnavailable.unreachable(new IllegalStateException("wrapped",
				new SQLTransientConnectionException("HikariPool-1 - Connection is not available"))))
			.isTrue();
		RuntimeException rollbackFailed = new RuntimeException("Unable to rollback",
				new java.sql.SQLException("Connection is closed"));
		assertThat(DatabaseUnavailable.unreachable(rollbackFailed)).isTrue();
		RuntimeException dropped = new RuntimeException("rollback failed");
		dropped
			.addSuppressed(new java.sql.SQLException("An I/O error occurred while sending to the backend.", "08006"));
		assertThat(DatabaseUnavailable.unreachable(dropped)).as("the first failure kept as suppressed").isTrue();
		assertThat(DatabaseUnavailable.unreachable(new DataIntegrityViolationException("duplicate key"))).isFalse();
		assertThat(DatabaseUnavailable.unreachable(new IllegalArgumentException("bad input"))).isFalse();
	}

}
