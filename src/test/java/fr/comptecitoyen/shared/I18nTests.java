package fr.comptecitoyen.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * All text lives in the message bundles: templates hold no literal words, both bundles
 * have the same keys with non-empty values, and every key a template uses exists.
 */
class I18nTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

	private static final Pattern SCRIPT_OR_STYLE = Pattern.compile("<(script|style)[^>]*>.*?</\\1>",
			Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

	private static final Pattern TAG = Pattern.compile("<[^>]*>", Pattern.DOTALL);

	private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

	private static final Pattern LITERAL_ATTRIBUTE = Pattern
		.compile("(?<![:\\w-])(alt|title|placeholder|aria-label|aria-description|label)=\"([^\"]*)\"");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)[}(]");

	@Test
	void templatesHaveNoLiteralText() throws IOException {
		List<String> offences = new ArrayList<>();
		for (Path template : templates()) {
			String html = Files.readString(template);
			String text = TAG.matcher(SCRIPT_OR_STYLE.matcher(COMMENT.matcher(html).replaceAll("")).replaceAll(""))
				.replaceAll(" ");
			Matcher words = WORD.matcher(text);
			while (words.find()) {
				offences.add(TEMPLATES.relativize(template) + ": text \"" + words.group() + "\"");
			}
			Matcher attributes = LITERAL_ATTRIBUTE.matcher(html);
			while (attributes.find()) {
				if (WORD.matcher(attributes.group(2)).find()) {
					offences.add(TEMPLATES.relativize(template) + ": attribute " + attributes.group());
				}
			}
		}
		assertThat(offences).as("literal text in templates: use th:text=\"#{…}\"").isEmpty();
	}

	@Test
	void bundlesHaveTheSameKeys() throws IOException {
		Properties french = load("messages.properties");
		Properties english = load("messages_en.properties");
		assertThat(english.stringPropertyNames()).as("keys missing from messages_en.properties")
			.containsAll(french.stringPropertyNames());
		assertThat(french.stringPropertyNames()).as("keys missing from messages.properties")
			.containsAll(english.stringPropertyNames());
		for (Properties bundle : List.of(french, english)) {
			assertThat(bundle.stringPropertyNames())
				.allSatisfy((key) -> assertThat(bundle.getProperty(key)).as("empty message %s", key).isNotBlank());
		}
	}

	@Test
	void everyKeyUsedByATemplateExists() throws IOException {
		Properties french = load("messages.properties");
		Set<String> missing = new TreeSet<>();
		for (Path template : templates()) {
			Matcher keys = MESSAGE_KEY.matcher(Files.readString(template));
			while (keys.find()) {
				if (!french.containsKey(keys.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + keys.group(1));
				}
			}
		}
		assertThat(missing).as("message keys used in templates but absent from messages.properties").isEmpty();
	}

	@Test
	void messagesWithArgumentsHaveNoStraightApostrophe() throws IOException {
		// A straight quote is an escape character for MessageFormat: it would vanish from
		// any
		// message that takes arguments. French text uses the typographic apostrophe
		// anyway.
		for (String bundle : List.of("messages.properties", "messages_en.properties")) {
			Properties messages = load(bundle);
			assertThat(messages.stringPropertyNames()).allSatisfy((key) -> {
				String message = messages.getProperty(key);
				if (message.contains("{0}") || bundle.equals("messages.properties")) {
					assertThat(message).as("straight apostrophe in %s of %s", key, bundle).doesNotContain("'");
				}
			});
		}
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((file) -> file.toString().endsWith(".html")).sorted().toList();
		}
	}

	static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = I18nTests.class.getResourceAsStream("/" + name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
