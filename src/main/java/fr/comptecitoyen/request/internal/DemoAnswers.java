package fr.comptecitoyen.request.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import fr.comptecitoyen.form.Answers;
import fr.comptecitoyen.form.FormContext;
import fr.comptecitoyen.form.FormDefinition;
import fr.comptecitoyen.form.FormEngine;
import fr.comptecitoyen.form.StepResult;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the demo data fills a procedure's form: every visible step posted with the same
 * parameters, bound and validated by the form engine as a browser's post would be, so
 * that a demo request holds the answers a real one would.
 */
final class DemoAnswers {

	private static final Logger log = LoggerFactory.getLogger(DemoAnswers.class);

	private DemoAnswers() {
	}

	/** Request parameters from name-value pairs ({@code "copies", "2", …}). */
	static Map<String, String[]> posted(String... pairs) {
		Map<String, String[]> params = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			params.put(pairs[i], new String[] { pairs[i + 1] });
		}
		return params;
	}

	/** Request parameters from names and values. */
	static Map<String, String[]> posted(Map<String, String> values) {
		Map<String, String[]> params = new LinkedHashMap<>();
		values.forEach((name, value) -> params.put(name, new String[] { value }));
		return params;
	}

	/**
	 * Posts every visible step, in order, from {@code answers}.
	 * @param what names the demo request in the warning
	 * @return the answers of the completed form; empty, after a warning naming the step
	 * and its errors, when a step refuses the parameters (a procedure changed since)
	 */
	static Optional<Answers> filled(FormEngine engine, FormDefinition form, Answers answers,
			Map<String, String[]> params, FormContext context, String what) {
		Answers filled = answers;
		for (int step = 0; step < form.steps().size(); step++) {
			if (engine.isVisible(form, filled, step)) {
				StepResult result = engine.submit(form, filled, step, params, context);
				if (!result.errors().isEmpty()) {
					log.warn("Demo request {} left out: step {} refused {}", what, step, result.errors());
					return Optional.empty();
				}
				filled = result.answers();
			}
		}
		return Optional.of(filled);
	}

}
