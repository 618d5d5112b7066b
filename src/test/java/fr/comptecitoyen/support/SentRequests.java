package fr.comptecitoyen.support;

import java.util.UUID;

import fr.comptecitoyen.request.internal.Request;
import fr.comptecitoyen.request.tracking.TrackingData;

import org.springframework.boot.test.context.TestComponent;

/**
 * Sent requests for the tests of other modules than {@code request} (the back office):
 * built as {@link TrackingData} builds them, and named by their id and reference only, so
 * that those tests never touch the request module's internals.
 */
@TestComponent
public class SentRequests {

	private final TrackingData data;

	private final java.time.Clock clock;

	SentRequests(TrackingData data, java.time.Clock clock) {
		this.data = data;
		this.clock = clock;
	}

	/** A request of that procedure sent now, with its acknowledgement in the outbox. */
	public Sent submitted(Citizen citizen, String procedureCode) {
		Request request = this.data.submitted(citizen, procedureCode, "{}");
		return new Sent(request.getId(), request.getReference());
	}

	/**
	 * A request of that procedure sent now with these answers (JSON text), named after
	 * its sender as the submission names it (no email).
	 */
	public Sent submitted(Citizen citizen, String procedureCode, String answersJson) {
		Request request = this.data.build(citizen, procedureCode, this.clock.instant(), null, null, answersJson,
				(r) -> r.sentBy(citizen.getFirstName() + " " + citizen.getLastName(), null, citizen.getEmail(), false));
		this.data.saveAll(java.util.List.of(request));
		return new Sent(request.getId(), request.getReference());
	}

	/** A request of that procedure sent now without an account, by that visitor. */
	public Sent visitor(String procedureCode, String email, String firstName, String lastName) {
		Request request = this.data.visitorSubmitted(procedureCode, email, firstName, lastName);
		return new Sent(request.getId(), request.getReference());
	}

	/**
	 * A sent request.
	 *
	 * @param id its id (holder of its files and paper originals)
	 * @param reference its public reference
	 */
	public record Sent(UUID id, String reference) {
	}

}
