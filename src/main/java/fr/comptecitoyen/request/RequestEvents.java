package fr.comptecitoyen.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What happens to requests, published in the transaction of the change for the other
 * modules (notifications send the acknowledgement, decision and information emails). Each
 * carries what its listeners need.
 */
public final class RequestEvents {

	private RequestEvents() {
	}

	/**
	 * Common facts about the request an event is about.
	 *
	 * @param requestId internal id (never shown)
	 * @param reference the public reference, e.g. {@code 2026-ENC-8F3K2Q}
	 * @param accountId the citizen's account, or null for a visitor's request
	 * @param email where to write (the account's or the visitor's address)
	 * @param procedureCode the procedure
	 * @param title the procedure's title
	 * @param department the department in charge
	 * @param trackingPath a visitor's tracking page ({@code /suivi/{token}}), known only
	 * in the event of the submission that drew its token; otherwise {@code null}
	 */
	public record RequestRef(UUID requestId, String reference, UUID accountId, String email, String procedureCode,
			String title, String department, String trackingPath) {

		/** Facts without a tracking page (a citizen's request, or any later event). */
		public RequestRef(UUID requestId, String reference, UUID accountId, String email, String procedureCode,
				String title, String department) {
			this(requestId, reference, accountId, email, procedureCode, title, department, null);
		}

	}

	/**
	 * The citizen sent a request: the acknowledgement (accusé de réception) goes out,
	 * with a summary of the answers and the documents to bring to the counter ("À
	 * apporter au guichet", labels in the procedure's order).
	 */
	public record RequestSubmitted(RequestRef request, List<AnswerLine> summary, Instant at, List<String> toBring) {

		public RequestSubmitted {
			toBring = (toBring != null) ? List.copyOf(toBring) : List.of();
		}

	}

	/** One answer as the citizen reads it: the field's label and the value shown. */
	public record AnswerLine(String label, String value) {
	}

	/** The citizen withdrew a request. */
	public record RequestWithdrawn(RequestRef request, Instant at) {
	}

	/** An agent took the request in charge. */
	public record RequestTakenInCharge(RequestRef request, String agent, Instant at) {
	}

	/**
	 * The department asked the citizen for something (the request awaits the citizen).
	 */
	public record CitizenAsked(RequestRef request, String message, Instant at) {
	}

	/** The citizen answered the department. */
	public record CitizenAnswered(RequestRef request, String message, Instant at) {
	}

	/** The department decided: accord or refus, with the motive. */
	public record DecisionTaken(RequestRef request, Decision decision, String motive, Instant at) {
	}

	/**
	 * The department sent an information message, possibly about a date (e.g. the
	 * bulky-item pickup day), which automations turn into reminders.
	 */
	public record InformationSent(RequestRef request, String message, LocalDate date, Instant at) {
	}

	/** The request was closed. */
	public record RequestClosed(RequestRef request, String comment, Instant at) {
	}

	/**
	 * A citizen asked to attach the requests they sent without an account from their
	 * address: the email with the one-time confirmation link goes to that address.
	 *
	 * @param accountId the citizen
	 * @param email the account's address, where the visitor's requests were sent from
	 * @param link the confirmation page's path ({@code /demandes/rattacher/{token}})
	 * @param count how many requests wait to be attached
	 * @param at when
	 */
	public record AttachLinkRequested(UUID accountId, String email, String link, int count, Instant at) {
	}

	/**
	 * A request was given to an agent of its department (internal).
	 *
	 * @param by the display name of who assigned it
	 * @param assignee the display name of the agent it was given to
	 */
	public record RequestAssigned(RequestRef request, String by, String assignee, Instant at) {
	}

	/**
	 * The department asked another one for an opinion (internal: never told to the
	 * citizen).
	 *
	 * @param by the display name of who asked
	 * @param department the code of the department asked
	 * @param question what is asked
	 */
	public record OpinionAsked(RequestRef request, String by, String department, String question, Instant at) {
	}

	/**
	 * The department asked gave its opinion (internal).
	 *
	 * @param by the display name of who answered
	 * @param department the code of the department that answered
	 * @param opinion the text of the opinion
	 */
	public record OpinionGiven(RequestRef request, String by, String department, String opinion, Instant at) {
	}

	/**
	 * An administrator reopened a decided or closed request.
	 *
	 * @param by the display name of the administrator
	 * @param reason why
	 */
	public record RequestReopened(RequestRef request, String by, String reason, Instant at) {
	}

	/** The two decisions. */
	public enum Decision {

		/** Accord. */
		ACCEPTED,

		/** Refus. */
		REFUSED

	}

}
