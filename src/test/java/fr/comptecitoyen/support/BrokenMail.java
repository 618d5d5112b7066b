package fr.comptecitoyen.support;

import java.util.Map;

import fr.comptecitoyen.notification.MessageKind;
import fr.comptecitoyen.notification.internal.Outbox;
import fr.comptecitoyen.notification.internal.OutgoingMessage;
import fr.comptecitoyen.request.RequestEvents.RequestSubmitted;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

/**
 * Test configuration that adds a second email to each submission whose model lacks what
 * its template reads (the summary of the answers), so that composing it fails every time.
 * Its outbox key is {@code broken:<reference>}.
 */
@TestConfiguration
public class BrokenMail {

	@Bean
	BrokenListener brokenListener(Outbox outbox) {
		return new BrokenListener(outbox);
	}

	static class BrokenListener {

		private final Outbox outbox;

		BrokenListener(Outbox outbox) {
			this.outbox = outbox;
		}

		@EventListener
		void on(RequestSubmitted event) {
			this.outbox.add(OutgoingMessage.email("broken:" + event.request().reference(), MessageKind.ACKNOWLEDGEMENT,
					event.request().accountId(), event.request().email(), null, "request-submitted",
					Map.of("reference", event.request().reference()), "Ma Commune", event.request().reference()));
		}

	}

}
