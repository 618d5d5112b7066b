package fr.comptecitoyen.instruction;

import java.util.Set;
import java.util.concurrent.Semaphore;

import fr.comptecitoyen.instruction.internal.StaffMember;
import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import fr.comptecitoyen.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When every password-hashing slot stays taken, the citizens' and the staff's sign-in
 * forms both answer "réessayez" (HTTP 503 with {@code Retry-After}, RFC 9110 §15.6.4)
 * instead of "mot de passe incorrect", and count nothing against the person. One slot and
 * no wait make it deterministic: the test holds the slot itself.
 */
@PortalTest(properties = { "cc.security.hashing.concurrent=1", "cc.security.hashing.max-wait=0s" })
class SignInWhileHashingIsBusyTests {

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	Citizens citizens;

	@Autowired
	StaffMembers staff;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void bothSignInFormsSayRetryLaterAndCountNoFailure() throws Exception {
		Citizen citizen = this.citizens.validated().create();
		StaffMember member = this.staff.create(Set.of(StaffRole.AGENT), "education");
		Object limit = AopTestUtils.getUltimateTargetObject(this.encoder);
		Semaphore slots = (Semaphore) ReflectionTestUtils.getField(limit, "slots");
		slots.acquire();
		try {
			MvcResult citizenAnswer = this.citizens.client().signIn(citizen.getUsername(), Citizens.PASSWORD);
			assertRetryLater(citizenAnswer);
			MvcResult staffAnswer = this.staff.client()
				.post("/agent/connexion", "username", member.getEmail(), "password", StaffMembers.PASSWORD);
			assertRetryLater(staffAnswer);
		}
		finally {
			slots.release();
		}
		assertThat(failures("SIGN_IN_FAILED", citizen.getUsername())).isZero();
		assertThat(failures("STAFF_SIGN_IN_FAILED", member.getEmail())).isZero();
		assertThat(this.staff.client()
			.post("/agent/connexion", "username", member.getEmail(), "password", StaffMembers.PASSWORD)
			.getResponse()
			.getRedirectedUrl()).as("once a slot is free, the same sign-in goes on").isEqualTo("/agent/enrolement");
	}

	private static void assertRetryLater(MvcResult answer) {
		assertThat(answer.getResponse().getStatus()).isEqualTo(503);
		assertThat(answer.getResponse().getHeader("Retry-After")).isEqualTo("5");
	}

	private int failures(String action, String actor) {
		return this.jdbc.queryForObject("select count(*) from audit_event where action = ? and actor = ?",
				Integer.class, action, actor);
	}

}
