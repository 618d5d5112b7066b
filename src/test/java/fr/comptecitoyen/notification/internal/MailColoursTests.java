package fr.comptecitoyen.notification.internal;

import java.io.IOException;
import java.net.URI;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import fr.comptecitoyen.request.RequestEvents.AnswerLine;
import fr.comptecitoyen.shared.CitySettings;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of HTML email, rendered with two city themes: each colour in its styles is
 * valid CSS (an escaped {@code \#1d4e89} is not, and mail readers drop it), and each
 * call-to-action link and the city header stand out from their background (WCAG 2.1
 * contrast ratio of at least 4.5:1, success criterion 1.4.3).
 */
class MailColoursTests {

	private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^}]*)}");

	private static final Pattern COLOUR_PROPERTY = Pattern
		.compile("(?:^|;)\\s*(color|background|background-color|border[a-z-]*)\\s*:\\s*([^;]+)");

	private static final Pattern HEX = Pattern.compile("#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})");

	static Stream<String> mailKinds() throws IOException {
		Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath:templates/mail/*.html");
		List<String> names = new ArrayList<>();
		for (Resource resource : found) {
			String name = resource.getFilename().replace(".html", "");
			if (!name.equals("layout") && !name.equals("parts")) { // the layout and its
																	// parts are no kind
																	// of email
				names.add(name);
			}
		}
		assertThat(names).hasSizeGreaterThan(10);
		return names.stream().sorted().flatMap((name) -> Stream.of(name + "|#1d4e89", name + "|#000091"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("mailKinds")
	void everyColourIsValidCssAndEveryCallToActionIsReadable(String kindAndColour) {
		String[] parts = kindAndColour.split("\\|");
		String html = composer(parts[1])
			.compose(new OutgoingMessage.Template(parts[0], MailComposer.LOCALE, model(),
					List.of("Ma Commune", "2026-ENC-8F3K2Q")))
			.html();
		Document document = Jsoup.parse(html);
		Map<String, Map<String, String>> rules = rules(document);
		assertThat(rules).isNotEmpty();
		rules.forEach((selector, declarations) -> declarations.forEach((property, value) -> {
			for (String token : value.split("\\s+")) {
				if (token.startsWith("#") || token.startsWith("\\")) {
					assertThat(HEX.matcher(token).matches()).as("%s { %s: %s }", selector, property, value).isTrue();
				}
			}
		}));
		assertThat(rules.get(".head").get("background")).isEqualTo(parts[1]);
		assertReadable(rules.get(".head"), ".head");
		for (Element button : document.select("a.button")) {
			assertThat(button.attr("href")).startsWith("http");
			assertReadable(rules.get(".button"), "a.button " + button.text());
		}
	}

	private static void assertReadable(Map<String, String> declarations, String what) {
		double ratio = contrast(declarations.get("color"), declarations.get("background"));
		assertThat(ratio).as("contrast of %s", what).isGreaterThanOrEqualTo(4.5);
	}

	private static Map<String, Map<String, String>> rules(Document document) {
		Map<String, Map<String, String>> rules = new HashMap<>();
		for (Element style : document.select("style")) {
			Matcher rule = RULE.matcher(style.data());
			while (rule.find()) {
				Map<String, String> declarations = new HashMap<>();
				Matcher property = COLOUR_PROPERTY.matcher(";" + rule.group(2));
				while (property.find()) {
					declarations.put(property.group(1), property.group(2).trim());
				}
				rules.put(rule.group(1).trim(), declarations);
			}
		}
		return rules;
	}

	/** WCAG 2.1 contrast ratio of two {@code #rrggbb} colours. */
	static double contrast(String first, String second) {
		assertThat(first).matches("#[0-9a-fA-F]{6}");
		assertThat(second).matches("#[0-9a-fA-F]{6}");
		double a = luminance(first);
		double b = luminance(second);
		return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
	}

	private static double luminance(String hex) {
		double[] channels = new double[3];
		for (int i = 0; i < 3; i++) {
			double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
			channels[i] = (c <= 0.03928) ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
		}
		return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
	}

	private static MailComposer composer(String primary) {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		CitySettings city = new CitySettings("Ma Commune", "/img/logo.svg", primary, "#a4262c", "aide@example.org",
				"Hôtel de ville", "", ZoneId.of("Europe/Paris"), URI.create("https://demarches.example.org"),
				"Le maire", "La commune", null);
		return new MailComposer(messages, city);
	}

	private static Map<String, Object> model() {
		Map<String, Object> model = new HashMap<>();
		model.put("name", "Łucja Wałęsa");
		model.put("username", "lucja.walesa");
		model.put("link", "https://demarches.example.org/lien");
		model.put("reference", "2026-ENC-8F3K2Q");
		model.put("title", "Enlèvement des encombrants");
		model.put("date", "3 décembre 2026");
		model.put("when", "30 novembre 2026 à 10 h");
		model.put("expiresAt", "11 h 00");
		model.put("changedAt", "30 novembre 2026 à 10 h");
		model.put("message", "Merci de préciser.");
		model.put("motive", "Hors délai");
		model.put("reason", "Doublon");
		model.put("newEmail", "nouvelle@example.org");
		model.put("summary", List.of(new AnswerLine("Adresse", "1 rue de la Paix")));
		return model;
	}

	static {
		Locale.setDefault(Locale.FRENCH);
	}

}
