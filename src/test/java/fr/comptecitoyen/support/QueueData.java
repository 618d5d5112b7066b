package fr.comptecitoyen.support;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

import fr.comptecitoyen.request.RequestStatus;
import fr.comptecitoyen.request.internal.Request;
import fr.comptecitoyen.request.internal.RequestRepository;
import fr.comptecitoyen.request.tracking.TrackingData;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Import;

/**
 * Sent requests for the back-office queue tests, made directly in the database with the
 * entity's own verbs, each with its sender as the submission records it. Requests are
 * named by their reference.
 */
@TestComponent
@Import(TrackingData.class)
public class QueueData {

	private final TrackingData data;

	private final RequestRepository requests;

	QueueData(TrackingData data, RequestRepository requests) {
		this.data = data;
		this.requests = requests;
	}

	/** A validated citizen. */
	public Citizen citizen(String firstName, String lastName) {
		return this.data.citizen(firstName, lastName);
	}

	/**
	 * {@code count} requests of that procedure sent a minute apart from {@code start}.
	 */
	public List<String> sent(Citizen citizen, String code, int count, Instant start) {
		return save(citizen, code, count, start, (r) -> {
		});
	}

	/** One request sent at that time. */
	public String one(Citizen citizen, String code, Instant at) {
		return sent(citizen, code, 1, at).get(0);
	}

	/** One request sent at that time, then closed. */
	public String closed(Citizen citizen, String code, Instant at) {
		return save(citizen, code, 1, at, (r) -> r.close("Agent", null, null, at)).get(0);
	}

	/** The request's status now. */
	public RequestStatus status(String reference) {
		return find(reference).getStatus();
	}

	/** The staff id of the agent who took the request, or null. */
	public UUID assignee(String reference) {
		return find(reference).getAssignedStaffId();
	}

	private Request find(String reference) {
		return this.requests.findByReference(reference).orElseThrow();
	}

	private List<String> save(Citizen citizen, String code, int count, Instant start, Consumer<Request> then) {
		List<Request> list = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			list.add(this.data.build(citizen, code, start.plusSeconds(60L * i), null, null, "{}", (request) -> {
				request.sentBy(citizen.getFirstName() + " " + citizen.getLastName(), java.text.Normalizer
					.normalize(citizen.getLastName() + " " + citizen.getFirstName(), java.text.Normalizer.Form.NFD)
					.replaceAll("\\p{M}+", "")
					.toLowerCase(Locale.ROOT), citizen.getEmail().toLowerCase(Locale.ROOT), !citizen.validated());
				then.accept(request);
			}));
		}
		this.data.saveAll(list);
		return list.stream().map(Request::getReference).toList();
	}

}
