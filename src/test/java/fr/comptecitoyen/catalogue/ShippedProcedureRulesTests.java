package fr.comptecitoyen.catalogue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.comptecitoyen.catalogue.internal.ProcedureParser;
import fr.comptecitoyen.form.Answers;
import fr.comptecitoyen.form.FieldError;
import fr.comptecitoyen.form.FormContext;
import fr.comptecitoyen.form.FormEngine;
import fr.comptecitoyen.shared.CitySettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped procedures keep the promises of their texts with rules between fields:
 * occupation of the public space ends on or after its start, a hosted stay lasts at most
 * three months and ends on or after the arrival, and every birth date is plausible. Today
 * is 30 November 2026.
 */
class ShippedProcedureRulesTests {

	private final FormEngine engine = new FormEngine(
			Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneId.of("UTC")),
			new CitySettings("Ma Commune", "/img/logo.svg", "#1d4e89", "#a4262c", "aide@example.org", "Hôtel de ville",
					"", ZoneId.of("Europe/Paris"), URI.create("http://localhost"), "Le maire", "La commune", null));

	private static Procedure procedure(String file) throws IOException {
		return new ProcedureParser().parse(file, Files.readString(Path.of("src/main/resources/procedures", file)), 1);
	}

	private List<FieldError> post(Procedure procedure, int step, String... pairs) {
		Map<String, String[]> params = new HashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			params.put(pairs[i], new String[] { pairs[i + 1] });
		}
		return this.engine.submit(procedure.form(), Answers.empty(), step, params, FormContext.none()).errors();
	}

	@Test
	void publicSpaceOccupationEndingBeforeItStartsIsRefusedAtTheStepAndBeforeSending() throws IOException {
		Procedure odp = procedure("occupation-domaine-public.yml");
		List<FieldError> errors = post(odp, 0, "kind", "Échafaudage", "start", "20/12/2026", "end", "05/12/2026");
		assertThat(errors).extracting(FieldError::path, FieldError::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("end", "form.error.rule.order"));
		Answers answers = Answers.of(Map.of("kind", "Échafaudage", "start", "2026-12-20", "end", "2026-12-05",
				"address", Map.of("line", "1 rue de la Paix", "postcode", "75002", "commune", "Paris"), "length", "4",
				"sidewalk", "false"));
		assertThat(this.engine.validate(odp.form(), answers, FormContext.none())).extracting(FieldError::path)
			.containsExactly("end");
		assertThat(this.engine.validate(odp.form(), answers.with("end", "2026-12-20"), FormContext.none())).isEmpty();
	}

	@Test
	void hostedStayEndsOnOrAfterArrivalAndLastsAtMostThreeMonths() throws IOException {
		Procedure accueil = procedure("attestation-accueil.yml");
		int stay = accueil.form().stepOf("departure");
		assertThat(post(accueil, stay, "arrival", "10/01/2027", "departure", "09/01/2027")).extracting(FieldError::code)
			.contains("form.error.rule.order");
		assertThat(post(accueil, stay, "arrival", "10/01/2027", "departure", "11/04/2027"))
			.filteredOn((e) -> e.path().equals("departure"))
			.extracting(FieldError::code)
			.containsExactly("form.error.rule.span.months");
		assertThat(post(accueil, stay, "arrival", "10/01/2027", "departure", "10/04/2027"))
			.filteredOn((e) -> e.path().equals("departure"))
			.isEmpty();
	}

	@Test
	void everyBirthDateOfTheHostedStayIsPlausible() throws IOException {
		Procedure accueil = procedure("attestation-accueil.yml");
		for (String key : List.of("host-birth-date", "guest-birth-date")) {
			int step = accueil.form().stepOf(key);
			assertThat(post(accueil, step, key, "01/01/2027")).filteredOn((e) -> e.path().equals(key))
				.extracting(FieldError::code)
				.as(key)
				.containsExactly("shared.birth-date.future");
			assertThat(post(accueil, step, key, "01/01/1890")).filteredOn((e) -> e.path().equals(key))
				.extracting(FieldError::code)
				.as(key)
				.containsExactly("shared.birth-date.too-old");
		}
	}

}
