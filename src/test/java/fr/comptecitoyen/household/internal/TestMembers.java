package fr.comptecitoyen.household.internal;

import java.time.Instant;
import java.util.UUID;

/** Builds members outside the database, for the rules' unit tests. */
public final class TestMembers {

	private TestMembers() {
	}

	public static Member member(MemberDetails details) {
		return new Member(UUID.randomUUID(), "test-" + UUID.randomUUID(), details, false, Instant.EPOCH);
	}

}
