package fr.comptecitoyen.notification.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.comptecitoyen.instruction.StaffEvents.DigestDue;
import fr.comptecitoyen.instruction.StaffEvents.StaffAppRemoved;
import fr.comptecitoyen.instruction.StaffEvents.StaffInvited;
import fr.comptecitoyen.instruction.StaffEvents.StaffPasswordChosen;
import fr.comptecitoyen.notification.MessageKind;
import fr.comptecitoyen.shared.CitySettings;
import fr.comptecitoyen.shared.web.Dates;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The emails to town-hall staff: the invitation with its link to choose a password (or a
 * new one after a reset), the confirmation of a new password after a reset, and the daily
 * digest of new and changed requests. Written to the outbox in the transaction of what
 * they announce; no citizen inbox entry.
 */
@Component
class StaffMails {

	private final AccountMails mails;

	private final Dates dates;

	private final CitySettings city;

	private final MessageSource messages;

	StaffMails(AccountMails mails, Dates dates, CitySettings city, MessageSource messages) {
		this.messages = messages;
		this.mails = mails;
		this.dates = dates;
		this.city = city;
	}

	@EventListener
	void on(StaffInvited event) {
		this.mails.send("staff-invitation:" + event.eventId(), MessageKind.ACCOUNT, null, event.email(),
				"staff-invitation",
				Map.of("reset", event.passwordReset(), "name", event.displayName(), "username", event.username(),
						"link", event.link(), "expiresAt", this.dates.dateTime(event.expiresAt())),
				this.messages.getMessage(
						event.passwordReset() ? "mail.staff-password-reset.topic" : "mail.staff-invitation.topic", null,
						MailComposer.LOCALE));
	}

	@EventListener
	void on(StaffPasswordChosen event) {
		this.mails.send("staff-password-chosen:" + event.eventId(), MessageKind.ACCOUNT, null, event.email(),
				"staff-password-chosen", Map.of("name", event.displayName(), "username", event.username(), "changedAt",
						this.dates.dateTime(event.at()), "link", this.city.link("/agent/connexion")));
	}

	@EventListener
	void on(StaffAppRemoved event) {
		this.mails.send("staff-app-removed:" + event.eventId(), MessageKind.ACCOUNT, null, event.email(),
				"staff-app-removed", Map.of("name", event.displayName(), "username", event.username(), "removedAt",
						this.dates.dateTime(event.at()), "link", this.city.link("/agent/connexion")));
	}

	/** One digest per person and day: its deduplication key names both. */
	@EventListener
	void on(DigestDue event) {
		List<Map<String, Object>> lines = event.lines()
			.stream()
			.map((line) -> Map.<String, Object>of("reference", line.reference(), "title", line.title(), "status",
					line.status(), "isNew", line.isNew(), "link", this.city.link(line.path())))
			.toList();
		Map<String, Object> model = new HashMap<>();
		model.put("name", event.displayName());
		model.put("day", this.dates.date(event.day()));
		model.put("lines", lines);
		model.put("total", event.total());
		model.put("more", event.total() - lines.size());
		model.put("link", this.city.link("/agent/demandes/suivies"));
		this.mails.send("staff-digest:" + event.staffId() + ":" + event.day(), MessageKind.INFORMATION, null,
				event.email(), "staff-digest", model);
	}

}
