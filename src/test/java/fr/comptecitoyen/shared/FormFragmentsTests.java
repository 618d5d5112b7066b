package fr.comptecitoyen.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-written forms (account, household and sign-in pages) have one way to show a
 * problem: the fragments of {@code fragments/form-fields.html}. No page writes its own
 * error summary or field message; the account and household pages take every text box
 * from the shared fragment too.
 */
class FormFragmentsTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	@Test
	void accountHouseholdAndSignInPagesWriteNoErrorMarkupOfTheirOwn() throws IOException {
		for (Path page : pages("citizen/account", "citizen/household", "citizen/security")) {
			String html = Files.readString(page);
			assertThat(html).as(page.toString())
				.doesNotContain("class=\"error-summary\"", "class=\"field-error\"", "#fields.", "th:object");
		}
	}

	@Test
	void everyFieldOfTheirFormsComesFromTheSharedFragments() throws IOException {
		for (Path page : pages("citizen/account", "citizen/household")) {
			String html = Files.readString(page);
			assertThat(html).as(page.toString()).doesNotContainPattern("<input[^>]+type=\"(text|email|tel|password)\"");
			if (html.contains("<form") && html.contains("form-fields ::")) {
				assertThat(html).as(page + " has the summary").contains("~{fragments/form-fields :: summary}");
			}
		}
	}

	private static List<Path> pages(String... folders) throws IOException {
		List<Path> pages = new ArrayList<>();
		for (String folder : folders) {
			try (Stream<Path> files = Files.walk(TEMPLATES.resolve(folder))) {
				files.filter((file) -> file.toString().endsWith(".html")).forEach(pages::add);
			}
		}
		return pages;
	}

}
