package fr.comptecitoyen.credentials;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

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
 * "Mot de passe oublié ?" answers in the same time whether the account exists or not
 * (issue 13 A6; OWASP ASVS 5.0 V6.3.8). The durations of two hundred answers, known and
 * unknown identifiers interleaved so that the machine's load falls on both alike, are
 * compared with a Mann-Whitney U test: the two samples must not look drawn from different
 * distributions at the 0.1 % level. Without the even timing the work for an existing
 * account (a link, an outbox row, an audit row) shifts every answer and the test fails.
 * The answer time is 200 ms here instead of 300 ms, to keep the run short.
 */
@PortalTest(properties = "cc.security.recovery-answer-time=200ms")
class RecoveryTimingTests {

	private static final int PAIRS = 100;

	/** |z| beyond which a two-sided Mann-Whitney test rejects at p = 0.001. */
	private static final double CRITICAL_Z = 3.29;

	@Autowired
	Citizens citizens;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void knownAndUnknownIdentifiersTakeIndistinguishableTimes() throws Exception {
		Citizen account = this.citizens.pending().create();
		String unknown = Citizens.unique("personne.inconnue");
		Client client = this.citizens.client();
		// Warm-up: the first requests load classes and templates.
		for (int i = 0; i < 5; i++) {
			post(client, account.getUsername());
			post(client, unknown);
		}
		int before = resetsRequested(account);
		List<Long> known = new ArrayList<>();
		List<Long> nobody = new ArrayList<>();
		for (int i = 0; i < PAIRS; i++) {
			// A new hour: the recovery quotas never cut the work short.
			this.clock.advance(Duration.ofMinutes(61));
			boolean knownFirst = (i % 2 == 0);
			long first = post(client, knownFirst ? account.getUsername() : unknown);
			long second = post(client, knownFirst ? unknown : account.getUsername());
			known.add(knownFirst ? first : second);
			nobody.add(knownFirst ? second : first);
		}
		assertThat(resetsRequested(account) - before).as("a link was issued on every known request").isEqualTo(PAIRS);
		double z = mannWhitneyZ(known, nobody);
		assertThat(Math.abs(z))
			.as("Mann-Whitney z of known vs unknown durations (medians %d µs vs %d µs)", median(known) / 1000,
					median(nobody) / 1000)
			.isLessThan(CRITICAL_Z);
	}

	private long post(Client client, String identifier) throws Exception {
		long start = System.nanoTime();
		MvcResult result = client.post("/mot-de-passe-oublie", "identifier", identifier);
		long spent = System.nanoTime() - start;
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return spent;
	}

	private int resetsRequested(Citizen account) {
		return this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'PASSWORD_RESET_REQUESTED' and actor = ?",
				Integer.class, account.getUsername());
	}

	/**
	 * The normal approximation of the Mann-Whitney U statistic of sample {@code a}
	 * against {@code b} (ties get their mean rank).
	 */
	static double mannWhitneyZ(List<Long> a, List<Long> b) {
		record Value(long duration, boolean fromA) {
		}
		List<Value> all = new ArrayList<>();
		a.forEach((duration) -> all.add(new Value(duration, true)));
		b.forEach((duration) -> all.add(new Value(duration, false)));
		all.sort((x, y) -> Long.compare(x.duration(), y.duration()));
		double rankSumA = 0;
		int i = 0;
		while (i < all.size()) {
			int j = i;
			while (j + 1 < all.size() && all.get(j + 1).duration() == all.get(i).duration()) {
				j++;
			}
			double rank = (i + j) / 2.0 + 1;
			for (int k = i; k <= j; k++) {
				if (all.get(k).fromA()) {
					rankSumA += rank;
				}
			}
			i = j + 1;
		}
		double n1 = a.size();
		double n2 = b.size();
		double u = rankSumA - n1 * (n1 + 1) / 2;
		double mean = n1 * n2 / 2;
		double sd = Math.sqrt(n1 * n2 * (n1 + n2 + 1) / 12);
		return (u - mean) / sd;
	}

	private static long median(List<Long> values) {
		List<Long> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

}
