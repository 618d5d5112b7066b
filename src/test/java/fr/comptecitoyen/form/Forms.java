package fr.comptecitoyen.form;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.comptecitoyen.shared.CitySettings;
import org.yaml.snakeyaml.Yaml;

/**
 * Test helpers: forms written as YAML, an engine on a fixed day (27 November 2026 in
 * Paris), and posted parameters.
 */
final class Forms {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

	private Forms() {
	}

	static FormEngine engine() {
		Clock clock = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneId.of("UTC"));
		return new FormEngine(clock,
				new CitySettings("Ma Commune", "/img/logo.svg", "#1d4e89", "#a4262c", "aide@example.org",
						"Hôtel de ville", "", ZoneId.of("Europe/Paris"), URI.create("http://localhost"), "Le maire",
						"La commune", null));
	}

	/** A one-step form with the given fields (YAML flow mappings, one per line). */
	static FormDefinition form(String... fields) {
		StringBuilder yaml = new StringBuilder("- title: Étape\n  fields:\n");
		for (String field : fields) {
			yaml.append("    - ").append(field).append('\n');
		}
		return FormDefinition.read(new Yaml().load(yaml.toString()));
	}

	static FormDefinition steps(String yaml) {
		return FormDefinition.read(new Yaml().load(yaml));
	}

	/** A form with steps and rules between fields, both written as YAML lists. */
	static FormDefinition withRules(String steps, String rules) {
		return FormDefinition.read(new Yaml().load(steps), new Yaml().load(rules));
	}

	static Map<String, String[]> params(String... pairs) {
		Map<String, String[]> params = new HashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			params.merge(pairs[i], new String[] { pairs[i + 1] }, (a, b) -> {
				String[] all = new String[a.length + b.length];
				System.arraycopy(a, 0, all, 0, a.length);
				System.arraycopy(b, 0, all, a.length, b.length);
				return all;
			});
		}
		return params;
	}

	/** Posts one step of a one-step form; returns the error codes by path. */
	static Map<String, String> errors(FormDefinition form, FormContext context, String... pairs) {
		StepResult result = engine().submit(form, Answers.empty(), 0, params(pairs), context);
		Map<String, String> codes = new HashMap<>();
		result.errors().forEach((e) -> codes.putIfAbsent(e.path(), e.code()));
		return codes;
	}

	static Map<String, String> errors(FormDefinition form, String... pairs) {
		return errors(form, FormContext.none(), pairs);
	}

	static List<MemberOption> household() {
		return List.of(new MemberOption("m1", "Camille", "Martin", LocalDate.of(1985, 4, 12), false),
				new MemberOption("m2", "Jules", "Martin", LocalDate.of(2010, 5, 1), true),
				new MemberOption("m3", "Léa", "Martin", LocalDate.of(2019, 9, 3), true),
				new MemberOption("m4", "Hugo", "Martin", LocalDate.of(2024, 1, 15), true));
	}

}
