package fr.comptecitoyen.instruction.internal;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import fr.comptecitoyen.instruction.StaffRole;
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
 * Demo mode only: the town hall's staff, created once with one shared password and no
 * authenticator app yet (the first sign-in shows the enrolment), printed at start.
 */
@Component
@Order(12)
@ConditionalOnProperty(name = "cc.demo.enabled", havingValue = "true")
class DemoStaff implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoStaff.class);

	static final String PASSWORD = "demo-agent-2026";

	private static final List<Person> PEOPLE = List.of(
			new Person("admin.mairie", "Nadia Lefèvre", Set.of(StaffRole.ADMINISTRATOR), Set.of()),
			new Person("accueil.mairie", "Olivier Roussel", Set.of(StaffRole.ACCOUNT_VALIDATOR), Set.of("citoyennete")),
			new Person("agent.education", "Julie Bernard", Set.of(StaffRole.AGENT), Set.of("education")),
			new Person("agent.technique", "Marc Petit", Set.of(StaffRole.AGENT), Set.of("services-techniques")),
			new Person("agent.etatcivil", "Sophie Laurent", Set.of(StaffRole.AGENT), Set.of("etat-civil")));

	private final StaffRepository staff;

	private final PasswordEncoder encoder;

	private final Clock clock;

	DemoStaff(StaffRepository staff, PasswordEncoder encoder, Clock clock) {
		this.staff = staff;
		this.encoder = encoder;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		String hash = null;
		for (Person person : PEOPLE) {
			if (!this.staff.existsByUsername(person.username())) {
				hash = (hash != null) ? hash : this.encoder.encode(PASSWORD);
				StaffMember member = new StaffMember(person.username(), person.username() + "@mairie.example.org",
						person.name(), person.roles(), person.departments(), "demo", this.clock.instant());
				member.choosePassword(hash);
				this.staff.save(member);
			}
		}
		log.info("""

				============================================================
				 Staff space (/agent) — password {} for everyone,
				 authenticator app enrolled at the first sign-in:
				 administrator     : admin.mairie
				 account validator : accueil.mairie
				 agents            : agent.education, agent.technique, agent.etatcivil
				============================================================""", PASSWORD);
	}

	private record Person(String username, String name, Set<StaffRole> roles, Set<String> departments) {
	}

}
