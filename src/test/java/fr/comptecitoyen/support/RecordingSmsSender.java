package fr.comptecitoyen.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import fr.comptecitoyen.notification.internal.SmsSender;

/**
 * The SMS provider of the tests: keeps what would have been sent, read through
 * {@link Mailbox#texts(String)}.
 */
class RecordingSmsSender implements SmsSender {

	private final List<String[]> sent = new CopyOnWriteArrayList<>();

	@Override
	public void send(String number, String text) {
		this.sent.add(new String[] { number, text });
	}

	List<String> to(String number) {
		return this.sent.stream().filter((message) -> message[0].equals(number)).map((message) -> message[1]).toList();
	}

	int count() {
		return this.sent.size();
	}

}
