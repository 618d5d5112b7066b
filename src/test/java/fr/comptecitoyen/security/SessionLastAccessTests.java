package fr.comptecitoyen.security;

import fr.comptecitoyen.support.Citizens;
import fr.comptecitoyen.support.Client;
import fr.comptecitoyen.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signed-in page writes the session's last-access time only when the stored one is a
 * minute old or more, and the session still expires after the idle time counted from it.
 */
@PortalTest
class SessionLastAccessTests {

	@Autowired
	Citizens citizens;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void pagesWithinAMinuteOfTheStoredAccessLeaveTheSessionRowAlone() throws Exception {
		Client client = this.citizens.signedIn(this.citizens.validated().create());
		assertThat(client.get("/").getResponse().getStatus()).isEqualTo(200);
		long stored = lastAccess(client);
		for (int page = 0; page < 3; page++) {
			Thread.sleep(5);
			assertThat(client.get("/demandes").getResponse().getStatus()).isEqualTo(200);
			assertThat(lastAccess(client)).as("page %s", page).isEqualTo(stored);
		}
	}

	@Test
	void aPageAMinuteOrMoreAfterTheStoredAccessRecordsIt() throws Exception {
		Client client = this.citizens.signedIn(this.citizens.validated().create());
		long minute = SessionLastAccess.STEP.toMillis();
		backdate(client, minute);
		long before = System.currentTimeMillis();
		assertThat(client.get("/").getResponse().getStatus()).isEqualTo(200);
		assertThat(lastAccess(client)).isGreaterThanOrEqualTo(before);
		assertThat(this.jdbc.queryForObject(
				"select expiry_time - last_access_time - 1000 * max_inactive_interval from spring_session where session_id = ?",
				Long.class, client.storedSessionId()))
			.as("expiry counted from the new access")
			.isZero();
	}

	@Test
	void aSessionIdleLongerThanItsTimeoutIsOverWhateverTheStep() throws Exception {
		Client client = this.citizens.signedIn(this.citizens.validated().create());
		int idle = this.jdbc.queryForObject("select max_inactive_interval from spring_session where session_id = ?",
				Integer.class, client.storedSessionId());
		backdate(client, 1000L * idle + 1);
		assertThat(client.get("/demandes").getResponse().getRedirectedUrl()).contains("/connexion");
	}

	/** Moves the stored access back by that many milliseconds, as time passing would. */
	private void backdate(Client client, long millis) {
		assertThat(this.jdbc.update(
				"update spring_session set last_access_time = last_access_time - ?, expiry_time = expiry_time - ? where session_id = ?",
				millis, millis, client.storedSessionId()))
			.isEqualTo(1);
	}

	private long lastAccess(Client client) {
		return this.jdbc.queryForObject("select last_access_time from spring_session where session_id = ?", Long.class,
				client.storedSessionId());
	}

}
