package fr.comptecitoyen.notification.internal;

import java.nio.charset.StandardCharsets;

import fr.comptecitoyen.notification.NotificationSettings;
import fr.comptecitoyen.notification.internal.Outbox.StoredMessage;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * How messages leave: by SMTP ({@code spring.mail.*}), or, in demo mode, nowhere: the
 * demo mailbox page shows them from the outbox. SMS go through {@link SmsSender}.
 */
@Configuration(proxyBeanMethods = false)
class MailTransports {

	private static final Logger log = LoggerFactory.getLogger(MailTransports.class);

	@Bean
	@ConditionalOnProperty(name = "cc.demo.enabled", havingValue = "true")
	MailTransport demoTransport() {
		log.info("Demo mode: emails are not sent but shown on the demo mailbox page (/demo/courriels)");
		return (message) -> {
		};
	}

	@Bean
	@ConditionalOnProperty(name = "cc.demo.enabled", havingValue = "false", matchIfMissing = true)
	MailTransport smtpTransport(ObjectProvider<JavaMailSender> mailSender, NotificationSettings settings,
			SmsSender sms) {
		return (message) -> {
			if ("SMS".equals(message.channel())) {
				sms.send(message.recipient(), message.text());
				return;
			}
			JavaMailSender sender = mailSender.getIfAvailable();
			if (sender == null) {
				throw new IllegalStateException("No SMTP server configured (spring.mail.host)");
			}
			sender.send(mime(sender, message, settings));
		};
	}

	static MimeMessage mime(JavaMailSender sender, StoredMessage message, NotificationSettings settings)
			throws Exception {
		MimeMessage mime = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(mime, message.html() != null, StandardCharsets.UTF_8.name());
		helper.setFrom(settings.from());
		helper.setTo(message.recipient());
		helper.setSubject(message.subject());
		if (message.html() != null) {
			helper.setText(message.text(), message.html());
		}
		else {
			helper.setText(message.text());
		}
		mime.setHeader("Auto-Submitted", "auto-generated");
		mime.setHeader("X-Auto-Response-Suppress", "All");
		mime.setHeader("Message-ID", "<" + message.id() + "@compte-citoyen>");
		return mime;
	}

	@Bean
	@ConditionalOnMissingBean(SmsSender.class)
	SmsSender loggingSmsSender() {
		return (number, text) -> log.info("SMS to {}: {}", mask(number), text);
	}

	private static String mask(String number) {
		return (number.length() > 4) ? "…" + number.substring(number.length() - 4) : "…";
	}

}
