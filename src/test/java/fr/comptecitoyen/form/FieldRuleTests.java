package fr.comptecitoyen.form;

import java.util.List;

import org.junit.jupiter.api.Test;

import static fr.comptecitoyen.form.Forms.engine;
import static fr.comptecitoyen.form.Forms.params;
import static fr.comptecitoyen.form.Forms.withRules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rules between fields: date order, maximum span and plausible birth dates are refused at
 * the step that holds the field the message belongs to, and again before sending; wrong
 * rule definitions are refused when the form is read.
 */
class FieldRuleTests {

	static final String STAY = """
			- title: Séjour
			  fields:
			    - {key: arrival, type: date, label: Date d’arrivée}
			    - {key: departure, type: date, label: Date de départ}
			    - {key: late, type: yes-no, label: Arrivée tardive, required: false}
			    - {key: note, type: date, label: Note, required: false, visible-when: "late == true"}
			- title: Personne
			  fields:
			    - {key: birth, type: date, label: Date de naissance}
			""";

	static final String RULES = """
			- {kind: date-order, start: arrival, end: departure}
			- {kind: max-span, start: arrival, end: departure, max: P3M}
			- {kind: birth-date, field: birth}
			""";

	private static List<FieldError> step(FormDefinition form, int step, String... pairs) {
		return engine().submit(form, Answers.empty(), step, params(pairs), FormContext.none()).errors();
	}

	@Test
	void anEndBeforeItsStartIsRefusedNextToTheEnd() {
		FormDefinition form = withRules(STAY, RULES);
		List<FieldError> errors = step(form, 0, "arrival", "20/12/2026", "departure", "05/12/2026");
		assertThat(errors).singleElement().satisfies((e) -> {
			assertThat(e.path()).isEqualTo("departure");
			assertThat(e.target()).isEqualTo("f-departure");
			assertThat(e.label()).isEqualTo("Date de départ");
			assertThat(e.code()).isEqualTo("form.error.rule.order");
			assertThat(e.args()).containsExactly("Date d’arrivée", "20/12/2026");
		});
		assertThat(step(form, 0, "arrival", "20/12/2026", "departure", "20/12/2026")).isEmpty();
	}

	@Test
	void aStartTypedAfterItsEndIsRefusedNextToTheStartWhenTheRuleSaysSo() {
		// A birth date asked on a later step than the date of death.
		FormDefinition form = withRules(STAY, "[{kind: date-order, start: birth, end: arrival, shown-at: start}]");
		assertThat(step(form, 0, "arrival", "01/01/2020", "departure", "02/01/2020")).isEmpty();
		Answers first = engine()
			.submit(form, Answers.empty(), 0, params("arrival", "01/01/2020", "departure", "02/01/2020"),
					FormContext.none())
			.answers();
		List<FieldError> errors = engine().submit(form, first, 1, params("birth", "01/01/2025"), FormContext.none())
			.errors();
		assertThat(errors).singleElement().satisfies((e) -> {
			assertThat(e.path()).isEqualTo("birth");
			assertThat(e.code()).isEqualTo("form.error.rule.order.before");
			assertThat(e.args()).containsExactly("Date d’arrivée", "01/01/2020");
		});
		assertThat(engine().submit(form, first, 1, params("birth", "01/01/1950"), FormContext.none()).errors())
			.isEmpty();
		assertThatThrownBy(() -> withRules(STAY, "[{kind: date-order, start: birth, end: arrival, shown-at: milieu}]"))
			.hasMessageContaining("shown-at must be start or end");
	}

	@Test
	void aSpanLongerThanTheMaximumIsRefusedWithTheLatestDate() {
		FormDefinition form = withRules(STAY, RULES);
		List<FieldError> errors = step(form, 0, "arrival", "01/01/2027", "departure", "02/04/2027");
		assertThat(errors).singleElement().satisfies((e) -> {
			assertThat(e.path()).isEqualTo("departure");
			assertThat(e.code()).isEqualTo("form.error.rule.span.months");
			assertThat(e.args()).containsExactly("Date d’arrivée", 3, "01/04/2027");
		});
		assertThat(step(form, 0, "arrival", "01/01/2027", "departure", "01/04/2027")).isEmpty();
	}

	@Test
	void aBirthDateInTheFutureOrMoreThan130YearsAgoIsRefused() {
		FormDefinition form = withRules(STAY, RULES);
		assertThat(step(form, 1, "birth", "28/11/2026")).singleElement()
			.extracting(FieldError::code)
			.isEqualTo("shared.birth-date.future");
		assertThat(step(form, 1, "birth", "26/11/1896")).singleElement().satisfies((e) -> {
			assertThat(e.code()).isEqualTo("shared.birth-date.too-old");
			assertThat(e.args()).containsExactly(130);
		});
		assertThat(step(form, 1, "birth", "27/11/1896")).isEmpty();
		assertThat(step(form, 1, "birth", "27/11/2026")).isEmpty();
	}

	@Test
	void aRuleIsSilentWhileADateIsMissingOrMalformedOrHidden() {
		FormDefinition form = withRules(STAY, RULES);
		assertThat(step(form, 0, "arrival", "20/12/2026", "departure", "5 décembre")).extracting(FieldError::code)
			.containsExactly("form.error.date");
		assertThat(step(form, 0, "departure", "05/12/2026")).extracting(FieldError::code)
			.containsExactly("form.error.required");
		FormDefinition hidden = withRules(STAY, "[{kind: date-order, start: note, end: departure}]");
		assertThat(step(hidden, 0, "arrival", "01/12/2026", "departure", "05/12/2026", "note", "20/12/2026")).isEmpty();
		assertThat(step(hidden, 0, "arrival", "01/12/2026", "departure", "05/12/2026", "note", "20/12/2026", "late",
				"true"))
			.extracting(FieldError::code)
			.containsExactly("form.error.rule.order");
	}

	@Test
	void theWholeFormIsCheckedAgainBeforeSending() {
		FormDefinition form = withRules(STAY, RULES);
		Answers answers = Answers.empty()
			.with("arrival", "2026-12-20")
			.with("departure", "2026-12-05")
			.with("birth", "2030-01-01");
		List<FieldError> errors = engine().validate(form, answers, FormContext.none());
		assertThat(errors).extracting(FieldError::step, FieldError::path, FieldError::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(0, "departure", "form.error.rule.order"),
					org.assertj.core.groups.Tuple.tuple(1, "birth", "shared.birth-date.future"));
	}

	@Test
	void wrongRulesAreRefusedWithTheirPlaceAndProblem() {
		assertThatThrownBy(() -> withRules(STAY, "[{kind: before, start: arrival, end: departure}]"))
			.isInstanceOfSatisfying(FormDefinitionException.class, (ex) -> {
				assertThat(ex.place()).isEqualTo("rules > 1");
				assertThat(ex.problem()).contains("kind is missing or unknown").contains("date-order");
			});
		assertThatThrownBy(() -> withRules(STAY, "[{kind: date-order, start: arrival, end: depart}]"))
			.isInstanceOfSatisfying(FormDefinitionException.class, (ex) -> {
				assertThat(ex.place()).isEqualTo("rules > 1 (date-order)");
				assertThat(ex.problem()).contains("unknown field 'depart'");
			});
		assertThatThrownBy(() -> withRules(STAY, "[{kind: birth-date, field: late}]"))
			.hasMessageContaining("rules > 1 (birth-date)")
			.hasMessageContaining("'late', which is not a date field");
		assertThatThrownBy(() -> withRules(STAY, "[{kind: max-span, start: arrival, end: departure, max: P1M2D}]"))
			.hasMessageContaining("max must be a positive number of days, months or years");
		assertThatThrownBy(() -> withRules(STAY, "[{kind: max-span, start: arrival, end: departure}]"))
			.hasMessageContaining("max is missing");
		assertThatThrownBy(() -> withRules(STAY, "[{kind: date-order, start: arrival, end: departure, max: P1D}]"))
			.hasMessageContaining("unknown attribute 'max'");
		assertThatThrownBy(() -> withRules(STAY, "{kind: date-order}")).hasMessageContaining("rules must be a list");
	}

}
