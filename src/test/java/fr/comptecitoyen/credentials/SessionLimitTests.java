package fr.comptecitoyen.credentials;

import java.time.Duration;

import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import fr.comptecitoyen.support.Client;
import fr.comptecitoyen.support.MutableClock;
import fr.comptecitoyen.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session ends twelve hours after sign-in, however active it was.
 */
@PortalTest
class SessionLimitTests {

	@Autowired
	Citizens citizens;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aSessionEndsTwelveHoursAfterSignInAndSendsToSignInAgain() throws Exception {
		Citizen account = this.citizens.validated().create();
		Client browser = this.citizens.signedIn(account);
		this.clock.advance(Duration.ofHours(11).plusMinutes(59));
		assertThat(browser.get("/compte/securite").getResponse().getStatus()).isEqualTo(200);
		this.clock.advance(Duration.ofMinutes(2));
		assertThat(browser.get("/compte/securite").getResponse().getRedirectedUrl()).isEqualTo("/connexion?expiree");
		assertThat(browser.get("/compte/securite").getResponse().getRedirectedUrl()).isEqualTo("/connexion?requis");
		assertThat(this.citizens.client().get("/connexion?expiree").getResponse().getContentAsString())
			.contains("Votre session a expiré");
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where actor = ? and action = ?",
				Integer.class, account.getUsername(), "SESSION_EXPIRED"))
			.isEqualTo(1);
	}

}
