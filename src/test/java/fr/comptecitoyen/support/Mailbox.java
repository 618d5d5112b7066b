package fr.comptecitoyen.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.comptecitoyen.notification.internal.OutboxRelay;
import fr.comptecitoyen.notification.internal.ReminderJob;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * What citizens receive, by email and SMS. Mail leaves through the outbox, whose
 * background relay is slowed down to once an hour in tests; {@link #drain()} sends
 * everything due now, synchronously, to the test SMTP server ({@link TestMail}). Tests
 * call it instead of sleeping or polling. Reminders are due by the clock: move the
 * {@link MutableClock}, then {@link #remind()}. SMS go to a recording provider
 * ({@link #texts(String)}).
 */
public class Mailbox {

	private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/[^\\s]*[A-Za-z0-9_-])");

	private final OutboxRelay relay;

	private final ReminderJob reminders;

	private final RecordingSmsSender sms;

	Mailbox(OutboxRelay relay, ReminderJob reminders, RecordingSmsSender sms) {
		this.relay = relay;
		this.reminders = reminders;
		this.sms = sms;
	}

	/**
	 * Runs the reminder job once, as a bare call (no scheduler lock).
	 * @return how many messages the reminders put in the outbox
	 */
	public int remind() {
		return this.reminders.run();
	}

	/** Runs the reminder job as the scheduler does, under its cluster-wide lock. */
	public void remindAsScheduled() {
		this.reminders.scheduledRun();
	}

	/** The SMS texts sent to that number (E.164), after {@link #drain()}. */
	public List<String> texts(String number) {
		drain();
		return this.sms.to(number);
	}

	/** How many SMS this application context has sent, after {@link #drain()}. */
	public int textCount() {
		drain();
		return this.sms.count();
	}

	/**
	 * Sends every outbox message due now and returns when the SMTP server has them.
	 * @return how many messages were sent
	 */
	public int drain() {
		return this.relay.drain();
	}

	/** The messages received at that address, after {@link #drain()}. */
	public List<MimeMessage> messages(String address) {
		drain();
		return TestMail.to(address);
	}

	/**
	 * The emails received at that address, after {@link #drain()}: each as its subject, a
	 * line break and its plain-text part, oldest first.
	 */
	public List<String> mails(String address) throws Exception {
		List<String> texts = new ArrayList<>();
		for (MimeMessage message : messages(address)) {
			texts.add(message.getSubject() + "\n" + textPart(message));
		}
		return texts;
	}

	/** The path of the first portal link starting with that prefix in a text. */
	public static String linkPath(String text, String startingWith) {
		Matcher matcher = LINK.matcher(text);
		while (matcher.find()) {
			if (matcher.group(1).startsWith(startingWith)) {
				return matcher.group(1);
			}
		}
		throw new AssertionError("No link to " + startingWith + " in:\n" + text);
	}

	private static String textPart(Part part) throws Exception {
		if (part.isMimeType("text/plain")) {
			return (String) part.getContent();
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart body = multipart.getBodyPart(i);
				String text = textPart(body);
				if (text != null) {
					return text;
				}
			}
		}
		return null;
	}

}
