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
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Re-authentication before a sensitive change may be done with a code of the
 * authenticator app instead of the password (issue 13 A4; SECURITY.md "current password
 * or second factor"): email change, removal of the app, closing the account. A code is
 * spent once, a recovery code is not accepted there, and an account without an app cannot
 * use a code.
 */
@PortalTest
class ReauthenticationByCodeTests {

	@Autowired
	Citizens citizens;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theEmailAddressChangesWithACodeOfTheAppAndTheSameCodeIsNotAcceptedTwice() throws Exception {
		Citizen secured = this.citizens.validated().withAuthenticator().create();
		Client client = this.citizens.signedIn(secured);
		assertThat(client.get("/compte/securite").getResponse().getContentAsString())
			.contains("Mot de passe actuel, ou code de votre application d’authentification");
		this.clock.advance(Duration.ofSeconds(31));
		String code = this.citizens.code(secured);
		MvcResult changed = client.post("/compte/securite/courriel", "email",
				Citizens.unique("nouvelle") + "@example.test", "currentPassword", code);
		assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/compte/securite?courriel-envoye");

		MvcResult replayed = client.post("/compte/securite/courriel", "email",
				Citizens.unique("autre") + "@example.test", "currentPassword", code);
		assertThat(replayed.getResponse().getContentAsString()).contains("Le mot de passe ou le code est incorrect",
				"id=\"currentPassword-error\"");
	}

	@Test
	void aRecoveryCodeDoesNotConfirmAChange() throws Exception {
		Citizen secured = this.citizens.validated().withAuthenticator().create();
		Client client = this.citizens.signedIn(secured);
		MvcResult refused = client.post("/compte/securite/application/desactiver", "password",
				secured.recoveryCodes().get(0));
		assertThat(refused.getResponse().getContentAsString()).contains("Le mot de passe ou le code est incorrect");
		assertThat(client.get("/compte/securite").getResponse().getContentAsString()).contains("Activée");
	}

	@Test
	void theAppIsTurnedOffWithOneOfItsCodes() throws Exception {
		Citizen secured = this.citizens.validated().withAuthenticator().create();
		Client client = this.citizens.signedIn(secured);
		this.clock.advance(Duration.ofSeconds(31));
		MvcResult off = client.post("/compte/securite/application/desactiver", "password", this.citizens.code(secured));
		assertThat(off.getResponse().getRedirectedUrl()).isEqualTo("/compte/securite?application-desactivee");
		assertThat(this.jdbc.queryForObject("select count(*) from second_factor_credential where owner_id = ?",
				Integer.class, secured.id()))
			.isZero();
	}

	@Test
	void theAccountClosesWithACodeOfTheApp() throws Exception {
		Citizen secured = this.citizens.validated().withAuthenticator().create();
		Client client = this.citizens.signedIn(secured);
		assertThat(client.get("/compte/fermer").getResponse().getContentAsString())
			.contains("Tapez votre mot de passe, ou le code à 6 chiffres");
		this.clock.advance(Duration.ofSeconds(31));
		MvcResult closed = client.post("/compte/fermer", "password", this.citizens.code(secured));
		assertThat(closed.getResponse().getRedirectedUrl()).isEqualTo("/au-revoir");
		assertThat(status(secured)).isEqualTo("CLOSED");
	}

	@Test
	void withoutAnAppSixDigitsAreAWrongPasswordThatCountsInTheThrottle() throws Exception {
		Citizen plain = this.citizens.validated().create();
		Client client = this.citizens.signedIn(plain);
		assertThat(client.get("/compte/fermer").getResponse().getContentAsString()).doesNotContain("code à 6 chiffres");
		MvcResult refused = client.post("/compte/fermer", "password", "123456");
		assertThat(refused.getResponse().getContentAsString()).contains("Le mot de passe actuel est incorrect");
		assertThat(status(plain)).isEqualTo("VALIDATED");
	}

	@Test
	void wrongCodesCountInTheSignInThrottle() throws Exception {
		Citizen secured = this.citizens.validated().withAuthenticator().create();
		Client client = this.citizens.signedIn(secured);
		for (int i = 0; i < 5; i++) {
			client.post("/compte/securite/application/desactiver", "password", "000000");
		}
		this.clock.advance(Duration.ofSeconds(31));
		MvcResult delayed = client.post("/compte/securite/application/desactiver", "password",
				this.citizens.code(secured));
		assertThat(delayed.getResponse().getContentAsString()).contains("Le mot de passe ou le code est incorrect");
		this.clock.advance(Duration.ofMinutes(31));
		MvcResult off = client.post("/compte/securite/application/desactiver", "password", this.citizens.code(secured));
		assertThat(off.getResponse().getRedirectedUrl()).isEqualTo("/compte/securite?application-desactivee");
	}

	private String status(Citizen citizen) {
		return this.jdbc.queryForObject("select status from citizen_account where id = ?", String.class, citizen.id());
	}

}
