package fr.comptecitoyen.notification.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import fr.comptecitoyen.account.PersonalDataContributor;
import fr.comptecitoyen.notification.Inbox;

import org.springframework.stereotype.Component;

/**
 * The messages' part of "Mes données": every email the portal sent to the account.
 */
@Component
class MessagesPersonalData implements PersonalDataContributor {

	private final Inbox inbox;

	MessagesPersonalData(Inbox inbox) {
		this.inbox = inbox;
	}

	@Override
	public String section() {
		return "courriels";
	}

	@Override
	public Object data(UUID accountId) {
		return this.inbox.messages(accountId, 100_000).stream().map((m) -> {
			Map<String, Object> data = new LinkedHashMap<>();
			data.put("objet", m.subject());
			data.put("envoye", m.sentAt());
			data.put("lu", m.readAt());
			data.put("texte", m.text());
			return data;
		}).toList();
	}

}
