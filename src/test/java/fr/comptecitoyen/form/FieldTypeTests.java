package fr.comptecitoyen.form;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import fr.comptecitoyen.form.internal.FieldType;
import fr.comptecitoyen.form.internal.FieldTypes;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each registered field type is whole: its fragment has an edit and a read rendering, the
 * message codes it uses exist in every bundle, and it writes its answers as plain text
 * for emails and PDF documents. A new type fails here until it has all three (and an
 * example below).
 */
class FieldTypeTests {

	private static final Path FRAGMENTS = Path.of("src/main/resources/templates/fragments/fields");

	/** One field of each type and an answer to it, with the text lines it must give. */
	private static final Map<String, Example> EXAMPLES = new LinkedHashMap<>();

	static {
		example("{key: name, type: short-text, label: Nom}", "Dupont", "Nom", "Dupont");
		example("{key: note, type: long-text, label: Note}", "Au fond de la cour", "Note", "Au fond de la cour");
		example("{key: email, type: email, label: Courriel}", "jean@example.fr", "Courriel", "jean@example.fr");
		example("{key: phone, type: phone, label: Téléphone}", "06 12 34 56 78", "Téléphone", "06 12 34 56 78");
		example("{key: count, type: number, label: Nombre}", "2", "Nombre", "2");
		example("{key: start, type: date, label: Début}", "2026-12-01", "Début", "01/12/2026");
		example("{key: level, type: choice, label: Niveau, options: [CP, CE1]}", "CE1", "Niveau", "CE1");
		example("{key: days, type: multi-choice, label: Jours, options: [Lundi, Jeudi]}", List.of("Lundi", "Jeudi"),
				"Jours", "Lundi, Jeudi");
		example("{key: diet, type: yes-no, label: Régime}", "false", "Régime", "Non");
		example("{key: address, type: address, label: Adresse}",
				Map.of("line", "1 rue des Lilas", "postcode", "34999", "commune", "Val"), "Adresse",
				"1 rue des Lilas, 34999 Val");
		example("{key: child, type: member, label: Enfant}",
				Map.of("id", "m3", "first-name", "Léa", "last-name", "Martin", "birth-date", "2019-09-03"), "Enfant",
				"Léa Martin, date de naissance : 03/09/2019");
		example("{key: items, type: group, label: Objet, repeat: {min: 1, max: 3}, fields: [{key: kind, type: choice, label: Type, options: [Meuble, Autre]}, {key: quantity, type: number, label: Quantité}]}",
				List.of(Map.of("kind", "Meuble", "quantity", "2"), Map.of(), Map.of("kind", "Autre")), "Objet n° 1",
				"Type : Meuble, Quantité : 2", "Objet n° 3", "Type : Autre");
		example("{key: photo, type: file, label: Photo}", null, "Photo", "Aucun fichier joint");
		example("{key: certify, type: consent, label: J’atteste.}", "true", "J’atteste.", "Oui");
		example("{key: notice, type: info, text: Les gravats ne sont pas collectés.}", null);
	}

	private static void example(String yaml, Object answer, String... lines) {
		List<TextLine> expected = new ArrayList<>();
		for (int i = 0; i < lines.length; i += 2) {
			expected.add(new TextLine(lines[i], lines[i + 1]));
		}
		FormDefinition form = Forms.form(yaml);
		EXAMPLES.put(form.fields().get(0).type(), new Example(form, answer, expected));
	}

	private record Example(FormDefinition form, Object answer, List<TextLine> lines) {
	}

	@Test
	void wrongAutocompleteTokensAreRefusedWhenTheFormIsRead() {
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> Forms.form("{key: name, type: short-text, label: Nom, autocomplete: nom}"))
			.hasMessageContaining("unknown autocomplete token 'nom'");
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> Forms.form("{key: home, type: address, label: Adresse, autocomplete: email}"))
			.hasMessageContaining("an address field takes autocomplete: address or off");
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> Forms.form("{key: name, type: short-text, label: Nom, autocomplete: address}"))
			.hasMessageContaining("autocomplete: address is for address fields");
	}

	@Test
	void everyTypeHasAnEditAndAReadFragment() throws IOException {
		for (FieldType type : FieldTypes.all()) {
			Path fragment = FRAGMENTS.resolve(type.name() + ".html");
			assertThat(fragment).as(type.name()).exists();
			assertThat(Files.readString(fragment)).as(type.name())
				.contains("th:fragment=\"edit(f)\"", "th:fragment=\"read(f)\"");
		}
		try (Stream<Path> files = Files.list(FRAGMENTS)) {
			assertThat(files.map((f) -> f.getFileName().toString().replace(".html", "")))
				.as("a fragment without a type")
				.containsExactlyInAnyOrderElementsOf(FieldTypes.names());
		}
	}

	@Test
	void everyMessageOfEveryTypeIsInEveryBundle() throws IOException {
		List<Path> bundles;
		try (Stream<Path> files = Files.list(Path.of("src/main/resources"))) {
			bundles = files.filter((f) -> f.getFileName().toString().matches("messages(_[a-z]{2})?\\.properties"))
				.toList();
		}
		assertThat(bundles).hasSizeGreaterThanOrEqualTo(2);
		for (Path bundle : bundles) {
			Properties messages = new Properties();
			try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
				messages.load(reader);
			}
			for (FieldType type : FieldTypes.all()) {
				java.util.Set<String> codes = new java.util.TreeSet<>(type.messages());
				codes.add(type.missingCode());
				assertThat(messages).as("%s in %s", type.name(), bundle.getFileName())
					.containsKeys(codes.toArray(String[]::new));
			}
		}
	}

	@Test
	void everyTypeWritesItsAnswerAsPlainText() {
		ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
		bundle.setBasename("messages");
		bundle.setDefaultEncoding("UTF-8");
		bundle.setFallbackToSystemLocale(false);
		Wording french = (code, args) -> bundle.getMessage(code, args, java.util.Locale.FRENCH);
		assertThat(EXAMPLES.keySet()).as("an example of each registered type")
			.containsExactlyInAnyOrderElementsOf(FieldTypes.names());
		FormContext household = new FormContext(PrefillSource.none(), Forms.household());
		for (Example example : EXAMPLES.values()) {
			FieldDefinition field = example.form().fields().get(0);
			Answers answers = (example.answer() != null) ? Answers.of(Map.of(field.key(), example.answer()))
					: Answers.empty();
			FieldView view = Forms.engine()
				.summary(example.form(), answers, List.of(), household)
				.get(0)
				.fields()
				.get(0);
			assertThat(view.textLines(french)).as(field.type()).containsExactlyElementsOf(example.lines());
			if (FieldTypes.get(field.type()).input() && example.answer() != null) {
				FieldView unanswered = Forms.engine()
					.summary(example.form(), Answers.empty(), List.of(), household)
					.get(0)
					.fields()
					.get(0);
				assertThat(unanswered.textLines(french)).as(field.type() + " unanswered").isEmpty();
			}
		}
	}

}
