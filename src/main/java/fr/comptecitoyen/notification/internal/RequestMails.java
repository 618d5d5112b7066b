package fr.comptecitoyen.notification.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.comptecitoyen.notification.MessageKind;
import fr.comptecitoyen.request.RequestEvents.AttachLinkRequested;
import fr.comptecitoyen.request.RequestEvents.CitizenAnswered;
import fr.comptecitoyen.request.RequestEvents.CitizenAsked;
import fr.comptecitoyen.request.RequestEvents.Decision;
import fr.comptecitoyen.request.RequestEvents.DecisionTaken;
import fr.comptecitoyen.request.RequestEvents.InformationSent;
import fr.comptecitoyen.request.RequestEvents.RequestRef;
import fr.comptecitoyen.request.RequestEvents.RequestReopened;
import fr.comptecitoyen.request.RequestEvents.RequestSubmitted;
import fr.comptecitoyen.request.RequestEvents.RequestWithdrawn;
import fr.comptecitoyen.shared.CitySettings;
import fr.comptecitoyen.shared.web.Dates;

import fr.comptecitoyen.catalogue.Procedure;
import fr.comptecitoyen.request.RequestProcedures;
import fr.comptecitoyen.request.VisitorTrackingLinks;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The FAQ's three kinds of email about requests: acknowledgement after each operation of
 * the citizen, decision (accord or refus with its motive), information. Written to the
 * outbox in the transaction of the change, as a template and its model that the relay
 * composes afterwards; each event sends once (its dedup key names the event).
 */
@Component
class RequestMails {

	private final Outbox outbox;

	private final CitySettings city;

	private final Dates dates;

	private final VisitorTrackingLinks tracking;

	private final RequestProcedures procedures;

	RequestMails(Outbox outbox, CitySettings city, Dates dates, VisitorTrackingLinks tracking,
			RequestProcedures procedures) {
		this.procedures = procedures;
		this.tracking = tracking;
		this.outbox = outbox;
		this.city = city;
		this.dates = dates;
	}

	@EventListener
	void on(RequestSubmitted event) {
		Map<String, Object> model = model(event.request());
		model.put("summary", (event.summary() != null) ? event.summary() : List.of());
		model.put("toBring", event.toBring());
		model.put("when", this.dates.dateTime(event.at()));
		send("request-submitted:" + event.request().requestId(), MessageKind.ACKNOWLEDGEMENT, event.request(),
				"request-submitted", model);
	}

	@EventListener
	void on(RequestWithdrawn event) {
		Map<String, Object> model = model(event.request());
		model.put("when", this.dates.dateTime(event.at()));
		send("request-withdrawn:" + event.request().requestId(), MessageKind.ACKNOWLEDGEMENT, event.request(),
				"request-withdrawn", model);
	}

	@EventListener
	void on(CitizenAnswered event) {
		Map<String, Object> model = model(event.request());
		model.put("message", event.message());
		send("citizen-answered:" + event.request().requestId() + ":" + event.at().toEpochMilli(),
				MessageKind.ACKNOWLEDGEMENT, event.request(), "request-answered", model);
	}

	@EventListener
	void on(CitizenAsked event) {
		Map<String, Object> model = model(event.request());
		model.put("message", event.message());
		send("citizen-asked:" + event.request().requestId() + ":" + event.at().toEpochMilli(), MessageKind.INFORMATION,
				event.request(), "request-asked", model);
	}

	@EventListener
	void on(DecisionTaken event) {
		Map<String, Object> model = model(event.request());
		boolean accepted = event.decision() == Decision.ACCEPTED;
		model.put("accepted", accepted);
		model.put("motive", event.motive());
		// The attestation waits on the request's page (made there on demand, never sent).
		model.put("attestation", accepted
				&& this.procedures.procedureOf(event.request().requestId()).map(Procedure::attestation).isPresent());
		send("decision:" + event.request().requestId(), MessageKind.DECISION, event.request(),
				(event.decision() == Decision.ACCEPTED) ? "request-accepted" : "request-refused", model);
	}

	@EventListener
	void on(InformationSent event) {
		Map<String, Object> model = model(event.request());
		model.put("message", event.message());
		model.put("date", (event.date() != null) ? this.dates.date(event.date()) : null);
		send("information:" + event.request().requestId() + ":" + event.at().toEpochMilli(), MessageKind.INFORMATION,
				event.request(), "request-information", model);
	}

	@EventListener
	void on(AttachLinkRequested event) {
		Map<String, Object> model = new HashMap<>();
		model.put("link", this.city.link(event.link()));
		model.put("count", event.count());
		// Only emailed, never in Mes messages (no account on the row): the link proves
		// the
		// address is the reader's, and anyone may register with another person's address.
		this.outbox.add(OutgoingMessage.email("request-attach:" + event.accountId() + ":" + event.at().toEpochMilli(),
				MessageKind.ACCOUNT, null, event.email(), this.city.link("/demandes"), "request-attach", model,
				this.city.name()));
	}

	@EventListener
	void on(RequestReopened event) {
		Map<String, Object> model = model(event.request());
		model.put("message", event.reason());
		send("reopened:" + event.request().requestId() + ":" + event.at().toEpochMilli(), MessageKind.INFORMATION,
				event.request(), "request-reopened", model);
	}

	private Map<String, Object> model(RequestRef request) {
		Map<String, Object> model = new HashMap<>();
		model.put("reference", request.reference());
		model.put("title", request.title());
		model.put("link", this.city.link(link(request)));
		model.put("visitor", request.accountId() == null);
		return model;
	}

	/**
	 * The request's page: the citizen's own page, or the visitor's personal tracking page
	 * (carried by the acknowledgement's event, kept sealed for later ones; for a request
	 * sent before tokens were kept, the page explaining where the tracking link is).
	 */
	String link(RequestRef request) {
		if (request.accountId() != null) {
			return "/demandes/" + request.reference();
		}
		if (request.trackingPath() != null) {
			return request.trackingPath();
		}
		return this.tracking.path(request.requestId()).orElse("/suivi");
	}

	private void send(String dedupKey, MessageKind kind, RequestRef request, String template,
			Map<String, Object> model) {
		if (request.email() == null) {
			return;
		}
		this.outbox.add(OutgoingMessage.email(dedupKey, kind, request.accountId(), request.email(),
				model.get("link").toString(), template, model, this.city.name(), request.reference()));
	}

}
