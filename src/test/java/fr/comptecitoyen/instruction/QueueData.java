package fr.comptecitoyen.instruction;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import fr.comptecitoyen.request.internal.Request;
import fr.comptecitoyen.request.tracking.TrackingData;
import fr.comptecitoyen.support.Citizen;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Import;

/**
 * Sent requests for the queue tests, made directly in the database with the entity's own
 * verbs, each with its sender as the submission records it.
 */
@TestComponent
@Import(TrackingData.class)
public class QueueData {

	private final TrackingData data;

	QueueData(TrackingData data) {
		this.data = data;
	}

	/** A validated citizen. */
	public Citizen citizen(String firstName, String lastName) {
		return this.data.citizen(firstName, lastName);
	}

	/** A pending citizen. */
	public Citizen pending(String firstName, String lastName) {
		return this.data.pendingCitizen(firstName, lastName);
	}

	/**
	 * {@code count} requests of that procedure sent a minute apart from {@code start}.
	 */
	public List<Request> sent(Citizen citizen, String code, int count, Instant start, Consumer<Request> then) {
		List<Request> list = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			list.add(this.data.build(citizen, code, start.plusSeconds(60L * i), null, null, "{}", (request) -> {
				request.sentBy(citizen.getFirstName() + " " + citizen.getLastName(),
						(citizen.getLastName() + " " + citizen.getFirstName()).toLowerCase(Locale.ROOT),
						citizen.getEmail().toLowerCase(Locale.ROOT), !citizen.validated());
				then.accept(request);
			}));
		}
		this.data.saveAll(list);
		return list;
	}

	/** One request sent at that time. */
	public Request one(Citizen citizen, String code, Instant at) {
		return sent(citizen, code, 1, at, (r) -> {
		}).get(0);
	}

	/** The request as stored now. */
	public Request reload(Request request) {
		return this.data.reload(request);
	}

}
