package fr.comptecitoyen.catalogue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;

import fr.comptecitoyen.catalogue.internal.ProcedureParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Procedure files are read into immutable definitions, and a wrong one is refused with
 * the file, the place in it and the problem.
 */
class ProcedureParserTests {

	private final ProcedureParser parser = new ProcedureParser();

	static final String MINIMAL = """
			code: TEST
			title: Démarche de test
			description: Pour les tests.
			category: services-techniques
			department: services-techniques
			audience: ACCOUNT
			processing-time: 1 jour
			steps:
			  - title: Étape
			    fields:
			      - {key: name, type: short-text, label: Nom}
			""";

	@Test
	void everyShippedProcedureParses() throws IOException {
		List<Path> files;
		try (Stream<Path> paths = Files.list(Path.of("src/main/resources/procedures"))) {
			files = paths.filter((p) -> p.toString().endsWith(".yml")).sorted().toList();
		}
		assertThat(files).hasSize(11);
		for (Path file : files) {
			Procedure procedure = this.parser.parse(file.getFileName().toString(), Files.readString(file), 1);
			assertThat(procedure.form().steps()).as(file.toString()).isNotEmpty();
			// Civil-status certificates may be asked without an account (FAQ); nothing
			// else.
			assertThat(procedure.audience()).as(file.toString())
				.isEqualTo(file.getFileName().toString().startsWith("acte-") ? Audience.ANYONE : Audience.ACCOUNT);
		}
	}

	@Test
	void bulkyItemsKeepTheirReminderAutomation() throws IOException {
		Procedure procedure = this.parser.parse("encombrants.yml",
				Files.readString(Path.of("src/main/resources/procedures/encombrants.yml")), 3);
		assertThat(procedure.code()).isEqualTo("ENC");
		assertThat(procedure.revision()).isEqualTo(3);
		assertThat(procedure.category()).isEqualTo(Category.SERVICES_TECHNIQUES);
		assertThat(procedure.automations()).containsExactly(new Automation("information-with-date",
				new Automation.Reminder(Duration.ofDays(1), LocalTime.of(18, 0), "reminder-encombrants")));
		assertThat(procedure.form().field("items").orElseThrow().settings()).hasFieldOrPropertyWithValue("repeatMax",
				10);
	}

	@Test
	void schoolEnrolmentAsksForThreePaperAllowedDocuments() throws IOException {
		Procedure procedure = this.parser.parse("inscription-scolaire.yml",
				Files.readString(Path.of("src/main/resources/procedures/inscription-scolaire.yml")), 1);
		assertThat(procedure.documents()).extracting(SupportingDocument::key)
			.containsExactly("livret-famille", "justificatif-domicile", "carnet-vaccinations");
		assertThat(procedure.documents()).allMatch(SupportingDocument::paperAllowed);
		assertThat(procedure.form().field("child").orElseThrow().settings()).hasFieldOrPropertyWithValue("filter",
				"children");
	}

	@Test
	void unknownFieldTypeIsRefusedWithFileStepAndField() {
		assertRefused(MINIMAL.replace("type: short-text", "type: colour"), "Invalid procedure definition test.yml",
				"step 1 (Étape) > field name", "unknown field type 'colour'");
	}

	@Test
	void duplicateFieldKeyIsRefused() {
		assertRefused(MINIMAL + "      - {key: name, type: email, label: Courriel}\n", "field name",
				"duplicate key 'name'");
	}

	@Test
	void missingLabelIsRefused() {
		assertRefused(MINIMAL.replace(", label: Nom", ""), "field name", "label is missing");
	}

	@Test
	void conditionOnAnUnknownFieldIsRefused() {
		assertRefused(MINIMAL.replace("label: Nom}", "label: Nom, visible-when: \"colour == 'bleu'\"}"), "field name",
				"refers to unknown field 'colour'");
	}

	@Test
	void conditionThatDoesNotParseIsRefused() {
		assertRefused(MINIMAL.replace("label: Nom}", "label: Nom, visible-when: \"name = 'x'\"}"), "field name",
				"visible-when");
	}

	@Test
	void badYamlIsRefused() {
		assertRefused(MINIMAL + "  - title: [unclosed\n", "test.yml at YAML");
	}

	@Test
	void duplicateYamlKeyIsRefused() {
		assertRefused(MINIMAL.replace("title: Démarche de test", "title: Démarche de test\ntitle: Autre"),
				"test.yml at YAML", "duplicate key title");
	}

	@Test
	void unknownCategoryAndLowerCaseCodeAreRefused() {
		assertRefused(MINIMAL.replace("category: services-techniques", "category: sport"), "unknown category 'sport'");
		assertRefused(MINIMAL.replace("code: TEST", "code: test"), "code must be 2 to 12 upper-case letters");
	}

	@Test
	void unknownAttributeIsRefused() {
		assertRefused(MINIMAL.replace("label: Nom}", "label: Nom, colour: red}"), "unknown attribute 'colour'");
	}

	@Test
	void wrongRuleBetweenFieldsIsRefusedWithFileAndPlace() {
		assertRefused(MINIMAL + "rules:\n  - {kind: date-order, start: name, end: name}\n",
				"Invalid procedure definition test.yml", "rules > 1 (date-order)", "'name', which is not a date field");
	}

	@Test
	void anAttestationIsReadWithItsPlaceholdersAndTheTownHallsOwnProceduresHaveOne() throws IOException {
		Procedure procedure = this.parser.parse("test.yml", MINIMAL + """
				attestation:
				  title: Attestation de test
				  text: |
				    Le maire de {commune} atteste que {answers.name}
				    a été reçu(e) le {decision-date}.

				    Demande {reference} de {citizen}, {department}.
				""", 1);
		assertThat(procedure.attestation().title()).isEqualTo("Attestation de test");
		assertThat(procedure.attestation().placeholders()).containsExactly("commune", "answers.name", "decision-date",
				"reference", "citizen", "department");
		assertThat(procedure.attestation().fill((name) -> name.equals("answers.name") ? "{reference} <b>" : "X"))
			.containsExactly("Le maire de X atteste que {reference} <b> a été reçu(e) le X.", "Demande X de X, X.");
		assertThat(this.parser.parse("test.yml", MINIMAL, 1).attestation()).isNull();
		for (String file : List.of("recensement-citoyen.yml", "occupation-domaine-public.yml",
				"inscription-scolaire.yml")) {
			assertThat(this.parser.parse(file, Files.readString(Path.of("src/main/resources/procedures", file)), 1)
				.attestation()).as(file).isNotNull();
		}
	}

	@Test
	void anAttestationWithAnUnknownPlaceholderIsRefusedAtLoadTime() {
		assertRefused(MINIMAL + "attestation:\n  title: Attestation\n  text: Pour {answers.colour}.\n",
				"Invalid procedure definition test.yml", "attestation > text",
				"unknown placeholder '{answers.colour}'");
		assertRefused(MINIMAL + "attestation:\n  title: Attestation\n  text: Le {date-du-jour}.\n",
				"unknown placeholder '{date-du-jour}'");
		assertRefused(MINIMAL + "attestation:\n  text: Sans titre.\n", "attestation", "needs a title and a text");
	}

	@Test
	void aProcedureOpenToAnyoneAsksForNothingAVisitorCannotGive() {
		String anyone = MINIMAL.replace("audience: ACCOUNT", "audience: ANYONE");
		assertRefused(anyone + "documents:\n  - {key: identite, label: Pièce d’identité}\n", "documents",
				"audience ANYONE cannot ask for documents");
		assertRefused(anyone + "      - {key: photo, type: file, label: Photo}\n", "steps > photo",
				"cannot have a file field");
		assertRefused(anyone + "      - {key: child, type: member, label: Enfant}\n", "steps > child",
				"cannot have a member field");
		assertThat(this.parser.parse("test.yml", MINIMAL + "      - {key: photo, type: file, label: Photo}\n", 1)
			.audience()).as("the same with an account").isEqualTo(Audience.ACCOUNT);
	}

	private void assertRefused(String yaml, String... fragments) {
		assertThatThrownBy(() -> this.parser.parse("test.yml", yaml, 1))
			.isInstanceOf(ProcedureDefinitionException.class)
			.hasMessageContainingAll(fragments);
	}

}
