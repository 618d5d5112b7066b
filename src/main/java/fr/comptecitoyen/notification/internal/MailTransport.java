package fr.comptecitoyen.notification.internal;

import fr.comptecitoyen.notification.internal.Outbox.StoredMessage;

/**
 * Delivers one message, or throws to have it retried later.
 */
interface MailTransport {

	void deliver(StoredMessage message) throws Exception;

}
