package fr.comptecitoyen.notification.internal;

import java.util.Map;
import java.util.UUID;

import fr.comptecitoyen.account.AccountEvents.AccountClosed;
import fr.comptecitoyen.account.AccountEvents.AccountCorrectionRequested;
import fr.comptecitoyen.account.AccountEvents.AccountRegistered;
import fr.comptecitoyen.account.AccountEvents.AccountRejected;
import fr.comptecitoyen.account.AccountEvents.AccountSuspended;
import fr.comptecitoyen.account.AccountEvents.AccountValidated;
import fr.comptecitoyen.account.AccountEvents.SharedEmailRegistered;
import fr.comptecitoyen.notification.MessageKind;
import fr.comptecitoyen.shared.CitySettings;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The emails about the account itself. Each is written to the outbox in the transaction
 * of the change it announces, as a template and its model: the relay composes it after
 * the change has committed.
 */
@Component
class AccountMails {

	private final Outbox outbox;

	private final CitySettings city;

	AccountMails(Outbox outbox, CitySettings city) {
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
	 * The address is shared by several accounts: it receives every identifier that uses
	 * it, since signing in with the address cannot tell the accounts apart.
	 */
	@EventListener
	void on(SharedEmailRegistered event) {
		send("shared-email:" + event.accountId(), MessageKind.ACCOUNT, event.accountId(), event.email(), "shared-email",
				Map.of("name", event.displayName(), "username", event.username(), "others", event.otherUsernames(),
						"link", this.city.link("/connexion")));
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

	/**
	 * The town hall's message says what to correct; the link leads to the account, which
	 * may be changed until the citizen saves.
	 */
	@EventListener
	void on(AccountCorrectionRequested event) {
		send("account-correction:" + event.accountId() + ":" + UUID.randomUUID(), MessageKind.ACCOUNT,
				event.accountId(), event.email(), "account-correction",
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
		send(dedupKey, kind, accountId, email, template, model, new Object[0]);
	}

	/**
	 * The same, with more arguments for the subject ({@code mail.<template>.subject}),
	 * after the commune's name ({@code {0}}).
	 */
	void send(String dedupKey, MessageKind kind, UUID accountId, String email, String template,
			Map<String, Object> model, Object... moreSubjectArguments) {
		Object link = model.get("link");
		Object[] subject = new Object[moreSubjectArguments.length + 1];
		subject[0] = this.city.name();
		System.arraycopy(moreSubjectArguments, 0, subject, 1, moreSubjectArguments.length);
		this.outbox.add(OutgoingMessage.email(dedupKey, kind, accountId, email, (link != null) ? link.toString() : null,
				template, model, subject));
	}

}
