package fr.comptecitoyen.request.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.BiFunction;

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
		apply(reference, (request, now) -> {
			request.takeInCharge(agent, now);
			return new RequestTakenInCharge(ref(request), agent, now);
		});
	}

	@Override
	@Transactional
	public void askCitizen(String reference, String agent, String message) {
		apply(reference, (request, now) -> {
			request.askCitizen(agent, message, now);
			return new CitizenAsked(ref(request), message, now);
		});
	}

	@Override
	@Transactional
	public void accept(String reference, String agent, String comment) {
		apply(reference, (request, now) -> {
			request.accept(agent, comment, now);
			return new DecisionTaken(ref(request), Decision.ACCEPTED, comment, now);
		});
	}

	@Override
	@Transactional
	public void refuse(String reference, String agent, String motive) {
		apply(reference, (request, now) -> {
			request.refuse(agent, motive, now);
			return new DecisionTaken(ref(request), Decision.REFUSED, motive, now);
		});
	}

	@Override
	@Transactional
	public void sendInformation(String reference, String agent, String message, LocalDate date) {
		apply(reference, (request, now) -> {
			request.recordInformation(agent, message, now);
			return new InformationSent(ref(request), message, date, now);
		});
	}

	@Override
	@Transactional
	public void close(String reference, String agent, String comment) {
		apply(reference, (request, now) -> {
			request.close(agent, comment, now);
			return new RequestClosed(ref(request), comment, now);
		});
	}

	/** Applies one verb at the clock's time and publishes the event it returns. */
	private void apply(String reference, BiFunction<Request, Instant, Object> verb) {
		this.events.publishEvent(verb.apply(load(reference), this.clock.instant()));
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
