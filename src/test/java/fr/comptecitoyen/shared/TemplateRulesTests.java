package fr.comptecitoyen.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Page templates keep the strict CSP possible and escape what they show: no inline style
 * or script, no event-handler attribute, no unescaped output. Email templates are exempt
 * from the style rule only (mail clients need their style sheet inside the message).
 */
class TemplateRulesTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final List<Pattern> FORBIDDEN_IN_PAGES = List.of(Pattern.compile("\\sstyle=\""),
			Pattern.compile("<style"), Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>"),
			Pattern.compile("\\son[a-z]+=\""), Pattern.compile("th:utext"), Pattern.compile("javascript:"),
			Pattern.compile("target=\"_blank\""));

	private static final List<Pattern> FORBIDDEN_IN_MAILS = List.of(Pattern.compile("<script"),
			Pattern.compile("\\son[a-z]+=\""), Pattern.compile("th:utext"));

	@Test
	void templatesHaveNoInlineCodeNoUnescapedOutputAndNoPopUps() throws IOException {
		List<String> offences = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".html")).toList()) {
				boolean mail = TEMPLATES.relativize(file).startsWith("mail");
				String html = Files.readString(file);
				for (Pattern rule : mail ? FORBIDDEN_IN_MAILS : FORBIDDEN_IN_PAGES) {
					Matcher matcher = rule.matcher(html);
					if (matcher.find()) {
						offences.add(TEMPLATES.relativize(file) + ": " + matcher.group().strip());
					}
				}
			}
		}
		assertThat(offences).isEmpty();
	}

}
