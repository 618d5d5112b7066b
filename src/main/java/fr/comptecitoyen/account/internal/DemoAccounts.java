package fr.comptecitoyen.account.internal;

import java.time.Clock;
import java.time.LocalDate;

import fr.comptecitoyen.account.Civility;
import fr.comptecitoyen.account.ContactPreference;
import fr.comptecitoyen.account.PostalAddress;
import fr.comptecitoyen.shared.DemoSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only: two fictional citizens, one validated and one pending, created once and
 * printed at start with their password.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "cc.demo.enabled", havingValue = "true")
class DemoAccounts implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	static final String VALIDATED = "camille.martin";

	static final String PENDING = "jean.dupont";

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	private final Clock clock;

	private final String password;

	DemoAccounts(AccountRepository accounts, PasswordEncoder encoder, Clock clock, DemoSettings demo) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.clock = clock;
		this.password = demo.password();
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!this.accounts.existsByUsername(VALIDATED)) {
			Account camille = new Account(VALIDATED, "camille.martin@example.org", this.encoder.encode(this.password),
					Civility.MADAME, "Martin", "Camille", LocalDate.of(1984, 3, 12), this.clock.instant());
			camille.completeRegistration("Louise", "+33612345678",
					new PostalAddress("12 rue des Lilas", null, "34999", "Val-d’Aubrac-sur-Mer"),
					ContactPreference.EMAIL, this.clock.instant());
			camille.validate("Mairie (démonstration)", this.clock.instant());
			this.accounts.save(camille);
		}
		if (!this.accounts.existsByUsername(PENDING)) {
			Account jean = new Account(PENDING, "jean.dupont@example.org", this.encoder.encode(this.password),
					Civility.MONSIEUR, "Dupont", "Jean", LocalDate.of(1990, 7, 1), this.clock.instant());
			jean.completeRegistration(null, null, null, ContactPreference.EMAIL, this.clock.instant());
			this.accounts.save(jean);
		}
		log.info("""

				============================================================
				 Compte Citoyen — DEMO MODE (fictional commune, fake data)
				 Citizen, validated account : {} / {}
				 Citizen, pending account   : {} / {}
				 Demo mailbox (emails sent) : /demo/courriels
				============================================================""", VALIDATED, this.password, PENDING,
				this.password);
	}

}
