package fr.comptecitoyen.notification.internal;

import java.util.Map;
import java.util.UUID;

import fr.comptecitoyen.account.AccountEvents.AccountClosed;
import fr.comptecitoyen.account.AccountEvents.AccountCorrectionAsked;
import fr.comptecitoyen.account.AccountEvents.AccountRegistered;
import fr.comptecitoyen.account.AccountEvents.AccountRejected;
import fr.comptecitoyen.account.AccountEvents.AccountSuspended;
import fr.comptecitoyen.account.AccountEvents.AccountValidated;
import fr.comptecitoyen.notification.MessageKind;
import fr.comptecitoyen.notification.internal.MailComposer.Composed;
import fr.comptecitoyen.notification.internal.OutgoingMessage.Channel;
import fr.comptecitoyen.shared.CitySettings;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The emails about the account itself. Each is written to the outbox in the transaction
 * of the change it announces.
 */
@Component
class AccountMails {

	private final MailComposer composer;

	private final Outbox outbox;

	private final CitySettings city;

	AccountMails(MailComposer composer, Outbox outbox, CitySettings city) {
		this.composer = composer;
		this.outbox = outbox;
		this.city = city;
	}

	@EventListener
	void on(AccountRegistered event) {
		send("account-registered:" + event.accountId(), MessageKind.ACKNOWLEDGEMENT, event.accountId(), event.email(),
				"account-registered",
				Map.of("name", event.displayName(), "username", event.username(), "link", this.city.link("/")));
	}

	/**
	 * Deliberately no link to any request: the account and the requests are separate
	 * matters.
	 */
	@EventListener
	void on(AccountValidated event) {
		send("account-validated:" + event.accountId(), MessageKind.ACCOUNT, event.accountId(), event.email(),
				"account-validated",
				Map.of("name", event.displayName(), "username", event.username(), "link", this.city.link("/compte")));
	}

	@EventListener
	void on(AccountRejected event) {
		send("account-rejected:" + event.accountId(), MessageKind.ACCOUNT, event.accountId(), event.email(),
				"account-rejected", Map.of("name", event.displayName(), "reason", event.reason()));
	}

	/** Also a portal message: the outbox row is the citizen's inbox entry. */
	@EventListener
	void on(AccountCorrectionAsked event) {
		send("account-correction:" + event.eventId(), MessageKind.ACCOUNT, event.accountId(), event.email(),
				"account-correction",
				Map.of("name", event.displayName(), "message", event.message(), "link", this.city.link("/compte")));
	}

	@EventListener
	void on(AccountSuspended event) {
		send("account-suspended:" + event.accountId() + ":" + UUID.randomUUID(), MessageKind.ACCOUNT, event.accountId(),
				event.email(), "account-suspended", Map.of("name", event.displayName(), "reason", event.reason()));
	}

	@EventListener
	void on(AccountClosed event) {
		send("account-closed:" + event.accountId(), MessageKind.ACCOUNT, null, event.email(), "account-closed",
				Map.of("name", event.displayName()));
	}

	void send(String dedupKey, MessageKind kind, UUID accountId, String email, String template,
			Map<String, Object> model) {
		Composed mail = this.composer.compose(template, model, this.city.name());
		Object link = model.get("link");
		this.outbox.add(new OutgoingMessage(dedupKey, Channel.EMAIL, kind, accountId, email, mail.subject(),
				mail.text(), mail.html(), (link != null) ? link.toString() : null));
	}

}
