package fr.comptecitoyen.notification.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import fr.comptecitoyen.notification.MessageKind;

/**
 * A message to add to the outbox: either already written (an SMS, whose text comes from
 * one message key), or an email to compose from a template, which the relay renders after
 * the change has committed.
 *
 * @param dedupKey one message per key, ever: e.g. {@code account-registered:<id>}
 * @param channel EMAIL or SMS
 * @param kind which of the FAQ's kinds it is
 * @param accountId the citizen it is for (their "Mes messages" list), if any
 * @param recipient email address or phone number
 * @param subject the subject line, or null until composed
 * @param text the plain-text body, or null until composed
 * @param html the HTML body (email only), or null
 * @param link the portal page it is about, if any
 * @param template what composes it, or null when it is already written
 */
public record OutgoingMessage(String dedupKey, Channel channel, MessageKind kind, UUID accountId, String recipient,
		String subject, String text, String html, String link, Template template) {

	/** A message already written (no template). */
	public OutgoingMessage(String dedupKey, Channel channel, MessageKind kind, UUID accountId, String recipient,
			String subject, String text, String html, String link) {
		this(dedupKey, channel, kind, accountId, recipient, subject, text, html, link, null);
	}

	/**
	 * An email the relay will compose.
	 * @param template the template name, {@code templates/mail/<name>.{html,txt}}
	 * @param model the template's variables: strings, numbers, booleans, lists and maps
	 * of them (they are stored as JSON)
	 * @param subjectArguments the arguments of the message {@code mail.<name>.subject}
	 */
	public static OutgoingMessage email(String dedupKey, MessageKind kind, UUID accountId, String recipient,
			String link, String template, Map<String, ?> model, Object... subjectArguments) {
		return new OutgoingMessage(dedupKey, Channel.EMAIL, kind, accountId, recipient, null, null, null, link,
				new Template(template, MailComposer.LOCALE, model, List.of(subjectArguments)));
	}

	/** How the message travels. */
	public enum Channel {

		/** By email. */
		EMAIL,

		/** By SMS (reminders to a mobile number). */
		SMS

	}

	/**
	 * What the relay needs to compose an email.
	 *
	 * @param name the template name, e.g. {@code request-submitted}
	 * @param locale the language to write it in
	 * @param model the template's variables
	 * @param subjectArguments the arguments of the subject message
	 */
	public record Template(String name, Locale locale, Map<String, ?> model, List<?> subjectArguments) {
	}

}
