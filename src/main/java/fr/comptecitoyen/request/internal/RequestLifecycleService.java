package fr.comptecitoyen.request.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import fr.comptecitoyen.account.AccountSummary;
import fr.comptecitoyen.account.Accounts;
import fr.comptecitoyen.request.RequestEvents.CitizenAsked;
import fr.comptecitoyen.request.RequestEvents.Decision;
import fr.comptecitoyen.request.RequestEvents.DecisionTaken;
import fr.comptecitoyen.request.RequestEvents.InformationSent;
import fr.comptecitoyen.request.RequestEvents.RequestClosed;
import fr.comptecitoyen.request.RequestEvents.RequestRef;
import fr.comptecitoyen.request.RequestEvents.RequestTakenInCharge;
import fr.comptecitoyen.request.RequestLifecycle;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The department's verbs on requests (see {@link RequestLifecycle}).
 */
@Service
class RequestLifecycleService implements RequestLifecycle {

	private final RequestRepository requests;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RequestLifecycleService(RequestRepository requests, Accounts accounts, ApplicationEventPublisher events,
			Clock clock) {
		this.requests = requests;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void takeInCharge(String reference, String agent) {
		Request request = load(reference);
		Instant now = this.clock.instant();
		request.takeInCharge(agent, now);
		this.events.publishEvent(new RequestTakenInCharge(ref(request), agent, now));
	}

	@Override
	@Transactional
	public void askCitizen(String reference, String agent, String message) {
		Request request = load(reference);
		Instant now = this.clock.instant();
		request.askCitizen(agent, message, now);
		this.events.publishEvent(new CitizenAsked(ref(request), message, now));
	}

	@Override
	@Transactional
	public void accept(String reference, String agent, String comment) {
		Request request = load(reference);
		Instant now = this.clock.instant();
		request.accept(agent, comment, now);
		this.events.publishEvent(new DecisionTaken(ref(request), Decision.ACCEPTED, comment, now));
	}

	@Override
	@Transactional
	public void refuse(String reference, String agent, String motive) {
		Request request = load(reference);
		Instant now = this.clock.instant();
		request.refuse(agent, motive, now);
		this.events.publishEvent(new DecisionTaken(ref(request), Decision.REFUSED, motive, now));
	}

	@Override
	@Transactional
	public void sendInformation(String reference, String agent, String message, LocalDate date) {
		Request request = load(reference);
		Instant now = this.clock.instant();
		request.recordInformation(agent, message, now);
		this.events.publishEvent(new InformationSent(ref(request), message, date, now));
	}

	@Override
	@Transactional
	public void close(String reference, String agent, String comment) {
		Request request = load(reference);
		Instant now = this.clock.instant();
		request.close(agent, comment, now);
		this.events.publishEvent(new RequestClosed(ref(request), comment, now));
	}

	private Request load(String reference) {
		return this.requests.findByReference(reference)
			.orElseThrow(() -> new IllegalArgumentException("No request " + reference));
	}

	/** The facts every request event carries, with the address to write to. */
	RequestRef ref(Request request) {
		String email = request.getVisitorEmail();
		if (request.getAccountId() != null) {
			email = this.accounts.find(request.getAccountId()).map(AccountSummary::email).orElse(null);
		}
		return new RequestRef(request.getId(), request.getReference(), request.getAccountId(), email,
				request.getProcedureCode(), request.getTitle(), request.getDepartment());
	}

}
