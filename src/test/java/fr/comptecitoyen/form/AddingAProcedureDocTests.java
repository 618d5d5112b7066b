package fr.comptecitoyen.form;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.comptecitoyen.form.internal.DateRules;
import fr.comptecitoyen.form.internal.FieldType;
import fr.comptecitoyen.form.internal.FieldTypes;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docs/adding-a-procedure.md} says what the code does: one section per registered
 * field type listing exactly the attributes the type reads, and one section per kind of
 * rule listing exactly its attributes; the README points at it.
 */
class AddingAProcedureDocTests {

	private static final Path DOC = Path.of("docs/adding-a-procedure.md");

	private static final Pattern SECTION = Pattern.compile("^### `([a-z-]+)`$", Pattern.MULTILINE);

	private static final Pattern ATTRIBUTE = Pattern.compile("^\\| `([a-z-]+)` \\|", Pattern.MULTILINE);

	@Test
	void everyFieldTypeIsDocumentedWithExactlyItsAttributes() throws IOException {
		Map<String, Set<String>> documented = sections(part("## Types de champs", "## Règles entre champs"));
		assertThat(documented.keySet()).containsExactlyElementsOf(FieldTypes.names());
		for (FieldType type : FieldTypes.all()) {
			assertThat(documented.get(type.name())).as(type.name())
				.containsExactlyInAnyOrderElementsOf(type.attributes());
		}
	}

	@Test
	void everyKindOfRuleIsDocumentedWithExactlyItsAttributes() throws IOException {
		Map<String, Set<String>> documented = sections(part("## Règles entre champs", "\n## "));
		assertThat(documented.keySet()).containsExactlyInAnyOrderElementsOf(DateRules.KINDS.keySet());
		DateRules.KINDS.forEach((kind, attributes) -> assertThat(documented.get(kind)).as(kind)
			.containsExactlyInAnyOrderElementsOf(attributes));
	}

	@Test
	void theReadmePointsAtTheGuide() throws IOException {
		assertThat(Files.readString(Path.of("README.md"))).contains("(docs/adding-a-procedure.md)");
	}

	private static String part(String heading, String next) throws IOException {
		String doc = Files.readString(DOC);
		int start = doc.indexOf(heading + "\n");
		assertThat(start).as(heading).isNotNegative();
		int end = doc.indexOf(next, start + heading.length());
		return doc.substring(start, (end > 0) ? end : doc.length());
	}

	private static Map<String, Set<String>> sections(String text) {
		Map<String, Set<String>> sections = new LinkedHashMap<>();
		Matcher heading = SECTION.matcher(text);
		int from = -1;
		String name = null;
		while (heading.find()) {
			if (name != null) {
				sections.put(name, attributes(text.substring(from, heading.start())));
			}
			name = heading.group(1);
			from = heading.end();
		}
		if (name != null) {
			sections.put(name, attributes(text.substring(from)));
		}
		return sections;
	}

	private static Set<String> attributes(String section) {
		Set<String> names = new TreeSet<>();
		Matcher row = ATTRIBUTE.matcher(section);
		while (row.find()) {
			names.add(row.group(1));
		}
		return names;
	}

}
