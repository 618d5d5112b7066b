package fr.comptecitoyen.request.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import fr.comptecitoyen.account.AccountSummary;
import fr.comptecitoyen.account.Accounts;
import fr.comptecitoyen.request.RequestLifecycle;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The department's verbs on requests (see {@link RequestLifecycle}): load, apply the
 * aggregate's verb at the clock's time, save — which publishes the event the verb
 * registered.
 */
@Service
class RequestLifecycleService implements RequestLifecycle {

	private final RequestRepository requests;

	private final Accounts accounts;

	private final Clock clock;

	RequestLifecycleService(RequestRepository requests, Accounts accounts, Clock clock) {
		this.requests = requests;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void takeInCharge(String reference, String agent) {
		apply(reference, (request, email, now) -> request.takeInCharge(agent, email, now));
	}

	@Override
	@Transactional
	public void takeInCharge(String reference, UUID staffId, String agent) {
		apply(reference, (request, email, now) -> request.takeInCharge(staffId, agent, email, now));
	}

	@Override
	@Transactional
	public void askCitizen(String reference, String agent, String message) {
		apply(reference, (request, email, now) -> request.askCitizen(agent, message, email, now));
	}

	@Override
	@Transactional
	public void accept(String reference, String agent, String comment) {
		apply(reference, (request, email, now) -> request.accept(agent, comment, email, now));
	}

	@Override
	@Transactional
	public void refuse(String reference, String agent, String motive) {
		apply(reference, (request, email, now) -> request.refuse(agent, motive, email, now));
	}

	@Override
	@Transactional
	public void sendInformation(String reference, String agent, String message, LocalDate date) {
		apply(reference, (request, email, now) -> request.sendInformation(agent, message, date, email, now));
	}

	@Override
	@Transactional
	public void close(String reference, String agent, String comment) {
		apply(reference, (request, email, now) -> request.close(agent, comment, email, now));
	}

	/** Applies one verb at the clock's time and saves, which publishes its event. */
	private void apply(String reference, Verb verb) {
		Request request = this.requests.findByReference(reference)
			.orElseThrow(() -> new IllegalArgumentException("No request " + reference));
		verb.apply(request, emailOf(request), this.clock.instant());
		this.requests.save(request);
	}

	/**
	 * Where the request's events write: the account's current address, or the visitor's
	 * own (null when the account is gone).
	 */
	String emailOf(Request request) {
		if (request.getAccountId() == null) {
			return request.getVisitorEmail();
		}
		return this.accounts.find(request.getAccountId()).map(AccountSummary::email).orElse(null);
	}

	/** One verb of the aggregate, given the address to write to and the time. */
	@FunctionalInterface
	interface Verb {

		void apply(Request request, String email, Instant now);

	}

}
