package fr.comptecitoyen.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-written forms (account and household pages) have one way to show a problem:
 * the fragments of {@code fragments/form-fields.html}. No page writes its own error
 * summary or field message, and none uses the older fragment files.
 */
class FormFragmentsTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	@Test
	void accountAndHouseholdPagesWriteNoErrorMarkupOfTheirOwn() throws IOException {
		for (Path page : pages()) {
			String html = Files.readString(page);
			assertThat(html).as(page.toString())
				.doesNotContain("class=\"error-summary\"", "class=\"field-error\"", "#fields.", "th:object");
		}
	}

	@Test
	void everyFieldOfTheirFormsComesFromTheSharedFragments() throws IOException {
		for (Path page : pages()) {
			String html = Files.readString(page);
			assertThat(html).as(page.toString()).doesNotContainPattern("<input[^>]+type=\"(text|email|tel|password)\"");
			if (html.contains("<form") && html.contains("form-fields ::")) {
				assertThat(html).as(page + " has the summary").contains("~{fragments/form-fields :: summary}");
			}
		}
	}

	private static List<Path> pages() throws IOException {
		try (Stream<Path> files = Stream.concat(Files.walk(TEMPLATES.resolve("citizen/account")),
				Files.walk(TEMPLATES.resolve("citizen/household")))) {
			return files.filter((file) -> file.toString().endsWith(".html")).toList();
		}
	}

}
