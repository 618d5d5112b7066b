package fr.comptecitoyen.security;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import fr.comptecitoyen.support.PortalTest;
import fr.comptecitoyen.support.StatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sign-in looks up the accounts the text typed designates once, reading what it needs
 * of them and not their status history, and reads the throttle once for all its keys (the
 * text typed, each account, the client address), whether the password is right or wrong,
 * typed with the identifier or with an email address that several accounts share.
 */
@PortalTest
class SignInStatementsTests {

	@Autowired
	Citizens citizens;

	@Test
	void aSignInByIdentifierLooksTheAccountUpOnceAndReadsTheThrottleOnce() throws Exception {
		Citizen citizen = this.citizens.validated().create();
		for (String password : List.of("mauvais mot de passe", Citizens.PASSWORD)) {
			List<String> statements = signIn(citizen.getUsername(), password);
			assertThat(accountLookUps(statements)).as("%s: %s", password, statements).hasSize(1);
			assertThat(throttleReads(statements)).as("%s: %s", password, statements).hasSize(1);
			assertThat(historyReads(statements)).as("%s: %s", password, statements).isEmpty();
		}
	}

	@Test
	void aSignInByASharedEmailAddressLooksItsAccountsUpOnceAndReadsTheThrottleOnce() throws Exception {
		String shared = "partage-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		this.citizens.validated().named("Anne", Citizens.unique("Lecture")).email(shared).create();
		this.citizens.validated().named("Paul", Citizens.unique("Lecture")).email(shared).create();
		for (String password : List.of("mauvais mot de passe", Citizens.PASSWORD)) {
			List<String> statements = signIn(shared, password);
			assertThat(accountLookUps(statements)).as("%s: %s", password, statements).hasSize(1);
			assertThat(throttleReads(statements)).as("%s: %s", password, statements).hasSize(1);
			assertThat(historyReads(statements)).as("%s: %s", password, statements).isEmpty();
		}
	}

	private List<String> signIn(String typed, String password) throws Exception {
		StatementCounter.start();
		this.citizens.client().signIn(typed, password);
		return StatementCounter.stop();
	}

	private static List<String> accountLookUps(List<String> statements) {
		return statements.stream()
			.filter((sql) -> lower(sql).matches("(?s)^select .* from citizen_account .*"))
			.toList();
	}

	/** Reads of the throttle that decide whether to check at all (not the counting). */
	private static List<String> throttleReads(List<String> statements) {
		return statements.stream()
			.filter((sql) -> lower(sql).matches("(?s)^select .* from sign_in_throttle .*")
					&& !lower(sql).contains("for update"))
			.toList();
	}

	private static List<String> historyReads(List<String> statements) {
		return statements.stream().filter((sql) -> lower(sql).contains("from account_status_history")).toList();
	}

	private static String lower(String sql) {
		return sql.toLowerCase(Locale.ROOT);
	}

}
