package fr.comptecitoyen.notification.internal;

import java.util.Map;

import fr.comptecitoyen.instruction.StaffEvents.StaffInvited;
import fr.comptecitoyen.notification.MessageKind;
import fr.comptecitoyen.shared.web.Dates;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The emails to town-hall staff: the invitation with its link to choose a password.
 * Written to the outbox in the transaction of the invitation; no citizen inbox entry.
 */
@Component
class StaffMails {

	private final AccountMails mails;

	private final Dates dates;

	StaffMails(AccountMails mails, Dates dates) {
		this.mails = mails;
		this.dates = dates;
	}

	@EventListener
	void on(StaffInvited event) {
		this.mails.send("staff-invitation:" + event.eventId(), MessageKind.ACCOUNT, null, event.email(),
				"staff-invitation", Map.of("name", event.displayName(), "username", event.username(), "link",
						event.link(), "expiresAt", this.dates.dateTime(event.expiresAt())));
	}

}
