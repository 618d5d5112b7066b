package fr.comptecitoyen.support;

import java.util.List;
import java.util.UUID;

import fr.comptecitoyen.request.RequestEvents.AnswerLine;
import fr.comptecitoyen.request.internal.Request;
import fr.comptecitoyen.request.internal.RequestRepository;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Submitted requests for the staff tests, sent through the request aggregate (reference,
 * history and acknowledgement as a real submission), and the citizen's answer.
 */
@TestComponent
public class SubmittedRequests {

	private final RequestRepository requests;

	private final MutableClock clock;

	private final TransactionTemplate transactions;

	public SubmittedRequests(RequestRepository requests, MutableClock clock, TransactionTemplate transactions) {
		this.requests = requests;
		this.clock = clock;
		this.transactions = transactions;
	}

	/** A bulky-item pickup (Services techniques) sent by a visitor: its reference. */
	public String bulkyItems() {
		String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
		Request request = new Request("P" + suffix + "ABCDEFG", null, "visiteur" + suffix + "@example.org", "ENC", 1,
				"Enlèvement des encombrants", "services-techniques", "services-techniques", "{}", this.clock.instant());
		String reference = "2026-ENC-" + suffix;
		request.submit(reference, "key-" + suffix, "visiteur", null, List.of(new AnswerLine("Objet", "Meuble")),
				List.of(), this.clock.instant());
		this.requests.save(request);
		return reference;
	}

	/** The citizen answers the department's question. */
	public void citizenAnswers(String reference, String message) {
		this.transactions.executeWithoutResult((status) -> {
			Request request = this.requests.findByReference(reference).orElseThrow();
			request.citizenAnswers("visiteur", message, null, this.clock.instant());
			this.requests.save(request);
		});
	}

}
