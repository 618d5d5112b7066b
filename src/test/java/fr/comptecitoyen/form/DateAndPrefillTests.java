package fr.comptecitoyen.form;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static fr.comptecitoyen.form.Forms.errors;
import static fr.comptecitoyen.form.Forms.form;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dates with relative bounds, computed from the injected clock in the commune's time
 * zone; prefilled values, and non-editable ones that a POST cannot change.
 */
class DateAndPrefillTests {

	@Test
	void relativeBoundsFollowTheClock() {
		FormDefinition form = form("{key: start, type: date, label: Début, min: tomorrow, max: +P1M}",
				"{key: birth, type: date, label: Naissance, required: false, max: -P18Y}");
		assertThat(errors(form, "start", "27/11/2026")).containsEntry("start", "form.error.date.min");
		assertThat(errors(form, "start", "28/11/2026")).isEmpty();
		assertThat(errors(form, "start", "2026-12-27")).isEmpty();
		assertThat(errors(form, "start", "28/12/2026")).containsEntry("start", "form.error.date.max");
		assertThat(errors(form, "start", "28/11/2026", "birth", "28/11/2008")).containsEntry("birth",
				"form.error.date.max");
		assertThat(errors(form, "start", "28/11/2026", "birth", "27/11/2008")).isEmpty();
		FieldError error = Forms.engine()
			.submit(form, Answers.empty(), 0, Forms.params("start", "01/11/2026"), FormContext.none())
			.errors()
			.get(0);
		assertThat(error.args()).containsExactly("28/11/2026");
	}

	@Test
	void invalidDatesAreRefusedButKeptAsTyped() {
		FormDefinition form = form("{key: start, type: date, label: Début}");
		assertThat(errors(form, "start", "31/02/2026")).containsEntry("start", "form.error.date");
		assertThat(errors(form, "start", "demain")).containsEntry("start", "form.error.date");
		StepResult result = Forms.engine()
			.submit(form, Answers.empty(), 0, Forms.params("start", "31/02/2026"), FormContext.none());
		assertThat(result.answers().get("start")).isEqualTo("31/02/2026");
		assertThat(Forms.engine()
			.view(form, result.answers(), 0, result.errors(), FormContext.none())
			.fields()
			.get(0)
			.text()).isEqualTo("31/02/2026");
		StepResult valid = Forms.engine()
			.submit(form, Answers.empty(), 0, Forms.params("start", "1/9/2026"), FormContext.none());
		assertThat(valid.answers().get("start")).isEqualTo("2026-09-01");
	}

	@Test
	void todayIsTheCommunesDayNotUtc() {
		// 23:30 UTC on the 27th is already the 28th in Paris
		FormEngine late = new FormEngine(
				java.time.Clock.fixed(java.time.Instant.parse("2026-11-27T23:30:00Z"), java.time.ZoneId.of("UTC")),
				new fr.comptecitoyen.shared.CitySettings("C", "/l.svg", "#000000", "#000000", "a@b.fr", "A", "",
						java.time.ZoneId.of("Europe/Paris"), java.net.URI.create("http://x"), "p", "h", null));
		assertThat(late.today()).isEqualTo(java.time.LocalDate.of(2026, 11, 28));
	}

	private static final FormDefinition HOST = form(
			"{key: last-name, type: short-text, label: Nom, prefill: account.last-name, editable: false}",
			"{key: phone, type: phone, label: Téléphone, prefill: account.phone}",
			"{key: address, type: address, label: Adresse, prefill: account.address}");

	private static final FormContext ACCOUNT = new FormContext(
			PrefillSource.of(Map.of("account.last-name", "Martin", "account.phone", "06 12 34 56 78", "account.address",
					Map.of("line", "1 rue A", "postcode", "34999", "commune", "Ici"))),
			List.of());

	@Test
	void prefillFillsEmptyAnswersOnly() {
		FormEngine engine = Forms.engine();
		Answers answers = engine.prefill(HOST, Answers.of(Map.of("phone", "07 00 00 00 00")), ACCOUNT);
		assertThat(answers.get("last-name")).isEqualTo("Martin");
		assertThat(answers.get("phone")).isEqualTo("07 00 00 00 00");
		assertThat(answers.get("address")).isEqualTo(Map.of("line", "1 rue A", "postcode", "34999", "commune", "Ici"));
		StepView view = engine.view(HOST, answers, 0, List.of(), ACCOUNT);
		assertThat(view.fields().get(0).locked()).isTrue();
		assertThat(view.fields().get(1).locked()).isFalse();
	}

	@Test
	void nonEditablePrefilledValueResistsTampering() {
		FormEngine engine = Forms.engine();
		Answers answers = engine.prefill(HOST, Answers.empty(), ACCOUNT);
		StepResult result = engine.submit(HOST, answers, 0, Forms.params("last-name", "Usurpateur", "phone",
				"06 99 99 99 99", "address.line", "2 rue B", "address.postcode", "34000", "address.commune", "Là"),
				ACCOUNT);
		assertThat(result.answers().get("last-name")).isEqualTo("Martin");
		assertThat(result.answers().get("phone")).as("editable").isEqualTo("06 99 99 99 99");
		Answers tampered = result.answers().with("last-name", "Usurpateur");
		assertThat(engine.finalAnswers(HOST, tampered, ACCOUNT).get("last-name")).isEqualTo("Martin");
		assertThat(engine.validate(HOST, tampered.with("last-name", null), ACCOUNT)).isEmpty();
	}

	@Test
	void answersSurviveAJsonRoundTrip() {
		tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
		Answers answers = Answers.of(Map.of("days", List.of("Lundi"), "items",
				List.of(Map.of("kind", "Meuble", "quantity", "2")), "address", Map.of("line", "1 rue A")));
		assertThat(Answers.fromJson(answers.toJson(json), json)).isEqualTo(answers);
	}

}
