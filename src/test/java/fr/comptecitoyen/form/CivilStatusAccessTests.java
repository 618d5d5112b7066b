package fr.comptecitoyen.form;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import fr.comptecitoyen.form.internal.CivilStatusAccess;
import fr.comptecitoyen.form.internal.CivilStatusAccess.Act;
import fr.comptecitoyen.form.internal.CivilStatusAccess.Document;
import fr.comptecitoyen.form.internal.CivilStatusAccess.Quality;
import fr.comptecitoyen.form.internal.CivilStatusAccess.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static fr.comptecitoyen.form.Forms.engine;
import static fr.comptecitoyen.form.Forms.params;
import static fr.comptecitoyen.form.Forms.withRules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who may obtain which document of a civil-status act (décret n° 2017-890, art. 30 ff.):
 * the whole table, the 75-year and 25-year exceptions on the day before, of and after
 * their anniversary, and the rule as a procedure file declares it.
 */
class CivilStatusAccessTests {

	/** The commune's day in these tests. */
	static final LocalDate TODAY = Forms.TODAY;

	@ParameterizedTest(name = "{0} {1} asked by {2}, event {3}, death {4} → {5}")
	@CsvSource(nullValues = "-", textBlock = """
			# act, document, quality, event date, death date, expected
			BIRTH,    FULL_COPY,         SELF,                 1990-05-01, -,          OK
			BIRTH,    FULL_COPY,         SPOUSE,               1990-05-01, -,          OK
			BIRTH,    FULL_COPY,         ASCENDANT,            1990-05-01, -,          OK
			BIRTH,    FULL_COPY,         DESCENDANT,           1990-05-01, -,          OK
			BIRTH,    FULL_COPY,         LEGAL_REPRESENTATIVE, 1990-05-01, -,          OK
			BIRTH,    FULL_COPY,         PROFESSIONAL,         1990-05-01, -,          OK
			BIRTH,    FULL_COPY,         OTHER,                1990-05-01, -,          NOT_ENTITLED
			BIRTH,    WITH_FILIATION,    ASCENDANT,            2020-02-10, -,          OK
			BIRTH,    WITH_FILIATION,    OTHER,                2020-02-10, -,          NOT_ENTITLED
			BIRTH,    MULTILINGUAL,      OTHER,                2020-02-10, -,          NOT_ENTITLED
			BIRTH,    MULTILINGUAL,      DESCENDANT,           1960-02-10, -,          OK
			BIRTH,    WITHOUT_FILIATION, OTHER,                2020-02-10, -,          OK
			BIRTH,    WITHOUT_FILIATION, SELF,                 2020-02-10, -,          OK
			BIRTH,    WITH_FILIATION,    SELF,                 2010-03-01, -,          MINOR
			BIRTH,    WITH_FILIATION,    SELF,                 2008-11-26, -,          OK
			BIRTH,    WITH_FILIATION,    SELF,                 2008-11-27, -,          OK
			BIRTH,    WITH_FILIATION,    SELF,                 2008-11-28, -,          MINOR
			BIRTH,    WITH_FILIATION,    LEGAL_REPRESENTATIVE, 2010-03-01, -,          OK
			MARRIAGE, FULL_COPY,         SELF,                 2015-06-20, -,          OK
			MARRIAGE, FULL_COPY,         SPOUSE,               2015-06-20, -,          OK
			MARRIAGE, WITH_FILIATION,    OTHER,                2015-06-20, -,          NOT_ENTITLED
			MARRIAGE, MULTILINGUAL,      OTHER,                2015-06-20, -,          NOT_ENTITLED
			MARRIAGE, WITHOUT_FILIATION, OTHER,                2015-06-20, -,          OK
			DEATH,    FULL_COPY,         OTHER,                2024-01-15, -,          OK
			DEATH,    MULTILINGUAL,      OTHER,                2024-01-15, -,          OK
			DEATH,    FULL_COPY,         DESCENDANT,           2024-01-15, -,          OK
			# 75 years after the act: the day before, of, and after
			BIRTH,    FULL_COPY,         OTHER,                1951-11-28, -,          NOT_ENTITLED
			BIRTH,    FULL_COPY,         OTHER,                1951-11-27, -,          NOT_ENTITLED
			BIRTH,    FULL_COPY,         OTHER,                1951-11-26, -,          OK
			MARRIAGE, WITH_FILIATION,    OTHER,                1951-11-28, -,          NOT_ENTITLED
			MARRIAGE, WITH_FILIATION,    OTHER,                1951-11-27, -,          NOT_ENTITLED
			MARRIAGE, WITH_FILIATION,    OTHER,                1951-11-26, -,          OK
			# 25 years after the death: the day before, of, and after
			BIRTH,    WITH_FILIATION,    OTHER,                1960-04-02, 2001-11-28, NOT_ENTITLED
			BIRTH,    WITH_FILIATION,    OTHER,                1960-04-02, 2001-11-27, NOT_ENTITLED
			BIRTH,    WITH_FILIATION,    OTHER,                1960-04-02, 2001-11-26, OK
			MARRIAGE, FULL_COPY,         OTHER,                1980-09-13, 2001-11-27, NOT_ENTITLED
			MARRIAGE, FULL_COPY,         OTHER,                1980-09-13, 2001-11-26, OK
			# a recent death does not open the act
			BIRTH,    FULL_COPY,         OTHER,                1960-04-02, 2020-01-01, NOT_ENTITLED
			""")
	void theTableOfWhoMayAsk(Act act, Document document, Quality quality, LocalDate event, LocalDate death,
			String expected) {
		Optional<Refusal> refusal = CivilStatusAccess.decide(act, document, quality, event, death, TODAY);
		assertThat(refusal.map(Enum::name).orElse("OK")).isEqualTo(expected);
	}

	@Test
	void whatAnyoneMayAlwaysObtainIsTheExtractWithoutFiliationOrAnyDeathAct() {
		assertThat(CivilStatusAccess.openToAnyone(Act.BIRTH)).containsExactly(Document.WITHOUT_FILIATION);
		assertThat(CivilStatusAccess.openToAnyone(Act.MARRIAGE)).containsExactly(Document.WITHOUT_FILIATION);
		assertThat(CivilStatusAccess.openToAnyone(Act.DEATH)).contains(Document.FULL_COPY);
	}

	static final String BIRTH = """
			- title: L’acte
			  fields:
			    - {key: document, type: choice, label: Document demandé, options: [Copie intégrale, Extrait avec filiation, Extrait sans filiation]}
			    - {key: quality, type: choice, label: Vous êtes, options: [La personne concernée par l’acte, "Son ascendant (parent, grand-parent…)", Une autre personne]}
			    - {key: event-date, type: date, label: Date de naissance}
			    - {key: place, type: short-text, label: Commune de naissance}
			    - {key: death-date, type: date, label: Date du décès, required: false}
			""";

	static final String RULE = """
			- {kind: civil-status-access, act: naissance, document: document, quality: quality, event-date: event-date, death-date: death-date, place: place}
			""";

	private static List<FieldError> step(String... pairs) {
		return engine().submit(withRules(BIRTH, RULE), Answers.empty(), 0, params(pairs), FormContext.none()).errors();
	}

	@Test
	void aRefusalSitsNextToTheDocumentAndOffersTheExtractWithoutFiliation() {
		List<FieldError> errors = step("document", "Copie intégrale", "quality", "Une autre personne", "event-date",
				"01/05/1990", "place", "Ma Commune");
		assertThat(errors).singleElement().satisfies((e) -> {
			assertThat(e.path()).isEqualTo("document");
			assertThat(e.code()).isEqualTo("form.error.rule.civil-status.restricted");
			assertThat(e.args()).containsExactly("Copie intégrale", "Extrait sans filiation", 75, 25);
		});
		assertThat(step("document", "Extrait sans filiation", "quality", "Une autre personne", "event-date",
				"01/05/1990", "place", "Ma Commune"))
			.isEmpty();
		assertThat(step("document", "Copie intégrale", "quality", "Son ascendant (parent, grand-parent…)", "event-date",
				"01/05/1990", "place", "ma-commune"))
			.as("the commune's name without case or hyphens")
			.isEmpty();
	}

	@Test
	void anActOfAnotherCommuneIsRefusedNextToThePlace() {
		List<FieldError> errors = step("document", "Extrait sans filiation", "quality", "Une autre personne",
				"event-date", "01/05/1990", "place", "Lyon");
		assertThat(errors).singleElement().satisfies((e) -> {
			assertThat(e.path()).isEqualTo("place");
			assertThat(e.code()).isEqualTo("form.error.rule.civil-status.place");
			assertThat(e.args()).containsExactly("Ma Commune", "Lyon");
		});
	}

	@Test
	void theRuleSaysNothingWhileADateIsMissing() {
		assertThat(step("document", "Copie intégrale", "quality", "Une autre personne", "event-date", "", "place",
				"Ma Commune"))
			.extracting(FieldError::code)
			.containsExactly("form.error.required");
	}

	@Test
	void anOptionTheTableDoesNotKnowStopsTheLoading() {
		String steps = BIRTH.replace("Une autre personne", "Un voisin");
		assertThatThrownBy(() -> withRules(steps, RULE)).isInstanceOf(FormDefinitionException.class)
			.hasMessageContaining("option 'Un voisin' of field 'quality'");
	}

}
