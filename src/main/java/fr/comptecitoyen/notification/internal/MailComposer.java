package fr.comptecitoyen.notification.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fr.comptecitoyen.notification.internal.OutgoingMessage.Template;
import fr.comptecitoyen.shared.CitySettings;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders an email from its two templates, {@code templates/mail/<name>.html} and
 * {@code templates/mail/<name>.txt}, in French, with the commune's name and look. The
 * subject is the message {@code mail.<name>.subject}. Only the {@link OutboxRelay} calls
 * it, outside the transaction of the citizen's action: listeners store a {@link Template}
 * in the outbox instead.
 */
@Component
public class MailComposer {

	static final Locale LOCALE = Locale.FRENCH;

	private final TemplateEngine html;

	private final TemplateEngine text;

	private final MessageSource messages;

	private final CitySettings city;

	public MailComposer(MessageSource messages, CitySettings city) {
		this.messages = messages;
		this.city = city;
		this.html = engine(messages, TemplateMode.HTML, ".html");
		this.text = engine(messages, TemplateMode.TEXT, ".txt");
	}

	private static TemplateEngine engine(MessageSource messages, TemplateMode mode, String suffix) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/mail/");
		resolver.setSuffix(suffix);
		resolver.setTemplateMode(mode);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		engine.setTemplateEngineMessageSource(messages);
		return engine;
	}

	/**
	 * Renders the email an outbox row describes. Called by the relay only, after the
	 * change it announces has committed.
	 * @param template the template name, locale, model and subject arguments
	 * @return subject, text and HTML
	 * @throws RuntimeException whatever the template engine or the message source throws
	 * (unknown template or message, an expression that fails on the model)
	 */
	public Composed compose(Template template) {
		Map<String, Object> variables = new HashMap<>(template.model());
		variables.put("city", this.city);
		String subject = this.messages.getMessage("mail." + template.name() + ".subject",
				template.subjectArguments().toArray(), template.locale());
		variables.put("subject", subject);
		Context context = new Context(template.locale(), variables);
		return new Composed(subject, this.text.process(template.name(), context),
				this.html.process(template.name(), context));
	}

	/** A rendered email. */
	public record Composed(String subject, String text, String html) {
	}

}
