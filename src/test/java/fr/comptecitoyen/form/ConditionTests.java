package fr.comptecitoyen.form;

import java.util.List;
import java.util.Map;

import fr.comptecitoyen.form.internal.Conditions;
import org.junit.jupiter.api.Test;

import static fr.comptecitoyen.form.Forms.errors;
import static fr.comptecitoyen.form.Forms.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The condition language: parsing (errors included) and evaluation, always on the server.
 */
class ConditionTests {

	private static boolean test(String condition, Map<String, List<String>> values) {
		return Conditions.parse(condition).test((path) -> values.getOrDefault(path, List.of()));
	}

	@Test
	void comparesInListsAndCombines() {
		Map<String, List<String>> values = Map.of("kind", List.of("Autre"), "diet", List.of("true"), "items.kind",
				List.of("Meuble", "Autre"), "days", List.of("Lundi", "Jeudi"));
		assertThat(test("kind == 'Autre'", values)).isTrue();
		assertThat(test("kind != 'Autre'", values)).isFalse();
		assertThat(test("kind in ['Meuble', \"Autre\"]", values)).isTrue();
		assertThat(test("kind not in ['Meuble']", values)).isTrue();
		assertThat(test("diet == true and kind == 'Autre'", values)).isTrue();
		assertThat(test("diet == false or kind == 'Meuble'", values)).isFalse();
		assertThat(test("not (diet == false) and (kind == 'Meuble' or days == 'Jeudi')", values)).isTrue();
		assertThat(test("items.kind == 'Autre'", values)).as("any row matches").isTrue();
		assertThat(test("items.kind == 'Matelas'", values)).isFalse();
		assertThat(test("missing == 'x'", values)).isFalse();
		assertThat(test("missing != 'x'", values)).isTrue();
		assertThat(Conditions.parse("a == 'x' or b.c in [1, 2]").paths()).containsExactly("a", "b.c");
	}

	@Test
	void conditionsAreSentToThePageAsATreeAndSimpleOnesCanBeSaid() {
		assertThat(Conditions.parse("kind == 'Autre \"x\"'").json())
			.isEqualTo("[\"in\",\"kind\",[\"Autre \\\"x\\\"\"],false]");
		assertThat(Conditions.parse("not (diet == true) and (a in [1, 2] or b != 'x')").json()).isEqualTo(
				"[\"and\",[\"not\",[\"in\",\"diet\",[\"true\"],false]],[\"or\",[\"in\",\"a\",[\"1\",\"2\"],false],[\"in\",\"b\",[\"x\"],true]]]");
		assertThat(Conditions.parse("reason in ['Fratrie', 'Autre']").comparison())
			.contains(new Condition.Comparison("reason", List.of("Fratrie", "Autre")));
		assertThat(Conditions.parse("kind != 'Autre'").comparison()).isEmpty();
		assertThat(Conditions.parse("a == 'x' and b == 'y'").comparison()).isEmpty();
	}

	@Test
	void refusesWhatDoesNotParse() {
		assertThatIllegalArgumentException().isThrownBy(() -> Conditions.parse("kind = 'Autre'"))
			.withMessageContaining("unexpected character '='");
		assertThatIllegalArgumentException().isThrownBy(() -> Conditions.parse("kind == 'Autre"))
			.withMessageContaining("unclosed quote");
		assertThatIllegalArgumentException().isThrownBy(() -> Conditions.parse("kind =="))
			.withMessageContaining("expected a value at the end");
		assertThatIllegalArgumentException().isThrownBy(() -> Conditions.parse("kind == Autre"))
			.withMessageContaining("expected a quoted value");
		assertThatIllegalArgumentException().isThrownBy(() -> Conditions.parse("(kind == 'a'"))
			.withMessageContaining("expected ')'");
		assertThatIllegalArgumentException().isThrownBy(() -> Conditions.parse("kind == 'a' 'b'"))
			.withMessageContaining("unexpected ''b''");
		assertThatIllegalArgumentException().isThrownBy(() -> Conditions.parse(" "))
			.withMessageContaining("empty condition");
	}

	@Test
	void hiddenFieldsAreNeitherValidatedNorKept() {
		FormDefinition form = form("{key: diet, type: yes-no, label: Régime}",
				"{key: details, type: long-text, label: Précisez, visible-when: \"diet == true\"}");
		assertThat(errors(form, "diet", "true")).containsEntry("details", "form.error.required");
		assertThat(errors(form, "diet", "false")).isEmpty();
		FormEngine engine = Forms.engine();
		StepResult result = engine.submit(form, Answers.empty(), 0,
				Forms.params("diet", "false", "details", "typed before changing my mind"), FormContext.none());
		assertThat(result.valid()).isTrue();
		assertThat(engine.finalAnswers(form, result.answers(), FormContext.none()).asMap())
			.containsExactlyEntriesOf(Map.of("diet", "false"));
	}

	@Test
	void requiredWhenMakesAnOptionalFieldRequired() {
		FormDefinition form = form("{key: reason, type: choice, label: Motif, options: [Fratrie, Autre motif]}",
				"{key: details, type: long-text, label: Détails, required: false, required-when: \"reason == 'Autre motif'\"}");
		assertThat(errors(form, "reason", "Fratrie")).isEmpty();
		assertThat(errors(form, "reason", "Autre motif")).containsEntry("details", "form.error.required");
	}

	@Test
	void hiddenStepsAreSkippedBothWays() {
		FormDefinition form = Forms.steps("""
				- title: Un
				  fields: [{key: moving, type: yes-no, label: Déménagement}]
				- title: Deux
				  visible-when: "moving == true"
				  fields: [{key: vehicle, type: short-text, label: Immatriculation}]
				- title: Trois
				  fields: [{key: note, type: short-text, label: Note}]
				""");
		FormEngine engine = Forms.engine();
		Answers no = Answers.of(Map.of("moving", "false"));
		Answers yes = Answers.of(Map.of("moving", "true"));
		assertThat(engine.next(form, no, 0)).hasValue(2);
		assertThat(engine.next(form, yes, 0)).hasValue(1);
		assertThat(engine.previous(form, no, 2)).hasValue(0);
		assertThat(engine.next(form, no, 2)).isEmpty();
		assertThat(engine.validate(form, no.with("note", "ok"), FormContext.none())).isEmpty();
		assertThat(engine.validate(form, yes.with("note", "ok"), FormContext.none())).extracting(FieldError::path)
			.containsExactly("vehicle");
		assertThat(engine.view(form, no, 2, List.of(), FormContext.none()).number()).isEqualTo(2);
		assertThat(engine.view(form, no, 2, List.of(), FormContext.none()).count()).isEqualTo(2);
	}

}
