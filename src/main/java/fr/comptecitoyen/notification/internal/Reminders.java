package fr.comptecitoyen.notification.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

import fr.comptecitoyen.account.AccountSummary;
import fr.comptecitoyen.account.Accounts;
import fr.comptecitoyen.account.ContactPreference;
import fr.comptecitoyen.catalogue.Automation;
import fr.comptecitoyen.notification.internal.OutgoingMessage.Channel;
import fr.comptecitoyen.request.RequestEvents.InformationSent;
import fr.comptecitoyen.request.RequestEvents.RequestRef;
import fr.comptecitoyen.request.RequestProcedures;
import fr.comptecitoyen.shared.CitySettings;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Turns a dated information message into reminders, as the procedure's automations say
 * ({@code on: information-with-date}, e.g. the evening before a bulky-item pickup at
 * 18:00 in the commune's time zone). Written in the transaction of the information
 * message; a new date for the same request replaces the pending reminder. A citizen who
 * chose the phone and gave a mobile number is also reminded by SMS.
 */
@Component
class Reminders {

	/** The automation event a dated information message triggers. */
	static final String ON_DATED_INFORMATION = "information-with-date";

	private final RequestProcedures procedures;

	private final Accounts accounts;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final ZoneId zone;

	Reminders(RequestProcedures procedures, Accounts accounts, JdbcTemplate jdbc, Clock clock, CitySettings city) {
		this.procedures = procedures;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.clock = clock;
		this.zone = city.timeZone();
	}

	@EventListener
	void on(InformationSent event) {
		if (event.date() == null || event.date().isBefore(LocalDate.now(this.clock.withZone(this.zone)))) {
			return;
		}
		this.procedures.procedureOf(event.request().requestId())
			.ifPresent((procedure) -> procedure.automations()
				.stream()
				.filter((a) -> ON_DATED_INFORMATION.equals(a.on()) && a.remind() != null)
				.forEach((a) -> schedule(event.request(), event.date(), a.remind())));
	}

	private void schedule(RequestRef request, LocalDate date, Automation.Reminder remind) {
		Instant due = ZonedDateTime.of(date.minusDays(remind.before().toDays()), remind.at(), this.zone).toInstant();
		this.jdbc.update(
				"update reminder set status = 'CANCELLED' where request_id = ? and template = ? "
						+ "and status = 'PENDING' and event_date <> ?",
				request.requestId(), remind.template(), Date.valueOf(date));
		if (request.email() != null) {
			add(request, date, due, Channel.EMAIL, request.email(), remind.template());
		}
		mobile(request).ifPresent((number) -> add(request, date, due, Channel.SMS, number, remind.template()));
	}

	/** The mobile number to text, when the citizen chose the phone and gave one. */
	private java.util.Optional<String> mobile(RequestRef request) {
		if (request.accountId() == null) {
			return java.util.Optional.empty();
		}
		return this.accounts.find(request.accountId())
			.filter((a) -> a.contactPreference() == ContactPreference.PHONE)
			.map(AccountSummary::phone)
			.flatMap(MobileNumbers::mobile);
	}

	private void add(RequestRef request, LocalDate date, Instant due, Channel channel, String recipient,
			String template) {
		String dedup = "reminder:" + request.requestId() + ":" + template + ":" + date + ":" + channel;
		Integer existing = this.jdbc.queryForObject("select count(*) from reminder where dedup = ?", Integer.class,
				dedup);
		if (existing != null && existing > 0) {
			return;
		}
		try {
			this.jdbc.update(
					"insert into reminder (id, request_id, account_id, reference, title, event_date, due_at, channel, "
							+ "recipient, template, status, dedup, created_at) "
							+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?)",
					UUID.randomUUID(), request.requestId(), request.accountId(), request.reference(), request.title(),
					Date.valueOf(date), Timestamp.from(due), channel.name(), recipient, template, dedup,
					Timestamp.from(this.clock.instant()));
		}
		catch (DuplicateKeyException concurrent) {
			// the same reminder, written by a concurrent transaction: once is enough
		}
	}

}
