package fr.comptecitoyen.notification.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

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
 * subject is the message {@code mail.<name>.subject}.
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
	 * Renders the email.
	 * @param name the template name, e.g. {@code account-registered}
	 * @param model the template's variables ({@code city} is always there)
	 * @param subjectArguments arguments of the subject message
	 * @return subject, text and HTML
	 */
	public Composed compose(String name, Map<String, Object> model, Object... subjectArguments) {
		Map<String, Object> variables = new HashMap<>(model);
		variables.put("city", this.city);
		String subject = this.messages.getMessage("mail." + name + ".subject", subjectArguments, LOCALE);
		variables.put("subject", subject);
		Context context = new Context(LOCALE, variables);
		return new Composed(subject, this.text.process(name, context), this.html.process(name, context));
	}

	/** A rendered email. */
	public record Composed(String subject, String text, String html) {
	}

}
