package fr.comptecitoyen.notification.internal;

import java.util.HashMap;
import java.util.Map;

import fr.comptecitoyen.account.CredentialEvents.EmailChangeRequested;
import fr.comptecitoyen.account.CredentialEvents.EmailChanged;
import fr.comptecitoyen.account.CredentialEvents.PasswordChanged;
import fr.comptecitoyen.account.CredentialEvents.PasswordResetRequested;
import fr.comptecitoyen.account.CredentialEvents.TotpDisabled;
import fr.comptecitoyen.account.CredentialEvents.TotpEnabled;
import fr.comptecitoyen.notification.MessageKind;
import fr.comptecitoyen.shared.web.Dates;
import fr.comptecitoyen.shared.CitySettings;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The emails about credentials: lost-password link, password changed, new address to
 * confirm (to the new address) and its notice (to the old one), authenticator app on or
 * off. Each is written to the outbox in the transaction of the change, keyed by the
 * event's id so that it leaves once.
 */
@Component
class CredentialMails {

	private final AccountMails mails;

	private final CitySettings city;

	private final Dates dates;

	CredentialMails(AccountMails mails, CitySettings city, Dates dates) {
		this.mails = mails;
		this.city = city;
		this.dates = dates;
	}

	@EventListener
	void on(PasswordResetRequested event) {
		Map<String, Object> model = model(event.displayName(), event.username());
		model.put("link", event.link());
		model.put("expiresAt", this.dates.dateTime(event.expiresAt()));
		// No account on the row: a link that proves the mailbox is the reader's is never
		// shown in Mes messages, only emailed.
		this.mails.send("password-reset:" + event.eventId(), MessageKind.ACCOUNT, null, event.email(), "password-reset",
				model);
	}

	@EventListener
	void on(PasswordChanged event) {
		Map<String, Object> model = model(event.displayName(), event.username());
		model.put("changedAt", this.dates.dateTime(event.changedAt()));
		model.put("link", this.city.link("/mot-de-passe-oublie"));
		this.mails.send("password-changed:" + event.eventId(), MessageKind.ACCOUNT, event.accountId(), event.email(),
				"password-changed", model);
	}

	@EventListener
	void on(EmailChangeRequested event) {
		Map<String, Object> model = model(event.displayName(), event.username());
		model.put("link", event.link());
		model.put("expiresAt", this.dates.dateTime(event.expiresAt()));
		// Only emailed, never in Mes messages: the link proves the new address is the
		// reader's.
		this.mails.send("email-change:" + event.eventId(), MessageKind.ACCOUNT, null, event.newEmail(), "email-change",
				model);
	}

	@EventListener
	void on(EmailChanged event) {
		Map<String, Object> model = model(event.displayName(), event.username());
		model.put("newEmail", event.newEmail());
		this.mails.send("email-changed:" + event.eventId(), MessageKind.ACCOUNT, event.accountId(), event.oldEmail(),
				"email-changed", model);
	}

	@EventListener
	void on(TotpEnabled event) {
		this.mails.send("totp-enabled:" + event.eventId(), MessageKind.ACCOUNT, event.accountId(), event.email(),
				"totp-enabled", model(event.displayName(), event.username()));
	}

	@EventListener
	void on(TotpDisabled event) {
		this.mails.send("totp-disabled:" + event.eventId(), MessageKind.ACCOUNT, event.accountId(), event.email(),
				"totp-disabled", model(event.displayName(), event.username()));
	}

	private static Map<String, Object> model(String name, String username) {
		Map<String, Object> model = new HashMap<>();
		model.put("name", name);
		model.put("username", username);
		return model;
	}

}
