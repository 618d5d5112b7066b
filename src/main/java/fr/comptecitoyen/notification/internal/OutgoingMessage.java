package fr.comptecitoyen.notification.internal;

import java.util.UUID;

import fr.comptecitoyen.notification.MessageKind;

/**
 * A message to add to the outbox.
 *
 * @param dedupKey one message per key, ever: e.g. {@code account-registered:<id>}
 * @param channel EMAIL or SMS
 * @param kind which of the FAQ's kinds it is
 * @param accountId the citizen it is for (their "Mes messages" list), if any
 * @param recipient email address or phone number
 * @param subject the subject line
 * @param text the plain-text body
 * @param html the HTML body (email only)
 * @param link the portal page it is about, if any
 */
public record OutgoingMessage(String dedupKey, Channel channel, MessageKind kind, UUID accountId, String recipient,
		String subject, String text, String html, String link) {

	/** How the message travels. */
	public enum Channel {

		/** By email. */
		EMAIL,

		/** By SMS (reminders to a mobile number). */
		SMS

	}

}
